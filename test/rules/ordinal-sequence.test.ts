import { testRule } from '../helpers/rule-tester';

testRule('ordinal-sequence', {
  valid: [
    '导语。\n一、做法\n一是学。\n二是用。\n三是考。\n',
    { name: 'one paragraph', text: '导语。\n一、问题\n一是不够。二是不足。三是不强。\n' },
    { name: 'a nested run inside a paragraph', text: '导语。\n一、做法\n一是学。\n二是用，具体有：一是讲座，二是培训。\n三是考。\n' },
    { name: 'each section starts again', text: '导语。\n一、做法\n一是学。二是用。\n二、问题\n一是少。二是慢。\n' },
    { name: '统一是 and 唯一是 are not ordinals', text: '导语。\n一、做法\n一是思想统一是前提。二是方法唯一是关键。\n' },
  ],
  invalid: [
    {
      name: '一是、二是、四是',
      text: '导语。\n一、做法\n一是学。\n二是用。\n四是考。\n五是评。\n',
      errors: [{ text: '四是', message: '跳过了“三是”' }],
      output: '导语。\n一、做法\n一是学。\n二是用。\n三是考。\n四是评。\n',
    },
    {
      name: 'a repeat in one paragraph',
      text: '导语。\n一、问题\n一是不够。二是不足。二是不强。\n',
      errors: [{ text: '二是', message: '重复了“二是”' }],
      output: '导语。\n一、问题\n一是不够。二是不足。三是不强。\n',
    },
    {
      name: 'a run that starts at 二是',
      text: '导语。\n一、问题\n二是不足。三是不强。\n',
      errors: [{ text: '二是', message: '此处应为“一是”' }],
    },
  ],
});
