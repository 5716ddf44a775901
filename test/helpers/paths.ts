// Paths the tests use, and a check that the bundles exist (npm test builds them first).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const root = join(__dirname, '..', '..');
export const serverBundle = join(root, 'dist', 'server.js');
export const cliBin = join(root, 'bin', 'report-lint.js');
export const samplePath = join(root, 'samples', 'shufa-report-2022.txt');
export const sampleText = readFileSync(samplePath, 'utf8');

/** The eight placeholders of the sample, in document order. */
export const samplePlaceholders = ['*次', '**件', '**项', '**项', '***件', '***户', '***件', '***件'];

export function requireBuilt(): void {
  for (const f of [serverBundle, join(root, 'dist', 'cli.js')]) {
    if (!existsSync(f)) throw new Error(`${f} is missing: run \`npm run build\` first (npm test does).`);
  }
}

/** Offsets of each occurrence of the placeholders, searched one after the other. */
export function placeholderOffsets(text: string, placeholders: readonly string[]): number[] {
  const out: number[] = [];
  let from = 0;
  for (const p of placeholders) {
    const i = text.indexOf(p, from);
    if (i < 0) throw new Error(`placeholder ${p} not found after ${from}`);
    out.push(i);
    from = i + p.length;
  }
  return out;
}
