// Time budgets of hostile inputs, one rule or component at a time. These measure wall-clock time,
// so they run in `npm run test:perf` (which prints every figure), never in `npm test`; the same
// inputs are checked for their results, without a clock, in the unit suites named beside each.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../server/src/engine';
import { builtinTerms, compileTerms } from '../../server/src/engine/packs';
import { findTermHits } from '../helpers/term-hits';
import { checkPattern } from '../../server/src/engine/packs/safe-regex';
import { LiteralMatcher } from '../../server/src/engine/packs/literal-matcher';
import { renderPreview } from '../../server/src/shared/preview/render';
import { HOSTILE_LINE_UNITS, tokenize } from '../grammar/tokenizer';
import { findingsOf } from '../helpers/rule-tester';

const root = join(__dirname, '..', '..');
const sample = readFileSync(join(root, 'samples', 'shufa-report-2022.txt'), 'utf8');

/** Best of `reps` runs of `f`, in milliseconds, printed with `what`. */
function best(what: string, f: () => unknown, reps = 3): number {
  let ms = Infinity;
  for (let i = 0; i < reps; i++) {
    const t = process.hrtime.bigint();
    f();
    ms = Math.min(ms, Number(process.hrtime.bigint() - t) / 1e6);
  }
  console.log(`      ${what}: ${ms.toFixed(1)} ms`);
  return ms;
}

describe('time budgets on hostile input', function () {
  this.timeout(10 * 60_000);

  it('punctuation on quotes, brackets and 、等 runs (test/language/punctuation.test.ts)', () => {
    const text = `${'“'.repeat(100_000)}${'(甲'.repeat(50_000)}${'、等'.repeat(50_000)}\n${'》、《'.repeat(30_000)}`;
    assert.ok(best('punctuation, 510 K units', () => findingsOf('punctuation', text)) < 4000);
  });

  it('term on a garbled document (test/language/term.test.ts)', () => {
    const text = '抗牢，'.repeat(100_000);
    assert.ok(best('term, 300 K units', () => findingsOf('term', text)) < 3000);
  });

  it('numeral on long runs of digits and marks (test/language/numeral.test.ts)', () => {
    const text = `${'1'.repeat(200_000)}-${'2'.repeat(200_000)}%${'、三'.repeat(100_000)}${'近'.repeat(100_000)}`;
    assert.ok(best('numeral, 700 K units', () => findingsOf('numeral', text)) < 3000);
  });

  it('the literal matcher: 10,000 words over 1 MB (test/language/packs.test.ts)', () => {
    const m = new LiteralMatcher(Array.from({ length: 10_000 }, (_, i) => `词${i}条`));
    const text = '法治建设词1条。'.repeat(130_000);
    assert.ok(best('literal matcher, 10,000 words, 1 MB', () => m.findAll(text)) < 1000);
  });

  it('safe-regex: a rejected shape is rejected at once, and would have been catastrophic', () => {
    assert.ok(best('checkPattern((a+)+$)', () => checkPattern('(a+)+$')) < 50);
    assert.ok(best('running /(a+)+$/ on 21 a’s and !', () => /(a+)+$/.test('a'.repeat(21) + '!'), 1) > 5, 'the pattern backtracks exponentially');
  });

  it('safe-regex: the most expensive accepted shape, and the built-in pack, over 1 MB (test/language/safe-regex.test.ts)', () => {
    const compiled = compileTerms([{ pattern: '[^。]*a[^。]{0,18}b', right: 'x', reason: '测试', source: '测试' }]);
    const hostile = 'a'.repeat(1_000_000);
    assert.ok(best('[^。]*a[^。]{0,18}b on 1 MB of a', () => findTermHits(hostile, compiled), 1) < 2000);
    const block = '深入学习贯彻习近平法治思想，截至目前已作出部署，依法行政水平不断提高。\n'.repeat(19) + '四是抗牢政治责任，党委做出部署。\n';
    const text = block.repeat(Math.ceil(1_000_000 / block.length));
    const pack = compileTerms(builtinTerms);
    assert.ok(best('built-in term pack on 1 MB of report text', () => findTermHits(text, pack), 1) < 3000);
  });

  it('the grammar on 20,000-character hostile lines (test/grammar/grammar.test.ts)', async () => {
    await tokenize('warm-up', 'text.plain');
    for (const u of HOSTILE_LINE_UNITS) {
      const line = u.repeat(Math.ceil(20000 / u.length)).slice(0, 20000);
      const t = Date.now();
      await tokenize(line, 'text.plain');
      const ms = Date.now() - t;
      console.log(`      grammar, ${JSON.stringify(u)} × 20,000 units: ${ms} ms`);
      assert.ok(ms < 10000, `${JSON.stringify(u)}: ${ms} ms`);
    }
  });

  it('the preview renders in linear time up to 2 MB (test/preview/render.test.ts)', () => {
    const opts = { cspSource: 'https://*.vscode-cdn.net', scriptUri: 'https://x/preview.js' };
    const time = (n: number): number => {
      const text = sample.repeat(n);
      const r = analyze(text);
      return best(`preview, ${n} copies of the sample`, () => renderPreview(text, r.findings, 'bm9uY2U=', { ...opts, document: r.document }));
    };
    time(5);
    const small = Math.max(time(40), 5);
    const big = time(400);
    // Ten times the text may take at most thirty times as long (garbage collection varies).
    assert.ok(big < small * 30, `40 copies: ${small.toFixed(0)} ms, 400 copies: ${big.toFixed(0)} ms`);
  });
});
