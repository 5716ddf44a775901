// Rate words in reports. A "share" is a part of a whole and cannot exceed 100%; the others
// (完成率 120% = over-fulfilled, 增长率) can.

const SHARE_RATES = [
  '办结率', '答复率', '回复率', '办复率', '满意率', '化解率', '调解成功率', '成功率', '结案率', '出庭应诉率', '出庭率', '应诉率',
  '公开率', '审核率', '审查率', '覆盖率', '知晓率', '参与率', '合格率', '通过率', '落实率', '整改率', '销号率', '普及率',
  '签约率', '参保率', '达标率', '上线率', '网办率', '可办率', '受理率', '好评率', '配备率', '建成率', '处置率', '查处率',
  '备案率', '归档率', '纠错率', '审结率', '反馈率', '响应率', '接通率', '到位率', '入库率', '占比', '比例', '比重',
] as const;

export const OTHER_RATES = ['完成率', '执行率', '增长率', '达成率', '增速'] as const;

export const RATE_WORDS: readonly string[] = [...SHARE_RATES, ...OTHER_RATES];

const shares = new Set<string>(SHARE_RATES);
export function isShareRate(word: string): boolean {
  return shares.has(word);
}

/**
 * Which counts a rate is computed from, for the rates whose numerator and denominator are
 * named by fixed verbs ("受理40件，办结38件，办结率95%"). Other X率 fall back to 应X / X
 * ("应公开信息120条，已公开118条，公开率98.3%").
 */
export const RATE_TERMS: Record<string, { num: string[]; den: string[] }> = {
  办结率: { num: ['办结'], den: ['受理', '收到', '接到', '交办', '承办'] },
  答复率: { num: ['答复', '回复', '办复'], den: ['收到', '接到', '交办', '承办', '受理'] },
  回复率: { num: ['回复', '答复'], den: ['收到', '接到', '交办', '受理'] },
  办复率: { num: ['办复'], den: ['收到', '接到', '交办', '承办'] },
  化解率: { num: ['化解'], den: ['排查', '摸排', '受理', '接到', '收到'] },
  调解成功率: { num: ['调解成功', '成功调解'], den: ['调解', '受理'] },
  结案率: { num: ['结案', '审结'], den: ['受理', '收案', '立案'] },
  审结率: { num: ['审结'], den: ['受理', '收案', '立案'] },
  整改率: { num: ['整改'], den: ['发现', '排查', '交办', '检查出'] },
  销号率: { num: ['销号'], den: ['发现', '排查', '交办'] },
};
