// Paths the tests use, and a check that the bundles exist (npm test builds them first).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const root = join(__dirname, '..', '..');
export const serverBundle = join(root, 'dist', 'server.js');
export const workerBundle = join(root, 'dist', 'analysis-worker.js');
export const cliBin = join(root, 'bin', 'report-lint.js');
export const samplePath = join(root, 'samples', 'shufa-report-2022.txt');
export const sampleText = readFileSync(samplePath, 'utf8');

/** The eight placeholders of the sample, in document order. */
export const samplePlaceholders = ['*次', '**件', '**项', '**项', '***件', '***户', '***件', '***件'];

export function requireBuilt(): void {
  for (const f of [serverBundle, workerBundle, join(root, 'dist', 'cli.js')]) {
    if (!existsSync(f)) throw new Error(`${f} is missing: run \`npm run build\` first (npm test does).`);
  }
}

/** The sample repeated (a line break between copies) until it is at least `bytes` of UTF-8. */
export function repeatedSample(bytes: number): string {
  const copies = [sampleText];
  let size = Buffer.byteLength(sampleText, 'utf8');
  while (size < bytes) {
    copies.push(sampleText);
    size += Buffer.byteLength(sampleText, 'utf8') + 1;
  }
  return copies.join('\n');
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

export interface ExpectedFinding {
  rule: string;
  severity: 'error' | 'warning' | 'info' | 'hint';
  /** UTF-16 offsets in the sample. */
  start: number;
  end: number;
}

/**
 * The sample's real wording problems (issue 5), besides its placeholders: each anchored on a
 * context that occurs once, `at` = where the flagged text starts in it.
 */
const sampleWording: { rule: string; severity: ExpectedFinding['severity']; context: string; text: string; at: number }[] = [
  { rule: 'term', severity: 'warning', context: '习近平新时代法治思想', text: '习近平新时代法治思想', at: 0 },
  { rule: 'numeral', severity: 'warning', context: '12.4国家宪法日', text: '12.4', at: 0 },
  // 顿号 between items each in quotes (GB/T 15834 4.5.3.5): a style point the standard only discourages, a hint.
  { rule: 'punctuation', severity: 'hint', context: '“以案释法”、“法律八进”', text: '、', at: 6 },
  { rule: 'term', severity: 'warning', context: '四是抗牢', text: '抗牢', at: 2 },
  { rule: 'term', severity: 'warning', context: '法制图片展', text: '法制图片展', at: 0 },
];

/** Every finding of the sample with the default settings, in document order. */
export function sampleFindings(text = sampleText): ExpectedFinding[] {
  const out: ExpectedFinding[] = placeholderOffsets(text, samplePlaceholders).map((start, i) => ({
    rule: 'placeholder',
    severity: 'warning' as const,
    start,
    // The finding covers the stars: 未填写的占位符“**件” marks “**”.
    end: start + /^\*+/.exec(samplePlaceholders[i])![0].length,
  }));
  for (const w of sampleWording) {
    const i = text.indexOf(w.context);
    if (i < 0 || text.indexOf(w.context, i + 1) >= 0) throw new Error(`"${w.context}" should occur once in the sample`);
    if (text.slice(i + w.at, i + w.at + w.text.length) !== w.text) throw new Error(`"${w.text}" not at ${w.at} in "${w.context}"`);
    out.push({ rule: w.rule, severity: w.severity, start: i + w.at, end: i + w.at + w.text.length });
  }
  return out.sort((a, b) => a.start - b.start);
}
