// The real sample report's wording hits, found with the right fixes; a clean, well-written
// report with no finding at all; the existing rule fixtures untouched by the language rules.
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Finding } from '../../server/src/engine';
import { applyFix } from '../helpers/rule-tester';
import { analyzeAll, show } from './helpers';

const root = join(__dirname, '../..');
const read = (p: string): string => readFileSync(join(root, p), 'utf8');
const LANGUAGE = ['term', 'numeral', 'punctuation'];
const language = (fs: Finding[]): Finding[] => fs.filter((f) => LANGUAGE.includes(f.rule));

/** rule, flagged text, severity, the replacement its first fix writes. */
const SAMPLE_HITS = [
  ['term', '习近平新时代法治思想', 'warning', '习近平法治思想'],
  ['numeral', '12.4', 'warning', '“12·4”'],
  ['punctuation', '、', 'hint', ''],
  ['term', '抗牢', 'warning', '扛牢'],
  ['term', '法制图片展', 'warning', '法治图片展'],
];

function hits(text: string): string[][] {
  return language(analyzeAll(text).findings).map((f) => [f.rule, text.slice(f.span.start, f.span.end), f.severity, f.fixes?.[0]?.edits[0]?.text ?? '(no fix)']);
}

describe('language rules on the sample 述法报告', () => {
  const sample = read('samples/shufa-report-2022.txt');
  const filled = read('test/fixtures/reports/shufa-2022-filled.txt');

  it('finds its real wording hits, with the right fixes', () => {
    assert.deepEqual(hits(sample), SAMPLE_HITS);
  });
  it('the hits are where the writer made them', () => {
    const fs = language(analyzeAll(sample).findings);
    const context = fs.map((f) => sample.slice(f.span.start - 2, f.span.end + 3));
    assert.deepEqual(context, ['领会习近平新时代法治思想，不断', '利用12.4国家宪', '法”、“法律', '四是抗牢政治责', '座、法制图片展等具有']);
  });
  it('the filled-in copy shows only those wording hits', () => {
    assert.deepEqual(hits(filled), SAMPLE_HITS);
  });
  it('applying the fixes leaves no language finding', () => {
    let text = filled;
    const fs = language(analyzeAll(text).findings);
    for (const f of [...fs].reverse()) text = applyFix(text, f.fixes![0]);
    assert.deepEqual(show(text, language(analyzeAll(text).findings)), []);
    assert.ok(text.includes('四是扛牢政治责任'));
    assert.ok(text.includes('充分利用“12·4”国家宪法日'));
    assert.ok(text.includes('深刻领会习近平法治思想'));
  });
  it('the same report as Markdown gives the same hits', () => {
    const md = sample.replace(/^([一二三]、.*)$/gm, '## $1').replace(/\n/g, '\n\n');
    assert.deepEqual(hits(md), SAMPLE_HITS);
  });
});

describe('a clean, well-written report (clean-shufa.md)', () => {
  it('has no finding of any rule', () => {
    const text = read('test/fixtures/reports/clean-shufa.md');
    const r = analyzeAll(text);
    assert.equal(r.profile.id, 'shufa');
    assert.deepEqual(r.ruleErrors, []);
    assert.deepEqual(show(text, r.findings), []);
  });
});

describe('the rule fixtures stay as they are with the language rules on', () => {
  const dir = join(root, 'test/fixtures/rules');
  for (const file of readdirSync(dir).filter((f) => /\.(md|txt)$/.test(f))) {
    it(file, () => {
      const text = readFileSync(join(dir, file), 'utf8');
      assert.deepEqual(show(text, language(analyzeAll(text).findings)), []);
    });
  }
});
