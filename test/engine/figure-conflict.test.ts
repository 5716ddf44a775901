import { strict as assert } from 'node:assert';
import { offsetToPosition } from '../../server/src/engine/positions';
import { figureConflict } from '../../server/src/engine/rules/figure-conflict';
import { ruleCases, run } from './figure-rule-cases';
import { report } from './report-skeleton';

const two = (a: string, b: string, extra: Partial<Parameters<typeof report>[0]> = {}): string => report({ practice: `一是${a}\n二是${b}`, ...extra });

ruleCases(figureConflict, {
  valid: [
    { name: 'the same value twice', text: two('办理人大代表建议12件。', '人大代表建议12件均已办结。') },
    { name: 'different stages of the work', text: two('受理信访事项40件。', '办结信访事项38件。') },
    { name: 'another year', text: two('2021年，办理人大代表建议10件。', '办理人大代表建议12件。') },
    { name: 'last year and this year', text: two('去年办理人大代表建议10件。', '今年办理人大代表建议12件。') },
    { name: 'the report year is the same period as no year', text: two('2022年，办理人大代表建议12件。', '人大代表建议12件全部办结。') },
    { name: 'a part after 其中', text: two('受理各类建议20件，其中人大代表建议5件。', '办理人大代表建议12件。') },
    { name: 'short, generic labels', text: two('组织专题学习3次，办结率95%。', '组织专题学习5次，办结率100%。') },
    { name: 'targets in the plans part', text: report({ practice: '开展普法宣传活动12场。', plans: '开展普法宣传活动15场。' }) },
    { name: 'a plan inside the work part', text: two('开展普法宣传活动12场。', '计划明年开展普法宣传活动15场。') },
    { name: 'estimates', text: two('办理人大代表建议近12件。', '办理人大代表建议15件。') },
    { name: 'respectively', text: two('收到、办结人大代表建议分别为15件、12件。', '办结人大代表建议12件。') },
    { name: 'changes', text: two('办理人大代表建议12件。', '人大代表建议同比增加3件。') },
    { name: 'a label cut by 、', text: two('宪法、民法典专题学习3次。', '民法典专题学习5次。') },
    { name: 'other units', text: two('培训行政执法人员12次。', '培训行政执法人员40人。') },
    { name: 'one amount in two units', text: two('法治建设资金1.2万元。', '法治建设资金12000元全部到位。') },
    { name: 'cumulative figures (累计) may span years', text: two('受理信访事项40件。', '累计受理信访事项450件。') },
    { name: 'a scope written before the verb', text: two('在宪法宣传周期间开展普法宣传活动15场。', '全年开展普法宣传活动30场。') },
    { name: 'placeholders are not figures', text: two('办理人大代表建议**件。', '办理人大代表建议*件。') },
    { name: 'years are not counts', text: two('2021年以来，办理建议。', '2022年以来，加强学习。') },
    { name: 'no profile, no year', text: '办理人大代表建议12件。\n\n办理人大代表建议12件。' },
  ],
  invalid: [
    {
      name: 'the brief example, across paragraphs',
      text: two('办理人大代表建议12件。', '人大代表建议15件，均已办结。'),
      errors: [{ text: '15件', message: '「人大代表建议」前文为12件，此处为15件：请核对并统一数字。', related: ['12件'] }],
    },
    {
      name: 'in one paragraph, with 共 and 累计',
      text: report({ practice: '共受理信访事项40件。全年受理信访事项45件。' }),
      errors: [{ text: '45件', message: '「受理信访事项」' }],
    },
    {
      name: 'each later value that differs from the first',
      text: report({ practice: '办理人大代表建议12件。\n人大代表建议12件。\n人大代表建议15件。\n人大代表建议13件。' }),
      errors: [
        { text: '15件', related: ['12件'] },
        { text: '13件', related: ['12件'] },
      ],
    },
    {
      name: 'the noun after the unit',
      text: two('开展12场普法宣传活动。', '开展普法宣传活动15场。'),
      errors: [{ text: '15场', message: '前文为12场，此处为15场' }],
    },
    {
      name: 'money in different units',
      text: two('法治建设资金1.2万元。', '法治建设资金15000元。'),
      errors: [{ text: '15000元', message: '前文为1.2万元，此处为15000元' }],
    },
    {
      name: 'a specific rate',
      text: two('人大代表建议满意率100%。', '人大代表建议满意率95%。'),
      errors: [{ text: '95%' }],
    },
    {
      name: 'the lead-in and the work part',
      text: report({ leadIn: '2022年以来，本人办理人大代表建议12件，现将本人履行推进法治建设第一责任人职责情况报告如下：', practice: '人大代表建议15件全部办结。' }),
      errors: [{ text: '15件' }],
    },
    {
      name: 'a shorter label when configured',
      text: two('组织专题学习3次。', '组织专题学习5次。'),
      config: { rules: { 'figure-conflict': { options: { minLabelLength: 4 } } } },
      errors: [{ text: '5次', message: '「专题学习」' }],
    },
  ],
});

describe('figure-conflict: positions', () => {
  it('are UTF-16 offsets after CJK text and emoji', () => {
    const text = two('办理人大代表建议１２件。', '😀👍🏻人大代表建议１５件。');
    const [f] = run(figureConflict, text);
    assert.equal(text.slice(f.span.start, f.span.end), '１５件');
    const lineStarts = [0];
    for (let i = 0; i < text.length; i++) if (text[i] === '\n') lineStarts.push(i + 1);
    // "二是" + 😀 (2 units) + 👍🏻 (4 units) + "人大代表建议" (6)
    assert.deepEqual(offsetToPosition(lineStarts, f.span.start), { line: 4, character: 14 });
    assert.equal(f.message, '「人大代表建议」前文为１２件，此处为１５件：请核对并统一数字。');
  });
});
