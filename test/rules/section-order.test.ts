import { testRule } from '../helpers/rule-tester';

const LEAD = '现将本人履行推进法治建设第一责任人职责情况报告如下：';

testRule('section-order', {
  valid: [
    `${LEAD}\n一、主要做法和取得成效\n正文。\n二、存在的问题\n正文。\n三、下一步打算\n正文。\n`,
    { name: 'an extra, unmatched section between parts', text: `${LEAD}\n一、主要做法和取得成效\n正文。\n二、典型案例\n正文。\n三、存在的问题\n正文。\n四、下一步打算\n正文。\n` },
  ],
  invalid: [
    {
      text: `${LEAD}\n一、主要做法和取得成效\n正文。\n二、下一步打算\n正文。\n三、存在的问题\n正文。\n`,
      errors: [{ text: '三、存在的问题', message: '「存在的问题」应位于「下一步打算」之前' }],
    },
    {
      name: 'Markdown headings, problems first',
      text: `# 述法报告\n\n${LEAD}\n\n## 一、存在的问题\n\n正文。\n\n## 二、主要做法和取得成效\n\n正文。\n\n## 三、下一步打算\n\n正文。\n`,
      errors: [{ text: '## 二、主要做法和取得成效', message: '主要做法和成效 → 存在的问题 → 下一步打算' }],
    },
  ],
});
