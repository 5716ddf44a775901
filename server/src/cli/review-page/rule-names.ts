// Chinese names of the finding categories (rule ids) for the review page's chart and lists.
const ruleNames: Record<string, string> = {
  'required-section': '必备部分',
  'section-order': '部分顺序',
  'heading-sequence': '标题序号',
  'ordinal-sequence': '段内序号',
  placeholder: '占位符',
  'figure-conflict': '数字前后不一',
  'figure-sum': '分项与合计',
  'figure-rate': '比率',
  'report-year': '年份',
  term: '用词',
  numeral: '数字用法',
  punctuation: '标点',
  'compare-reused': '照搬去年',
  'compare-unchanged-figure': '数字未更新',
  'compare-trend': '增减矛盾',
  'compare-dropped-plan': '去年打算未提及',
  'compare-stale-year': '年份未更新',
};

export const ruleName = (id: string): string => ruleNames[id] ?? id;
