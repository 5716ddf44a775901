// `npm run bench:word`: Word import and export of a 1 MB report (the sample repeated), timed
// in-process after a warm-up; prints the figures (median and best of several runs). Figures only:
// nothing here is asserted.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { analyze } from '../server/src/engine';
import { readDocx } from '../server/src/docx/read';
import { exportDocx } from '../server/src/docx/write/gbt9704';

const RUNS = Number(process.env.WORD_BENCH_RUNS ?? 7);
const sample = readFileSync(join(__dirname, '..', 'samples', 'shufa-report-2022.txt'), 'utf8');

/** The sample's body repeated under one title until the report is `bytes` of UTF-8. */
function report(bytes: number): string {
  let text = '关于2022年度述法情况的报告\n';
  while (Buffer.byteLength(text) < bytes) text += sample;
  return text;
}

async function time<T>(what: string, fn: () => T | Promise<T>): Promise<T> {
  let last: T = await fn(); // warm-up
  const ms: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    last = await fn();
    ms.push(performance.now() - t0);
  }
  ms.sort((a, b) => a - b);
  console.log(`${what.padEnd(34)} median ${ms[ms.length >> 1].toFixed(0).padStart(5)} ms   best ${ms[0].toFixed(0).padStart(5)} ms   (${RUNS} runs)`);
  return last;
}

async function main(): Promise<void> {
  const text = report(1_000_000);
  console.log(`report: ${(Buffer.byteLength(text) / 1e6).toFixed(2)} MB UTF-8, ${text.length.toLocaleString()} characters, ${text.split('\n').length.toLocaleString()} lines`);
  const exported = await time('export (report → .docx)', () => exportDocx(text));
  console.log(`  .docx: ${(exported.bytes.length / 1e6).toFixed(2)} MB, ${exported.paragraphs.length.toLocaleString()} paragraphs, ${exported.placeholderCount} placeholders highlighted`);
  const imported = await time('import (.docx → Markdown)', () => readDocx(exported.bytes));
  console.log(`  Markdown: ${(Buffer.byteLength(imported.text) / 1e6).toFixed(2)} MB, ${imported.paragraphCount.toLocaleString()} paragraphs`);
  await time('import + check (what the CLI does)', () => analyze(readDocx(exported.bytes).text));
}

void main();
