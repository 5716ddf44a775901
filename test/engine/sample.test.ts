// The real report as its author wrote it, and a filled-in copy: the acceptance fixtures of issue 2.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../server/src/engine';

const root = join(__dirname, '../..');
const sample = readFileSync(join(root, 'samples/shufa-report-2022.txt'), 'utf8');
const filled = readFileSync(join(root, 'test/fixtures/reports/shufa-2022-filled.txt'), 'utf8');
const CORE = ['required-section', 'section-order', 'heading-sequence', 'ordinal-sequence', 'placeholder', 'figure-conflict', 'figure-sum', 'figure-rate', 'report-year'];

describe('the sample 述法报告 (shufa-report-2022.txt)', () => {
  const result = analyze(sample);
  const core = result.findings.filter((f) => CORE.includes(f.rule));
  it('is recognised as a 述法报告 from its lead-in, though it has no title', () => {
    assert.deepEqual(result.profile, { id: 'shufa', name: '述法报告', how: 'recognised' });
  });
  it('has exactly its 8 placeholders and no other finding of the core rules', () => {
    assert.deepEqual(
      core.map((f) => [f.rule, sample.slice(f.span.start, f.span.end + 1)]),
      [
        ['placeholder', '*次'],
        ['placeholder', '**件'],
        ['placeholder', '**项'],
        ['placeholder', '**项'],
        ['placeholder', '***件'],
        ['placeholder', '***户'],
        ['placeholder', '***件'],
        ['placeholder', '***件'],
      ],
    );
    assert.deepEqual(result.ruleErrors, []);
  });
  it('a filled-in copy has no finding of the core rules', () => {
    const r = analyze(filled);
    assert.equal(r.profile.id, 'shufa');
    assert.deepEqual(r.findings.filter((f) => CORE.includes(f.rule)).map((f) => `${f.rule}: ${f.message}`), []);
  });
  it('the same report as Markdown gives the same findings', () => {
    const md = sample.replace(/^([一二三]、.*)$/gm, '## $1').replace(/\n/g, '\n\n');
    const r = analyze(md);
    assert.equal(r.profile.id, 'shufa');
    assert.deepEqual(r.findings.filter((f) => CORE.includes(f.rule)).map((f) => f.rule), Array(8).fill('placeholder'));
  });
});
