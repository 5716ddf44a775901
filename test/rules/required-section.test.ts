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
    {
      // 许昌/桐木漯 2023 shape: the work part is thematic headings, 第一责任人 is told inside it.
      name: '法治政府 report: thematic work headings, 第一责任人 in the text, problems and plans headed',
      text:
        '某县2023年法治政府建设年度报告\n2023年，我县深入学习贯彻习近平法治思想，现将有关情况报告如下：\n一、强化领导责任，压实法治建设主体责任\n县委、县政府主要负责同志切实履行推进法治建设第一责任人职责，主持召开会议4次。\n二、学习贯彻习近平法治思想，提升依法行政能力\n全年开展专题学法12次。\n三、存在的不足和原因\n正文。\n四、2024年工作安排\n正文。\n',
    },
    {
      name: '年度工作总结: the work part named 2022年工作回顾',
      text: '某局2022年工作总结\n现将2022年工作总结如下：\n一、2022年工作回顾\n正文。\n二、存在的问题\n正文。\n三、2023年工作计划\n正文。\n',
    },
    {
      name: '述职报告: thematic headings before the problems part are the work part',
      text: '2023年度个人述职报告\n现将本人一年来的履职情况报告如下：\n一、坚持政治引领，筑牢思想根基\n正文。\n二、聚焦主责主业，推动工作落实\n正文。\n三、存在的不足\n正文。\n四、下一步打算\n正文。\n',
    },
    {
      name: 'one heading stands for two parts: 存在的问题及下一步打算',
      text: `${LEAD}\n一、主要做法和取得成效\n正文。\n二、存在的问题及下一步打算\n正文。\n`,
    },
    {
      name: 'problems and plans told in paragraphs without headings of their own',
      text: `${LEAD}\n一、强化组织领导\n正文。\n二、推进依法决策\n正文。\n在取得成绩的同时，我也清醒认识到还存在一些问题和不足：一是学法不够深入；二是督促检查不够。\n下一步，我将继续履行好第一责任人职责。\n`,
    },
    {
      name: '法治政府 report with the 第一责任人 part first (静海 2023 shape)',
      text: '静海区2023年度法治政府建设情况报告\n2023年，静海区坚持以习近平法治思想为指导。\n一、区政府主要负责同志履行推进法治建设第一责任人职责情况\n正文。\n二、推进法治政府建设的主要举措和成效\n正文。\n三、存在的不足和原因\n正文。\n四、2024年工作安排\n正文。\n',
    },
    {
      // 郑庄 2025 shape: the kind fixes no order, so the work part may follow the 第一责任人 part.
      name: '法治政府 report: 第一责任人 part first, then thematic work headings',
      text: '某镇2025年法治政府建设年度报告\n2025年，我镇全面推进法治政府建设。\n一、履行推进法治建设第一责任人职责情况\n正文。\n二、深化依法行政，优化营商环境\n正文。\n三、存在的不足和原因\n正文。\n四、2026年工作安排\n正文。\n',
    },
    {
      name: 'a report without headings is all body: its work part is there',
      text: `# 述法报告\n\n${LEAD}\n\n${'本人带头学法，主持召开专题会议研究法治建设重大问题，推动重大决策合法性审查全覆盖。'.repeat(5)}\n\n但仍存在一些不足，学法用法还不够深入。\n\n下一步，我将持续推进法治建设。\n`,
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
      name: 'thematic work headings are no problems part: the missing problems part is still found',
      text: '某县2023年法治政府建设年度报告\n现将有关情况报告如下：\n一、强化领导责任，补齐法治建设短板\n县委主要负责同志履行推进法治建设第一责任人职责。\n二、缩小城乡公共法律服务差距\n正文。\n三、2024年工作安排\n正文。\n',
      errors: [{ text: '三、2024年工作安排', message: '「存在的不足和原因」部分缺失' }],
    },
    {
      name: 'a 述职述廉报告 whose lead-in mentions 述法 is a 述职报告: no 述法 part is asked for',
      text: '区城管局副局长述职述廉报告\n现将本人一年来的述职、述学、述法情况报告如下：\n一、述职情况\n正文。\n二、述廉情况\n正文。\n',
      errors: [
        { text: '正文。', message: '「存在的问题」部分缺失：述职报告应包含此部分' },
        { text: '正文。', message: '「今后打算」部分缺失：述职报告' },
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
