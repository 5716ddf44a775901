import { testRule } from '../helpers/rule-tester';

testRule('ordinal-sequence', {
  valid: [
    '导语。\n一、做法\n一是学。\n二是用。\n三是考。\n',
    { name: 'one paragraph', text: '导语。\n一、问题\n一是不够。二是不足。三是不强。\n' },
    { name: 'a nested run inside a paragraph', text: '导语。\n一、做法\n一是学。\n二是用，具体有：一是讲座，二是培训。\n三是考。\n' },
    { name: 'each section starts again', text: '导语。\n一、做法\n一是学。二是用。\n二、问题\n一是少。二是慢。\n' },
    { name: '统一是 and 唯一是 are not ordinals', text: '导语。\n一、做法\n一是思想统一是前提。二是方法唯一是关键。\n' },
    {
      name: 'an inner 一是…二是 after a colon inside an outer item, then the outer run goes on',
      text: '导语。\n一、做法\n一是强化学习。二是完善制度，主要包括：一是会前学法；二是集中培训；三是旁听庭审。三是严格执法。四是加强普法。\n',
    },
    {
      name: 'the inner list in a paragraph of its own, the outer run in the next paragraphs',
      text: '导语。\n一、做法\n一是强化学习，具体有：一是会前学法，二是集中培训，三是旁听庭审。\n二是严格执法。\n',
    },
    {
      name: 'numbered items run into one paragraph start the count again: …。（二）…一是',
      text: '导语。\n一、整改措施\n（一）深化理论武装。一是学习。二是培训。（二）推进依法行政。一是规范决策。二是强化监督。\n',
    },
    { name: 'a sentence opening with 是否 is no lost ordinal', text: '导语。\n一、做法\n一是学。二是用。是否到位，要看实效。\n' },
    { name: 'a 是 opening a sentence where no list runs is not read', text: '导语。\n一、做法\n工作有序推进。是年，全镇完成任务。\n' },
  ],
  invalid: [
    {
      name: 'ordinals that lost their numerals: 一是…。是…。是…',
      text: '导语。\n一、做法\n一是加强学习。是完善制度。是严格考核。\n',
      errors: [{ text: '是', message: '此处的“是”应为“二是”' }],
      output: '导语。\n一、做法\n一是加强学习。二是完善制度。三是严格考核。\n',
    },
    {
      name: 'a lost numeral at the start of the next paragraph',
      text: '导语。\n一、做法\n一是加强学习。\n是完善制度。\n',
      errors: [{ text: '是', message: '应为“二是”' }],
      output: '导语。\n一、做法\n一是加强学习。\n二是完善制度。\n',
    },
    {
      // 范文 q-underscore-2025: （一）…。二是… lost its 一是; the count starts again at the inline （一）.
      name: 'a run after an inline （一） that starts at 二是 asks for 一是',
      text: '导语。\n三、整改措施\n一是甲。二是乙。三是丙。四是丁。（一）持续深化理论武装，全面提升领导能力。二是开展专项行动。三是完善配套机制。\n',
      errors: [{ text: '二是', message: '此处应为“一是”' }],
    },
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
