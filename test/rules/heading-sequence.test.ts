import { testRule } from '../helpers/rule-tester';

testRule('heading-sequence', {
  valid: [
    '导语。\n一、甲\n（一）子甲\n（二）子乙\n二、乙\n（一）子丙\n',
    { name: '1. continues across （一）（二） as seen in practice', text: '导语。\n一、甲\n（一）子甲\n1.细项\n2.细项\n（二）子乙\n3.细项\n' },
    { name: 'levels skipped (一、 then 1.)', text: '导语。\n一、甲\n1.细项\n2.细项\n二、乙\n1.细项\n' },
    { name: 'numbers in Markdown headings', text: '# 标题\n\n导语。\n\n## 一、甲\n\n## 二、乙\n' },
    {
      name: 'numbering starts again after 附件 / 附件1：',
      text: '导语。\n一、甲\n1.细项\n2.细项\n二、乙\n正文。\n附件1：重点任务清单\n一、组织领导\n1.细项\n二、任务分工\n附件2\n1.细项\n',
    },
    {
      // A 范文 page: the outline pasted before the title, then the report itself.
      name: 'numbering starts again at the title after a pasted outline',
      text: '一、工作情况\n二、存在问题\n三、整改措施\n2025年度镇党委主要负责人履行推进法治建设第一责任人职责情况的报告\n本年度，我始终以习近平法治思想为指导。\n一、工作情况\n正文。\n二、存在问题\n正文。\n三、整改措施\n正文。\n',
    },
    {
      name: '20.2026年… and 21.5+2就业之家 at a line start are headings 20 and 21, not decimals',
      text: '导语。\n一、民生\n' + Array.from({ length: 19 }, (_, i) => `${i + 1}.事项\n`).join('') + '20.2026年新建保障房1万套。\n21.5+2就业之家覆盖全部社区。\n22.其他事项\n',
    },
  ],
  invalid: [
    {
      name: 'without an attachment or a title between them, a second 一、 is still a break',
      text: '导语。\n一、甲\n二、乙\n一、丙\n',
      errors: [{ text: '一、', message: '顺序颠倒' }],
    },
    {
      name: 'a decimal at a line start is no heading: 1.5万元 breaks no run',
      text: '导语。\n一、甲\n1.细项\n2.细项\n1.5万元已拨付到位。\n3.细项\n5.细项\n',
      errors: [{ text: '5.', message: '跳过了“4.”' }],
    },
    {
      name: '一、二、四 skips 三',
      text: '导语。\n一、甲\n二、乙\n四、丁\n五、戊\n',
      errors: [{ text: '四、', message: '标题编号跳过了“三、”' }],
      output: '导语。\n一、甲\n二、乙\n三、丁\n四、戊\n',
    },
    {
      name: 'repeat at level 2',
      text: '导语。\n一、甲\n（一）子甲\n（一）子乙\n',
      errors: [{ text: '（一）', message: '重复' }],
      output: '导语。\n一、甲\n（一）子甲\n（二）子乙\n',
    },
    {
      name: 'mixed 1. and 1、 at one level',
      text: '导语。\n一、甲\n1.细项\n2、细项\n3.细项\n',
      errors: [{ text: '2、', message: '编号样式不一致' }],
      output: '导语。\n一、甲\n1.细项\n2.细项\n3.细项\n',
    },
    {
      name: 'a first heading that is not 一',
      text: '导语。\n二、乙\n三、丙\n',
      errors: [{ text: '二、', message: '此处应为“一、”' }],
      output: '导语。\n一、乙\n二、丙\n',
    },
  ],
});
