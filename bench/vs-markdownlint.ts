// `npm run bench:vs-markdownlint`: the whole CLI process against markdownlint-cli2's, side by
// side, as a writer or CI runs them: `report-lint FILE` and `markdownlint-cli2 FILE` (default
// rules, no config), on reports of 100 KB, 1 MB and 10 MB built from the sample (the same
// generator as `npm run bench`). Runs are interleaved (ours, theirs, then theirs, ours, …) so
// that load from other processes falls on both alike. Prints wall-time medians and minimums,
// CPU time (user + system, where /usr/bin/time exists) and the ratios; asserts nothing.
//   tsx bench/vs-markdownlint.ts [--runs=N] [--sizes=100KB,1MB,10MB]
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { generateReport } from './corpus';
import { median } from './stats';

const root = join(__dirname, '..');
const arg = (name: string): string | undefined => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const sizes: Record<string, number> = { '100KB': 100_000, '1MB': 1_000_000, '10MB': 10_000_000 };
const chosen = (arg('sizes') ?? Object.keys(sizes).join(',')).split(',');
/** Runs per size (the 10 MB report takes seconds per run, so fewer there unless asked). */
const runsFor = (name: string): number => Number(arg('runs') ?? (name === '10MB' ? 5 : 11));

// A devDependency. Its package.json is not exported: it lies beside the main module.
const cli2Package = join(dirname(createRequire(join(root, 'package.json')).resolve('markdownlint-cli2')), 'package.json');
const cli2 = join(dirname(cli2Package), (JSON.parse(readFileSync(cli2Package, 'utf8')) as { bin: Record<string, string> }).bin['markdownlint-cli2']);
const cli2Version = (JSON.parse(readFileSync(cli2Package, 'utf8')) as { version: string }).version;
const ours = join(root, 'bin', 'report-lint.js');
if (!existsSync(join(root, 'dist', 'cli.js'))) throw new Error('dist/cli.js is missing: run `npm run build` first');
const timeBin = existsSync('/usr/bin/time') ? '/usr/bin/time' : null;

interface Sample {
  wallMs: number;
  cpuMs: number;
}

/** One whole process, in `cwd` (a folder without config files for either tool). */
function run(args: string[], cwd: string): Sample {
  const command = timeBin ? [timeBin, '-f', 'report-lint-cpu %U %S', process.execPath, ...args] : [process.execPath, ...args];
  const t = process.hrtime.bigint();
  const r = spawnSync(command[0], command.slice(1), { cwd, encoding: 'utf8', maxBuffer: 1 << 30 });
  const wallMs = Number(process.hrtime.bigint() - t) / 1e6;
  if (r.error) throw r.error;
  // Both exit 1 when they find something; 2 or more is a failure of the run.
  if (r.status === null || r.status > 1) throw new Error(`${args.join(' ')} exited ${r.status}: ${r.stderr.slice(-500)}`);
  const m = /report-lint-cpu ([\d.]+) ([\d.]+)/.exec(r.stderr);
  return { wallMs, cpuMs: m ? (Number(m[1]) + Number(m[2])) * 1000 : NaN };
}

const dir = mkdtempSync(join(tmpdir(), 'report-lint-vs-mdl-'));
const sample = readFileSync(join(root, 'samples', 'shufa-report-2022.txt'), 'utf8');
const fmt = (ms: number): string => (Number.isNaN(ms) ? '   —' : ms.toFixed(0).padStart(6));
try {
  console.log(`report-lint (this build) vs markdownlint-cli2 ${cli2Version}, whole processes, Node ${process.version}`);
  for (const name of chosen) {
    const bytes = sizes[name];
    if (!bytes) throw new Error(`unknown size ${name} (one of ${Object.keys(sizes).join(', ')})`);
    const file = join(dir, `report-${name}.md`);
    writeFileSync(file, generateReport(sample, bytes, 2022));
    const oursArgs = [ours, '--max-size', String(bytes * 2), file];
    const theirsArgs = [cli2, file];
    // One untimed run each: the files are read once into the page cache, the code caches filled.
    run(oursArgs, dir);
    run(theirsArgs, dir);
    const a: Sample[] = [];
    const b: Sample[] = [];
    for (let i = 0; i < runsFor(name); i++) {
      if (i % 2 === 0) {
        a.push(run(oursArgs, dir));
        b.push(run(theirsArgs, dir));
      } else {
        b.push(run(theirsArgs, dir));
        a.push(run(oursArgs, dir));
      }
    }
    const stat = (xs: Sample[], k: keyof Sample) => ({ median: median(xs.map((x) => x[k])), min: Math.min(...xs.map((x) => x[k])) });
    const [ow, tw, oc, tc] = [stat(a, 'wallMs'), stat(b, 'wallMs'), stat(a, 'cpuMs'), stat(b, 'cpuMs')];
    console.log(
      `${name.padEnd(6)} ${a.length} runs   wall median ours ${fmt(ow.median)} ms  markdownlint-cli2 ${fmt(tw.median)} ms  ratio ${(ow.median / tw.median).toFixed(2)}×` +
        `   wall min ${fmt(ow.min)} / ${fmt(tw.min)} ms   CPU median ${fmt(oc.median)} / ${fmt(tc.median)} ms  ratio ${(oc.median / tc.median).toFixed(2)}×`,
    );
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
