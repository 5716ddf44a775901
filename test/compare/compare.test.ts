// compare: this year's report against last year's, on a real report and an edited copy
// (edited-pair.ts), on unrelated reports, and over the real-report corpus (or any folder: REPORT_LINT_REPORTS).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compareReports, type Finding } from '../../server/src/engine';
import { normalise, overlap, ShingleIndex, shingleHashes } from '../../server/src/engine/compare/shingles';
import { root } from '../helpers/paths';
import { reportFiles } from '../helpers/report-files';
import { lastYearReport, thisYearReport, yearSentence } from './edited-pair';

const last = lastYearReport();
const current = thisYearReport();
const result = compareReports(last, current);
const of = (rule: string): Finding[] => result.findings.filter((f) => f.rule === rule);
const at = (text: string, f: { span: { start: number; end: number } }): string => text.slice(f.span.start, f.span.end);

describe('compare: a real report and its edited copy', () => {
  it('takes them as one unit\'s two years', () => {
    assert.equal(result.related, true);
    assert.deepEqual(result.ruleErrors, []);
  });

  it('flags the problems part copied word for word, with its share, and points at last year\'s part', () => {
    const f = of('compare-reused').find((x) => at(current, x) === '存在的问题');
    assert.ok(f, JSON.stringify(of('compare-reused').map((x) => x.message)));
    assert.equal(f.severity, 'warning');
    assert.match(f.message, /「存在的问题」部分 100% 的文字与去年报告相同/);
    assert.equal(f.related?.length, 1);
    assert.equal(f.related[0].other, true);
    assert.equal(at(last, f.related[0]), '存在的问题');
  });

  it('names each part\'s share: problems all copied, practice partly, the rewritten plans not at all', () => {
    const share = (name: string): number => result.parts.find((p) => p.name === name)?.share ?? NaN;
    assert.equal(share('存在的问题'), 1);
    assert.ok(share('主要做法和成效') > 0.5 && share('主要做法和成效') < 0.95, String(share('主要做法和成效')));
    assert.ok(share('下一步打算') < 0.1, String(share('下一步打算')));
    // The rewritten plans part is not flagged as copied.
    assert.ok(!of('compare-reused').some((x) => at(current, x) === '下一步打算'));
  });

  it('flags a paragraph copied nearly word for word, with last year\'s paragraph beside it', () => {
    const f = of('compare-reused').find((x) => at(current, x).startsWith('四是抗牢政治责任'));
    assert.ok(f);
    assert.match(f.message, /此段 9\d% 与去年报告第 6 行的段落相同/);
    assert.ok(at(last, f.related![0]).startsWith('四是抗牢政治责任'));
    // The rewritten paragraphs are not.
    assert.ok(!of('compare-reused').some((x) => at(current, x).startsWith('一是压实领导责任')));
  });

  it('finds the figures left unchanged, each beside last year\'s', () => {
    const unchanged = of('compare-unchanged-figure').map((f) => at(current, f));
    assert.ok(unchanged.includes('12件') && unchanged.includes('75项'), unchanged.join(' '));
    assert.ok(!unchanged.includes('301项') && !unchanged.includes('190件'));
    const f = of('compare-unchanged-figure').find((x) => at(current, x) === '12件')!;
    assert.match(f.message, /「(答复)?人大代表建议」为 12件/);
    assert.equal(at(last, f.related![0]), '12件');
  });

  it('finds the increase the numbers contradict, and not the one they bear out', () => {
    const trend = of('compare-trend');
    assert.deepEqual(trend.map((f) => at(current, f)), ['190件']);
    assert.equal(trend[0].severity, 'warning');
    assert.match(trend[0].message, /增长.*213件.*190件.*减少/);
    assert.equal(at(last, trend[0].related![0]), '213件');
  });

  it('finds last year\'s year kept in a copied sentence, with a fix to this year', () => {
    const stale = of('compare-stale-year');
    assert.equal(stale.length, 1);
    assert.equal(at(current, stale[0]), '2022年');
    assert.equal(current.indexOf(yearSentence), stale[0].span.start);
    assert.deepEqual(stale[0].fixes?.[0].edits, [{ start: stale[0].span.start, end: stale[0].span.start + 4, text: '2023' }]);
  });

  it('finds last year\'s plan never mentioned again, and not the one still spoken of', () => {
    const dropped = of('compare-dropped-plan').map((f) => f.message);
    assert.ok(dropped.some((m) => m.includes('大力推进普法工作')), dropped.join('\n'));
    assert.ok(!dropped.some((m) => m.includes('认真履行岗位职责')), dropped.join('\n'));
  });

  it('keeps its rules switchable by config like the check rules', () => {
    const off = compareReports(last, current, { rules: { 'compare-trend': 'off', 'compare-reused': 'info' } });
    assert.equal(off.findings.filter((f) => f.rule === 'compare-trend').length, 0);
    assert.ok(off.findings.filter((f) => f.rule === 'compare-reused').every((f) => f.severity === 'info'));
  });
});

describe('compare: unrelated reports', () => {
  const fixtures = ['test/fixtures/reports/shufa-2022-filled.txt', 'test/fixtures/rules/fazhi-zhengfu-word.txt', 'test/fixtures/rules/shuzhi-clean.md'].map((f) =>
    readFileSync(join(root, f), 'utf8'),
  );
  it('gives no finding for two reports of different units', () => {
    for (const a of fixtures) {
      for (const b of fixtures) {
        if (a === b) continue;
        const r = compareReports(a, b);
        assert.equal(r.related, false);
        assert.deepEqual(r.findings, []);
      }
    }
  });
});

describe('compare: shingles', () => {
  it('reads a copy with changed numbers and punctuation as copied, other wording as not', () => {
    const index = new ShingleIndex();
    index.add(shingleHashes(normalise('全年办理人大代表建议12件，答复率、满意率均达100%。')), 0);
    const same = overlap(index, shingleHashes(normalise('全年办理人大代表建议15件,答复率 满意率均达98%')));
    assert.equal(same.found, same.total);
    const other = overlap(index, shingleHashes(normalise('全面推行行政执法公示制度和执法全过程记录制度')));
    assert.equal(other.found, 0);
  });
});

describe('compare: every report of a folder against itself a year on', () => {
  const dir = process.env.REPORT_LINT_REPORTS ?? join(root, 'test', 'corpus', 'reports');
  it(`names its parts as all copied, flags a copied problems or plans part, and finds no trend (${dir})`, () => {
    const files = reportFiles(dir);
    assert.ok(files.length > 0);
    let named = 0;
    let flagged = 0;
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      const r = compareReports(text, text);
      // A report is all copy of itself, unless it is too short for a single shingle.
      if (!r.related) continue;
      assert.equal(r.findings.filter((f) => f.rule === 'compare-trend').length, 0, file);
      const reused = r.findings.filter((f) => f.rule === 'compare-reused' && /部分 100% 的文字与去年报告相同/.test(f.message));
      named += reused.length;
      for (const p of r.parts) {
        if (!['problems', 'shortcomings', 'plans'].includes(p.part)) continue;
        const f = reused.find((x) => x.message.startsWith(`「${p.name}」部分`));
        if (!f) continue; // a part shorter than minChars
        assert.equal(f.severity, 'warning', `${file}: ${f.message}`);
        flagged++;
      }
    }
    assert.ok(named > 0 && flagged > 0, `${named} parts named, ${flagged} problems/plans parts flagged`);
  });
});
