// The reviewer's tools at scale (printed, never asserted):
//  1. a folder of 1,000 generated reports of 10–50 KB checked by the CLI one by one (--jobs 1), on
//     its pool (one thread per core, this one included) and by default: wall and CPU time, the
//     speed-up, the load average;
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

/**
 * CPU seconds used by this process's finished children (Linux: cutime + cstime of /proc/self/stat,
 * in clock ticks of 1/100 s), or NaN elsewhere. The CPU a run costs shows the pool's overhead
 * (thread start, each thread warming the engine) apart from how busy the shared machine is.
 */
function childCpu(): number {
  try {
    const fields = readFileSync('/proc/self/stat', 'utf8').replace(/^.*\) /, '').split(' ');
    return (Number(fields[13]) + Number(fields[14])) / 100;
  } catch {
    return Number.NaN;
  }
}

interface Timed {
  ms: number;
  cpu: number;
  code: number | null;
}

function timeCli(args: string[], cwd: string): Timed {
  const c = childCpu();
  const t = process.hrtime.bigint();
  const r = spawnSync(process.execPath, [cli, ...args], { cwd, stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 1 << 28 });
  return { ms: Number(process.hrtime.bigint() - t) / 1e6, cpu: childCpu() - c, code: r.status };
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[xs.length >> 1];

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
    // Warm the file cache and the CLI's code once, then alternate the ways, three runs each: one by
    // one, the pool forced to one thread per core (--jobs N), and the default (what a user gets).
    const cores = availableParallelism();
    timeCli(['--jobs', '1', '--summary', 'reports'], dir);
    const ways: [string, string[]][] = [
      ['one by one (--jobs 1)', ['--jobs', '1']],
      [`pool (--jobs ${cores})`, ['--jobs', String(cores)]],
      ['default (no --jobs)', []],
    ];
    const runs = ways.map((): Timed[] => []);
    const load0 = loadavg()[0];
    for (let run = 0; run < 3; run++) ways.forEach(([, flags], i) => runs[i].push(timeCli([...flags, '--summary', 'reports'], dir)));
    const load1 = loadavg()[0];
    const serial = median(runs[0].map((r) => r.ms));
    ways.forEach(([name], i) => {
      const ms = median(runs[i].map((r) => r.ms));
      const cpu = median(runs[i].map((r) => r.cpu));
      console.log(
        `  ${name.padEnd(24)} ${(ms / 1000).toFixed(2)} s  (${((FILES * 1000) / ms).toFixed(0)} files/s, CPU ${cpu.toFixed(1)} s, ${(serial / ms).toFixed(2)}×)  runs: ${runs[i].map((x) => (x.ms / 1000).toFixed(2)).join(', ')}`,
      );
    });
    console.log(`  speed-up of the pool: ${(serial / median(runs[1].map((r) => r.ms))).toFixed(2)}× on ${cores} cores (the machine is shared: load ${load0.toFixed(1)} before, ${load1.toFixed(1)} after)`);
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
