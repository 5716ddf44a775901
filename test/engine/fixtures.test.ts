// markdownlint-style fixtures: each file under test/fixtures/rules carries its expected findings
// as `<!-- expect RULE [RULE …] -->` on the line where each finding starts.
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../server/src/engine';
import { lineOfOffset } from '../../server/src/engine/positions';

const dir = join(__dirname, '../fixtures/rules');
const EXPECT = /<!--\s*expect\s+([^>]*?)\s*-->/g;

function expected(text: string): string[] {
  const out: string[] = [];
  text.split(/\r?\n/).forEach((line, i) => {
    for (const m of line.matchAll(EXPECT)) for (const rule of m[1].split(/\s+/)) out.push(`${i + 1} ${rule}`);
  });
  return out.sort();
}

describe('rule fixtures (expected findings written in the files)', () => {
  for (const file of readdirSync(dir).filter((f) => /\.(md|txt)$/.test(f))) {
    it(file, () => {
      const text = readFileSync(join(dir, file), 'utf8');
      const result = analyze(text);
      assert.deepEqual(result.ruleErrors, []);
      const actual = result.findings.map((f) => `${lineOfOffset(result.document.lineStarts, f.span.start) + 1} ${f.rule}`).sort();
      assert.deepEqual(actual, expected(text));
    });
  }
});
