import { testRule } from '../helpers/rule-tester';

const LEAD = '2022年以来，本人认真履行推进法治建设第一责任人职责，现将本人履行推进法治建设第一责任人职责情况报告如下：';

testRule('required-section', {
  valid: [
    { name: 'all three parts, plain', text: `${LEAD}\n一、主要做法和取得成效\n正文。\n二、存在的问题\n正文。\n三、下一步打算\n正文。\n` },
    { name: 'synonyms and Markdown headings', text: `# 述法报告\n\n${LEAD}\n\n## 一、履职情况\n\n正文。\n\n## 二、问题和不足\n\n正文。\n\n## 三、下一步工作计划\n\n正文。\n` },
    { name: 'generic profile: nothing required', text: '随便写的一段话。\n一、第一部分\n正文。\n' },
    {
      name: '法治政府 report with the 第一责任人 item as a （一）',
      text: '2023年法治政府建设年度报告\n一、2023年推进法治政府建设主要举措和成效\n（一）党政主要负责人履行推进法治建设第一责任人职责情况\n正文。\n二、存在的不足和原因\n正文。\n三、2024年工作安排\n正文。\n',
    },
    { name: 'disabled by a directive', text: `<!-- report-lint-disable required-section -->\n${LEAD}\n一、主要做法和取得成效\n正文。\n二、下一步打算\n正文。\n` },
  ],
  invalid: [
    {
      name: 'missing 存在的问题 in the middle: inserted before 下一步打算 and the rest renumbered',
      text: `${LEAD}\n一、主要做法和取得成效\n正文。\n二、下一步打算\n正文。\n`,
      errors: [{ text: '二、下一步打算', message: '「存在的问题」部分缺失：述法报告应包含此部分' }],
      output: `${LEAD}\n一、主要做法和取得成效\n正文。\n二、存在的问题\n【待补充】\n三、下一步打算\n正文。\n`,
    },
    {
      name: 'missing the last part: appended at the end in Markdown style',
      text: `---\nprofile: shufa\n---\n${LEAD}\n\n## 一、主要做法和取得成效\n\n正文。\n\n## 二、存在的问题\n\n正文。`,
      errors: [{ text: '正文。', message: '「下一步打算」部分缺失' }],
      output: `---\nprofile: shufa\n---\n${LEAD}\n\n## 一、主要做法和取得成效\n\n正文。\n\n## 二、存在的问题\n\n正文。\n\n## 三、下一步打算\n\n【待补充】\n`,
    },
    {
      name: 'missing lead-in',
      text: '---\nprofile: shufa\n---\n一、主要做法和取得成效\n正文。\n二、存在的问题\n正文。\n三、下一步打算\n正文。\n',
      errors: [{ text: '一、主要做法和取得成效', message: '导语缺失' }],
      output: '---\nprofile: shufa\n---\n20XX年以来，本人……现将本人履行推进法治建设第一责任人职责情况报告如下：\n一、主要做法和取得成效\n正文。\n二、存在的问题\n正文。\n三、下一步打算\n正文。\n',
    },
    {
      name: 'a title-recognised 述职报告 missing two parts',
      text: '2023年度述职报告\n现将本人一年来履职情况述职如下：\n一、工作实绩\n正文。\n',
      errors: [
        { text: '正文。', message: '「存在的问题」部分缺失：述职报告应包含此部分' },
        { text: '正文。', message: '「今后打算」部分缺失' },
      ],
    },
    {
      name: 'CRLF line endings are kept in the fix',
      text: `${LEAD}\r\n一、主要做法和取得成效\r\n正文。\r\n二、存在的问题\r\n正文。\r\n`,
      errors: [{ text: '正文。' }],
      output: `${LEAD}\r\n一、主要做法和取得成效\r\n正文。\r\n二、存在的问题\r\n正文。\r\n三、下一步打算\r\n【待补充】\r\n`,
    },
  ],
});
