import { testRule } from '../helpers/rule-tester';
import shufa from '../../server/src/engine/profiles/shufa.json';

const LEAD = '现将本人履行推进法治建设第一责任人职责情况报告如下：';

testRule('section-order', {
  valid: [
    `${LEAD}\n一、主要做法和取得成效\n正文。\n二、存在的问题\n正文。\n三、下一步打算\n正文。\n`,
    { name: 'an extra, unmatched section between parts', text: `${LEAD}\n一、主要做法和取得成效\n正文。\n二、典型案例\n正文。\n三、存在的问题\n正文。\n四、下一步打算\n正文。\n` },
    {
      // The regulation (厅字〔2019〕28号 第二十五条) lists the contents but fixes no order.
      name: '法治政府建设年度报告: 第一责任人 before 举措和成效, after the shortcomings: no order is fixed',
      text: '某区2023年度法治政府建设情况报告\n2023年，我区深入推进法治政府建设。\n一、区政府主要负责同志履行推进法治建设第一责任人职责情况\n正文。\n二、推进法治政府建设的主要举措和成效\n正文。\n三、存在的不足和原因\n正文。\n四、党政主要负责人履行推进法治建设第一责任人职责情况\n正文。\n五、2024年工作安排\n正文。\n',
    },
    {
      name: 'a custom profile with order.fixed empty is never out of order',
      text: `${LEAD}\n一、下一步打算\n正文。\n二、主要做法和取得成效\n正文。\n`,
      config: { profiles: [{ ...shufa, id: 'free', order: { fixed: [], source: 'test' } }], profile: 'free' },
    },
  ],
  invalid: [
    {
      name: '述职报告: plans before problems',
      text: '2023年度述职报告\n现将本人履职情况述职如下：\n一、主要工作\n正文。\n二、今后打算\n正文。\n三、存在的问题\n正文。\n',
      errors: [{ text: '三、存在的问题', message: '「存在的问题」应位于「今后打算」之前' }],
    },
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
