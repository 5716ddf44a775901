// Properties of the figure model on generated reports of real shapes: a result and a target,
// or one year and five, never conflict whatever the headings, labels and values; the same
// quantity stated twice for one year in one part always does.
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { analyze } from '../../server/src/engine/analyze';
import { figureConflict } from '../../server/src/engine/rules/figure-conflict';
import { govReport } from './gov-report-skeleton';
import { report } from './report-skeleton';

/** Quantities as the 2026 provincial reports and the sample state them. */
const quantity = fc.constantFrom(
  { label: '城镇新增就业', unit: '万人' },
  { label: '新建区域养老服务中心', unit: '个' },
  { label: '新增家庭养老床位', unit: '张' },
  { label: '打通断头路', unit: '条' },
  { label: '办理人大代表建议', unit: '件' },
  { label: '开展普法宣传活动', unit: '场' },
);
const value = fc.integer({ min: 1, max: 9999 });
const reviewHeading = fc.constantFrom('2025年工作回顾', '工作回顾', '2025年主要工作和“十四五”发展成就', '“十四五”时期和2025年工作回顾');
const planHeading = fc.constantFrom('2026年工作安排', '2026年重点工作', '2026年主要工作', '关于2026年工作');
const plain = fc.boolean();
const conflicts = (text: string): string[] => analyze(text, { rules: [figureConflict] }).findings.map((f) => text.slice(f.span.start, f.span.end));

describe('figure model: properties', () => {
  it('a review result and a plan target never conflict', () => {
    fc.assert(
      fc.property(quantity, value, value, reviewHeading, planHeading, plain, (q, a, b, rh, ph, pl) => {
        const text = govReport({
          reviewHeading: rh,
          planHeading: ph,
          plain: pl,
          review: `刚刚过去的2025年很不平凡。${q.label}${a}${q.unit}。`,
          plan: `今年是“十五五”开局之年。${q.label}${b}${q.unit}。`,
        });
        assert.deepEqual(conflicts(text), []);
      }),
      { numRuns: 150 },
    );
  });
  it('one year and the five years of the same review never conflict', () => {
    fc.assert(
      fc.property(quantity, value, value, reviewHeading, plain, fc.constantFrom('这五年，', '五年来，', '过去五年，', '“十四五”期间，'), (q, a, b, rh, pl, lead) => {
        const text = govReport({ reviewHeading: rh, plain: pl, review: `刚刚过去的2025年很不平凡。${q.label}${a}${q.unit}。\n${lead}${q.label}${b}${q.unit}。` });
        assert.deepEqual(conflicts(text), []);
      }),
      { numRuns: 150 },
    );
  });
  it('one quantity stated twice for one year in one part always conflicts', () => {
    fc.assert(
      fc.property(quantity, value, value, fc.boolean(), (q, a, b, govShape) => {
        fc.pre(a !== b);
        const body = `${q.label}${a}${q.unit}。\n为民办实事，${q.label}${b}${q.unit}。`;
        const text = govShape ? govReport({ reviewHeading: '2025年工作回顾', review: body }) : report({ practice: body });
        assert.deepEqual(conflicts(text), [`${b}${q.unit}`]);
      }),
      { numRuns: 150 },
    );
  });
});
