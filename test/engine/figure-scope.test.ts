// The figure model: where each figure stands (review / plan / other) and the period it covers.
import { strict as assert } from 'node:assert';
import { analyze } from '../../server/src/engine/analyze';
import { AnalysisContext } from '../../server/src/engine/context';
import { classifyHeading, leadPlace } from '../../server/src/engine/figures/scope';
import words from '../../server/src/engine/figures/scope-words.json';
import { govReport } from './gov-report-skeleton';
import { report } from './report-skeleton';

/** Scope and period of the figure written `text` in `doc` (the first one). */
function placeOf(text: string, figure: string): string {
  const found = new AnalysisContext(text, {}).figures.find((d) => d.figure.text === figure);
  assert.ok(found, `a figure ${figure}`);
  return `${found.scope} ${found.period}${found.periodTags.length > 0 ? ' ' + found.periodTags.join(',') : ''}`;
}

describe('figure scope: the word lists are data with sources', () => {
  it('every heading and lead list cites where it comes from and compiles', () => {
    const lists = [...words.headings, ...words.leads, words.neutralPlanHeading, words.planSentence];
    for (const l of lists) {
      assert.ok(l.source.length > 10, `a source for ${l.pattern}`);
      assert.doesNotThrow(() => new RegExp(l.pattern, 'u'));
    }
    assert.ok(words.partScopes.source.length > 10 && words.spanWords.source.length > 10);
  });
});

describe('figure scope: headings of any report', () => {
  const cases: [string, string | null | undefined, string | null | undefined][] = [
    ['2025年工作回顾', 'review', 'y:2025'],
    ['“十四五”时期工作回顾', 'review', 'review-span'],
    ['2025年主要工作和“十四五”发展成就', 'review', null],
    ['主要做法和取得成效', 'review', undefined],
    ['推进法治政府建设情况', 'review', undefined],
    ['2026年工作安排', 'plan', 'y:2026'],
    ['2026年重点工作', 'plan', 'y:2026'],
    ['“十五五”时期主要目标任务', 'plan', 'plan-span'],
    ['下一步打算', 'plan', undefined],
    ['今后努力方向', 'plan', undefined],
    ['存在的问题', 'other', undefined],
    ['2025年工作回顾和2026年工作安排', null, null],
    ['目标任务完成情况', 'review', undefined],
    ['强化领导责任，推动法治建设', undefined, undefined],
  ];
  for (const [text, scope, period] of cases) {
    it(`${text} → ${scope} ${period}`, () => {
      const said = classifyHeading(text);
      assert.deepEqual([said.scope, said.period], [scope, period]);
    });
  }
});

describe('figure scope: lead words', () => {
  const review2025 = { scope: 'review' as const, period: 'y:2025' };
  const cases: [string, string | null][] = [
    ['这五年，民生福祉持续增进。', 'review review-span'],
    ['五年来，我们坚定不移全面深化改革开放', 'review review-span'],
    ['“十四五”时期是吉林高质量发展攻坚克难的五年。', 'review review-span'],
    ['——这是加力提质、民生福祉全面增进的五年。', 'review review-span'],
    ['刚刚过去的2025年很不平凡。', 'review y:2025'],
    ['过去一年，我们主要做了以下工作。', 'review y:2025'],
    ['今年是“十五五”开局之年。', 'plan plan-year'],
    ['2026年是“十五五”开局之年。', 'plan y:2026'],
    ['“十五五”时期是基本实现社会主义现代化夯实基础、全面发力的关键时期。', 'plan plan-span'],
    ['城镇新增就业22.89万人。', null],
    ['2021年，办理人大代表建议10件。', null],
  ];
  for (const [text, expected] of cases) {
    it(text, () => {
      const p = leadPlace(text, review2025);
      assert.equal(p === null ? null : `${p.scope} ${p.period}`, expected);
    });
  }
});

describe('figure scope: figures in a document', () => {
  it('a 政府工作报告: last year, the five years, the plan', () => {
    const doc = govReport({
      review: '过去的五年极不寻常。城镇新增就业124.27万人。\n刚刚过去的2025年很不平凡。城镇新增就业22.89万人。',
      plan: '今年是“十五五”开局之年。城镇新增就业30万人。',
    });
    assert.equal(placeOf(doc, '124.27万人'), 'review review-span');
    assert.equal(placeOf(doc, '22.89万人'), 'review y:2025');
    assert.equal(placeOf(doc, '30万人'), 'plan y:2026');
  });
  it('headings the parser keeps as text lines (no numbers) still set the place', () => {
    const doc = govReport({ plain: true, reviewHeading: '2025年工作回顾', review: '新建区域养老服务中心50个。', plan: '新建区域养老服务中心20个。' });
    assert.equal(placeOf(doc, '50个'), 'review y:2025');
    assert.equal(placeOf(doc, '20个'), 'plan y:2026');
  });
  it('a lead word inside a paragraph carries on from its sentence', () => {
    const doc = govReport({ reviewHeading: '2025年工作回顾', review: '全年新增技能人才10万人次。这五年，新增技能人才39.87万人次。' });
    assert.equal(placeOf(doc, '10万人次'), 'review y:2025');
    assert.equal(placeOf(doc, '39.87万人次'), 'review review-span');
  });
  it('a plan sentence in a review part: 今年将…', () => {
    const doc = govReport({ reviewHeading: '2025年工作回顾', review: '去年新建区域养老服务中心50个。今年将新建区域养老服务中心20个。' });
    assert.match(placeOf(doc, '20个'), /^plan /);
    assert.equal(placeOf(doc, '50个'), 'review y:2024');
  });
  it('a 述法报告: the profile parts, the report year, 累计 and 上半年', () => {
    const doc = report({ practice: '办理人大代表建议12件。累计办理人大代表建议120件。2022年上半年受理信访事项20件。', plans: '开展普法宣传活动15场。' });
    assert.equal(placeOf(doc, '12件'), 'review y:2022');
    assert.equal(placeOf(doc, '120件'), 'review y:2022 cum');
    assert.equal(placeOf(doc, '20件'), 'review y:2022 上半年');
    assert.equal(placeOf(doc, '15场'), 'plan y:2022');
  });
  it('a date line under the title is not the period of what follows', () => {
    const doc = '西洞庭管理区关于履行推进法治建设第一责任人职责情况的报告\n管委会主任 叶春华\n2025年2月\n本人全年办理人大代表建议12件，现将本人述法工作情况报告如下：\n一、履职情况\n办理人大代表建议15件。\n';
    assert.equal(placeOf(doc, '12件'), placeOf(doc, '15件'));
    assert.doesNotMatch(placeOf(doc, '12件'), /2025/);
  });
  it('a report of unknown kind gets its scope from its headings', () => {
    const doc = '情况汇报\n一、工作开展情况\n全年办理人大代表建议12件。\n二、下一步工作安排\n办理人大代表建议15件。\n';
    assert.equal(analyze(doc, { rules: [] }).profile.id, 'generic');
    assert.equal(placeOf(doc, '12件'), 'review this');
    assert.equal(placeOf(doc, '15件'), 'plan this');
  });
});
