// The figure and year rules on the real sample and on filled copies: they must say nothing.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../server/src/engine/analyze';
import { figureConflict } from '../../server/src/engine/rules/figure-conflict';
import { figureRate } from '../../server/src/engine/rules/figure-rate';
import { figureSum } from '../../server/src/engine/rules/figure-sum';
import { reportYearRule } from '../../server/src/engine/rules/report-year';

const root = join(__dirname, '../..');
const sample = readFileSync(join(root, 'samples/shufa-report-2022.txt'), 'utf8');
const filled = readFileSync(join(root, 'test/fixtures/reports/shufa-2022-filled.txt'), 'utf8');
const rules = [figureConflict, figureSum, figureRate, reportYearRule];

/** Another filling of the eight placeholders, with figures that repeat labels and rates. */
const values = ['4', '15', '515', '218', '36', '120', '28', '41'];
let k = 0;
const filledAgain = sample.replace(/\*+(?=[次件项户])/g, () => values[k++]);

const variants: [string, string][] = [
  ['the sample', sample],
  ['the filled fixture', filled],
  ['another filling', filledAgain],
  ['the sample with a year in front matter', `---\nyear: 2022\n---\n${sample}`],
  ['the filled fixture with a title', `关于2022年度履行推进法治建设第一责任人职责情况的报告\n${filled}`],
  ['another filling as Markdown with a title', `# 2022年度述法报告\n\n${filledAgain.replace(/^([一二三]、.*)$/gm, '## $1').replace(/\n/g, '\n\n')}`],
];

describe('figure rules on the sample report', () => {
  it('the second filling replaced all eight placeholders', () => {
    assert.equal(k, 8);
    assert.ok(!/\*/.test(filledAgain));
  });
  for (const [name, text] of variants) {
    it(`${name}: no finding`, () => {
      const r = analyze(text, { rules });
      assert.deepEqual(r.ruleErrors, []);
      assert.equal(r.profile.id, 'shufa');
      assert.deepEqual(r.findings.map((f) => `${f.rule}: ${text.slice(f.span.start, f.span.end)} ${f.message}`), []);
    });
  }
  it('but a stale year and a wrong rate in a filled copy are found', () => {
    const text = `关于2022年度述法报告\n${filled}`
      .replace('2022年以来，本人', '2021年，本人')
      .replace('年内办理答复人大代表建议12件，', '年内收到人大代表建议12件，答复10件，');
    const r = analyze(text, { rules });
    assert.deepEqual(
      r.findings.map((f) => [f.rule, text.slice(f.span.start, f.span.end)]),
      [
        ['report-year', '2021年'],
        ['figure-rate', '100%'],
      ],
    );
  });
});
