// Export → import → check gives the same findings at the same Word paragraphs, on the sample and
// on every real report the repository holds (test/fixtures/reports, and the corpus under
// test/corpus/reports when present).
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { analyze, offsetToPosition } from '../../server/src/engine';
import { readDocx } from '../../server/src/docx/read';
import { exportDocx, type ExportedParagraph } from '../../server/src/docx/write/gbt9704';
import { root, samplePath } from '../helpers/paths';

function reports(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? reports(p) : /\.(?:txt|md)$/.test(name) ? [p] : [];
  });
}

const files = [samplePath, ...reports(join(root, 'test/fixtures/reports')), ...reports(join(root, 'test/corpus/reports'))];

/** "rule @paragraph: message" for each finding; `paragraphAt` maps a 0-based line to a Word paragraph. */
function keyed(text: string, paragraphAt: (line: number) => number): string[] {
  const result = analyze(text);
  return result.findings.map((f) => `${f.rule} @${paragraphAt(offsetToPosition(result.document.lineStarts, f.span.start).line)}: ${f.message}`).sort();
}

function sourceParagraph(paragraphs: ExportedParagraph[]): (line: number) => number {
  return (line) => {
    let best = paragraphs[0]?.index ?? 1;
    for (const p of paragraphs) if (p.line <= line) best = p.index;
    return best;
  };
}

function importedParagraph(paragraphOfLine: number[]): (line: number) => number {
  return (line) => {
    for (let l = Math.min(line, paragraphOfLine.length - 1); l >= 0; l--) if (paragraphOfLine[l]) return paragraphOfLine[l];
    return paragraphOfLine.find((p) => p > 0) ?? 1;
  };
}

describe('Word round trip: export → import → check', () => {
  it(`covers the sample and ${files.length - 1} more reports`, () => assert.ok(files.length >= 3));

  for (const file of files) {
    it(`${relative(root, file)}: the same findings at the same paragraphs`, async () => {
      const text = readFileSync(file, 'utf8');
      const exported = await exportDocx(text);
      const imported = readDocx(exported.bytes);
      const before = keyed(text, sourceParagraph(exported.paragraphs));
      const after = keyed(imported.text, importedParagraph(imported.paragraphOfLine));
      assert.deepEqual(after, before);
      if (file === samplePath) assert.equal(after.filter((k) => k.startsWith('placeholder ')).length, 8);
    });
  }
});
