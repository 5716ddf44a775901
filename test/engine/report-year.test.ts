import { strict as assert } from 'node:assert';
import { reportYearRule } from '../../server/src/engine/rules/report-year';
import { ruleCases, run } from './figure-rule-cases';
import { report } from './report-skeleton';

const lead = (s: string): string => `${s}，本人认真履职，现将本人履行推进法治建设第一责任人职责情况报告如下：`;
const headed = (h1: string, h3: string): string =>
  `关于2022年度履行推进法治建设第一责任人职责情况的报告\n${lead('2022年以来')}\n一、${h1}\n开展工作。\n二、存在的问题\n宣传不够。\n三、${h3}\n继续努力。\n`;

ruleCases(reportYearRule, {
  valid: [
    { name: 'the report year in the lead-in', text: report({ practice: '2022年，本镇加强学法。' }) },
    { name: 'a multi-year frame (以来) in the lead-in', text: report({ leadIn: lead('2021年以来'), practice: '开展工作。' }) },
    { name: 'no report year: nothing to compare', text: report({ year: null, practice: '2025年以来，本镇加强学法。' }) },
    { name: 'years in 《titles》 and ranges', text: report({ practice: '落实《法治政府建设实施纲要（2021—2025年）》，推进2021—2025年规划，完成2023年度-2024年度任务。' }) },
    { name: 'a date of writing, not a period', text: report({ practice: '截至2023年底，各项工作全部完成。2023年1月，召开总结会议。' }) },
    { name: 'a year inside a sentence', text: report({ practice: '本镇计划于2024年完成改造，力争到2025年基本建成法治政府。' }) },
    { name: 'earlier years in the body of the work part', text: report({ practice: '2021年，本镇被评为法治示范镇。' }) },
    { name: 'a plan inside the work part', text: report({ practice: '开展工作。2023年，我们将继续加强学法用法。' }) },
    { name: 'the next year in the plans', text: report({ practice: '开展工作。', plans: '2023年，我们将继续加强学法用法。' }) },
    { name: 'the report year in the plans', text: report({ practice: '开展工作。', plans: '2022年下半年起，持续推进普法。' }) },
    { name: 'a long-term target in the plans', text: report({ practice: '开展工作。', plans: '2025年，基本建成法治政府。' }) },
    { name: 'looking back in the plans', text: report({ practice: '开展工作。', plans: '2020年以来的经验要继续坚持。' }) },
    { name: 'numbered headings with the right years', text: headed('2022年主要做法和取得成效', '2023年工作打算') },
    { name: 'placeholders', text: report({ leadIn: lead('20XX年以来'), practice: '20**年，本镇加强学法。' }) },
  ],
  invalid: [
    {
      // The work part named as real reports name it (工作回顾, 推进法治政府建设情况): a copy of last year's heading is found.
      name: 'a 2025 工作总结 whose review heading says 2024年工作回顾',
      text: 'XX局2025年工作总结\n现将2025年工作总结如下：\n一、2024年工作回顾\n正文。\n二、存在的问题\n正文。\n三、2026年工作计划\n正文。\n',
      errors: [{ text: '2024年', message: '标题的年份应为报告年度2025年' }],
    },
    {
      name: 'a 2025 法治政府建设年度报告 whose work heading says 2024年…情况',
      text: 'XX县2025年法治政府建设年度报告\n现将2025年法治政府建设情况报告如下：\n一、2024年推进法治政府建设情况\n正文。\n二、存在的不足和原因\n正文。\n三、2026年工作安排\n正文。\n',
      errors: [{ text: '2024年', message: '标题的年份应为报告年度2025年' }],
    },
    {
      name: 'a later year in the work part',
      text: report({ practice: '2023年以来，本镇加强学法。' }),
      errors: [{ text: '2023年', message: '报告年度为2022年，此处写作2023年，晚于报告年度：工作情况应写2022年的工作，请核对年份。' }],
      output: report({ practice: '2022年以来，本镇加强学法。' }),
    },
    {
      name: 'a later year (年度) in the problems part',
      text: report({ practice: '开展工作。', problems: '2023年度，宣传仍需加强。' }),
      errors: [{ text: '2023年', message: '晚于报告年度' }],
    },
    {
      name: 'a stale year opening the lead-in',
      text: report({ leadIn: lead('2021年') }),
      errors: [{ text: '2021年', message: '导语开头的年份应为报告年度2022年，此处写作2021年' }],
      output: report({ leadIn: lead('2022年') }),
    },
    {
      name: 'a later year in the lead-in',
      text: report({ leadIn: lead('2023年以来') }),
      errors: [{ text: '2023年', message: '晚于报告年度' }],
    },
    {
      name: 'an earlier year in the plans',
      text: report({ practice: '开展工作。', plans: '2021年，我们将继续加强学法用法。' }),
      errors: [{ text: '2021年', message: '下一步打算应针对2023年（报告年度2022年的下一年），此处写作2021年：请核对年份。' }],
      output: report({ practice: '开展工作。', plans: '2023年，我们将继续加强学法用法。' }),
    },
    {
      name: 'a plan period after the next year',
      text: report({ practice: '开展工作。', plans: '2024年度，重点推进普法。' }),
      errors: [{ text: '2024年', message: '应针对2023年' }],
    },
    {
      name: 'stale headings',
      text: headed('2021年主要做法和取得成效', '2024年工作打算'),
      errors: [
        { text: '2021年', message: '标题的年份应为报告年度2022年' },
        { text: '2024年', message: '应针对2023年' },
      ],
    },
    {
      name: 'the year from front matter',
      text: `---\nyear: 2021\n---\n${report({ year: null, practice: '2022年以来，本镇加强学法。' })}`,
      errors: [
        { text: '2022年', message: '报告年度为2021年' }, // the lead-in's 2022年以来
        { text: '2022年', message: '报告年度为2021年' },
      ],
    },
  ],
});

describe('report-year: positions', () => {
  it('the span is exactly on the year after emoji and CJK', () => {
    const text = report({ practice: '🚩全镇上下：２０２３年以来，本镇加强学法。' });
    const [f] = run(reportYearRule, text);
    assert.equal(text.slice(f.span.start, f.span.end), '２０２３年');
    assert.equal(f.span.start, text.indexOf('２０２３年'));
  });
});
