import { testRule } from '../helpers/rule-tester';

testRule('heading-sequence', {
  valid: [
    '导语。\n一、甲\n（一）子甲\n（二）子乙\n二、乙\n（一）子丙\n',
    { name: '1. continues across （一）（二） as seen in practice', text: '导语。\n一、甲\n（一）子甲\n1.细项\n2.细项\n（二）子乙\n3.细项\n' },
    { name: 'levels skipped (一、 then 1.)', text: '导语。\n一、甲\n1.细项\n2.细项\n二、乙\n1.细项\n' },
    { name: 'numbers in Markdown headings', text: '# 标题\n\n导语。\n\n## 一、甲\n\n## 二、乙\n' },
  ],
  invalid: [
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
