// The reviewer's tools at scale (printed, never asserted):
//  1. a folder of 1,000 generated reports of 10–50 KB checked by the CLI on its worker pool (one
//     thread per core) and one by one (--jobs 1): wall time, files per second, the speed-up;
//  2. `compare` of two 1 MB reports (last year's and an edited copy) in the engine: time per run.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { compareReports } from '../server/src/engine';
import { generateReport } from './corpus';
import { createRng } from './prng';

const root = join(__dirname, '..', '..');
const sample = readFileSync(join(root, 'samples', 'shufa-report-2022.txt'), 'utf8');
const cli = join(root, 'bin', 'report-lint.js');
const FILES = Number(process.env.REVIEW_BENCH_FILES ?? 1000);

function timeCli(args: string[], cwd: string): { ms: number; code: number | null } {
  const t = process.hrtime.bigint();
  const r = spawnSync(process.execPath, [cli, ...args], { cwd, stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 1 << 28 });
  return { ms: Number(process.hrtime.bigint() - t) / 1e6, code: r.status };
}

function folderBench(): void {
  const dir = mkdtempSync(join(tmpdir(), 'report-lint-review-bench-'));
  try {
    const rng = createRng(14);
    let bytes = 0;
    for (let i = 0; i < FILES; i++) {
      const size = 10_000 + Math.floor(rng.next() * 40_000);
      const text = generateReport(sample, size, i + 1);
      bytes += Buffer.byteLength(text);
      const sub = join(dir, 'reports', `unit-${String(i % 20).padStart(2, '0')}`);
      mkdirSync(sub, { recursive: true });
      writeFileSync(join(sub, `report-${String(i).padStart(4, '0')}.md`), text);
    }
    console.log(`\nfolder check: ${FILES} reports, ${(bytes / 1e6).toFixed(1)} MB (10–50 KB each); ${availableParallelism()} cores (${cpus()[0]?.model ?? '?'})`);
    // Warm the file cache and the CLI's code once, then alternate the two ways, three runs each.
    timeCli(['--jobs', '1', '--summary', 'reports'], dir);
    const serial: number[] = [];
    const pooled: number[] = [];
    for (let run = 0; run < 3; run++) {
      serial.push(timeCli(['--jobs', '1', '--summary', 'reports'], dir).ms);
      pooled.push(timeCli(['--summary', 'reports'], dir).ms);
    }
    const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[xs.length >> 1];
    const s = median(serial);
    const p = median(pooled);
    console.log(`  one by one (--jobs 1):        ${(s / 1000).toFixed(2)} s  (${((FILES * 1000) / s).toFixed(0)} files/s)  runs: ${serial.map((x) => (x / 1000).toFixed(2)).join(', ')}`);
    console.log(`  worker pool (${availableParallelism()} threads):     ${(p / 1000).toFixed(2)} s  (${((FILES * 1000) / p).toFixed(0)} files/s)  runs: ${pooled.map((x) => (x / 1000).toFixed(2)).join(', ')}`);
    console.log(`  speed-up: ${(s / p).toFixed(2)}× on ${availableParallelism()} cores (the machine is shared: load ${loadavg()[0].toFixed(1)})`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** This year's report from last year's: every third paragraph rewritten, figures in every fifth changed. */
function editedCopy(text: string): string {
  return text
    .split('\n')
    .map((line, i) => {
      if (line.length < 40 || line.startsWith('#')) return line;
      if (i % 3 === 0) return `本年度新增工作：${line.slice(0, 30).split('').reverse().join('')}，并完善配套制度。`;
      if (i % 5 === 0) return line.replace(/[0-9]+/g, (d) => String(Number(d) + 1));
      return line;
    })
    .join('\n');
}

function compareBench(): void {
  const last = generateReport(sample, 1_000_000, 7);
  const current = editedCopy(last.replace(/2022年/g, '2023年'));
  console.log(`\ncompare: two reports of ${(Buffer.byteLength(last) / 1e6).toFixed(2)} MB and ${(Buffer.byteLength(current) / 1e6).toFixed(2)} MB`);
  const times: number[] = [];
  let findings = 0;
  let share = 0;
  for (let run = 0; run < 5; run++) {
    (globalThis as { gc?: () => void }).gc?.();
    const t = process.hrtime.bigint();
    const r = compareReports(last, current);
    times.push(Number(process.hrtime.bigint() - t) / 1e6);
    findings = r.findings.length;
    share = r.share;
  }
  const sorted = [...times].sort((a, b) => a - b);
  console.log(`  ${findings} findings, ${Math.round(share * 100)}% of the text copied`);
  console.log(`  median ${sorted[2].toFixed(0)} ms, best ${sorted[0].toFixed(0)} ms (runs: ${times.map((x) => x.toFixed(0)).join(', ')})`);
}

if (!process.argv.includes('--no-folder')) folderBench();
compareBench();
