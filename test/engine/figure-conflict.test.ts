import { strict as assert } from 'node:assert';
import { offsetToPosition } from '../../server/src/engine/positions';
import { figureConflict } from '../../server/src/engine/rules/figure-conflict';
import { ruleCases, run } from './figure-rule-cases';
import { govReport } from './gov-report-skeleton';
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
    // Issue 11: on 31 full 政府工作报告 every finding compared a result with a target or one year with five.
    {
      name: '政府工作报告: last year’s result and this year’s target',
      text: govReport({ review: '刚刚过去的2025年很不平凡。新建区域养老服务中心50个，新增家庭养老床位7701张。', plan: '健全长期护理保险制度，新建区域养老服务中心20个，新增家庭养老床位5000张。' }),
    },
    {
      name: '政府工作报告: one year and five years (这五年 in the same review)',
      text: govReport({
        reviewHeading: '工作回顾',
        review: '六是倾力保障和改善民生。20项民生实事全面完成。城镇新增就业22.89万人。\n“十四五”时期是吉林高质量发展攻坚克难、砥砺奋进、蓄势聚能的五年。这五年，民生福祉持续增进。城镇新增就业124.27万人。',
      }),
    },
    {
      name: '政府工作报告: the five years first, then 刚刚过去的2025年',
      text: govReport({ review: '过去的五年极不寻常。民生福祉不断增进，城镇新增就业603.7万人。\n刚刚过去的2025年很不平凡。深入实施援企稳岗政策，城镇新增就业121.7万人。' }),
    },
    {
      name: '政府工作报告 with unnumbered headings (kept as text lines)',
      text: govReport({ plain: true, reviewHeading: '2025年工作回顾', review: '民生工作扎实推进。城镇新增就业31.7万人。', plan: '支持1万名未就业普通高校毕业生到基层就业，城镇新增就业30万人。' }),
    },
    {
      name: 'a plan sentence in the review: 今年将…',
      text: govReport({ reviewHeading: '2025年工作回顾', review: '去年新建区域养老服务中心50个。今年将新建区域养老服务中心20个。' }),
    },
    {
      name: 'a multi-year span written “十四五”期间 in the sentence',
      text: govReport({ reviewHeading: '2025年工作回顾', review: '城镇新增就业54.58万人。“十四五”期间，城镇新增就业265.15万人。' }),
    },
    {
      name: 'a generic report: 工作开展情况 and 下一步工作安排',
      text: '情况汇报\n一、工作开展情况\n全年办理人大代表建议12件。\n二、下一步工作安排\n办理人大代表建议15件。\n',
    },
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
      name: '办理答复 and 办理 name one quantity',
      text: two('年内办理答复人大代表建议12件。', '办理人大代表建议15件，均已办结。'),
      errors: [{ text: '15件', message: '「人大代表建议」前文为12件' }],
    },
    {
      name: '政府工作报告: one quantity stated twice for the same year',
      text: govReport({ reviewHeading: '2025年工作回顾', review: '六是倾力保障和改善民生。城镇新增就业22.89万人。\n就业形势保持稳定，城镇新增就业23.5万人，农村劳动力转移就业294.21万人。' }),
      errors: [{ text: '23.5万人', message: '「城镇新增就业」前文为22.89万人', related: ['22.89万人'] }],
    },
    {
      name: '政府工作报告: one target stated twice for the same year',
      text: govReport({ plan: '加强“一老一小”服务，新建区域养老服务中心20个。\n办好民生实事，新建区域养老服务中心25个。' }),
      errors: [{ text: '25个', related: ['20个'] }],
    },
    {
      name: 'a title without a year: the lead-in’s year is the report’s',
      text: '西洞庭管理区关于履行推进法治建设第一责任人职责情况的报告\n管委会主任 叶春华\n2025年2月\n2024年，我坚持以习近平法治思想为指导。现将本人2024年述法工作情况报告如下：\n一、履职情况\n2024年，办理人大代表建议12件。\n人大代表建议15件全部办结。\n二、存在的问题\n学法不够。\n三、下一步打算\n加强学习。\n',
      errors: [{ text: '15件', related: ['12件'] }],
    },
    {
      name: 'a generic report: two results in its work part',
      text: '情况汇报\n一、工作开展情况\n全年办理人大代表建议12件。\n人大代表建议15件全部办结。\n二、下一步工作安排\n办理人大代表建议15件。\n',
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
