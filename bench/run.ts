// The benchmark: corpus, in-process timings (report-lint, markdownlint, markdown-it), the editor
// path through the real server, and peak RSS. Bundled to bench/dist/run.js by bench/bench.mjs,
// which `npm run bench` runs; see bench/README.md.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { basename, join } from 'node:path';
import { analyze } from '../server/src/engine';
import { markdown } from '../server/src/engine/parse/markdown';
import { segmenterCost } from './segmenter';
import { generateReport, SIZES } from './corpus';
import { formatProfile, summariseProfile } from './cpu-profile';
import { backgroundSession } from './background';
import { stopLatency } from './stop-latency';
import { editorSession } from './editor';
import { loadMarkdownlint } from './markdownlint';
import { evaluateTargets, formatResult, scaling, type BenchResult, type PeakRss, type SizeResult } from './report';
import { defaultTiming, timeInterleaved, type TimingOptions } from './stats';

/** bench/ (this file runs as bench/dist/run.js). */
const benchDir = basename(__dirname) === 'dist' ? join(__dirname, '..') : __dirname;
const root = join(benchDir, '..');
const corpusDir = join(benchDir, 'corpus');
const resultsDir = join(benchDir, 'results');

interface Args {
  sizes: string[];
  seed: number;
  edits: number;
  editor: boolean;
  rss: boolean;
  background: boolean;
  quick: boolean;
  profile: string | null;
  profileRuns: number;
}

function parseArgs(argv: string[]): Args {
  const args: Args = { sizes: SIZES.map((s) => s.name), seed: 2022, edits: 200, editor: true, rss: true, background: true, quick: false, profile: null, profileRuns: 0 };
  for (const a of argv) {
    const [k, v = ''] = a.replace(/^--/, '').split('=');
    if (k === 'sizes') args.sizes = v.split(',').map((s) => s.trim().toUpperCase());
    else if (k === 'seed') args.seed = Number(v);
    else if (k === 'edits') args.edits = Number(v);
    else if (k === 'no-editor') args.editor = false;
    else if (k === 'no-rss') args.rss = false;
    else if (k === 'no-background') args.background = false;
    else if (k === 'quick') args.quick = true;
    else if (k === 'profile') args.profile = v || '1MB';
    else if (k === 'profile-runs') args.profileRuns = Number(v);
    else throw new Error(`unknown option ${a}; options: --sizes=10KB,100KB,1MB,10MB --seed=N --edits=N --no-editor --no-rss --no-background --quick --profile=1MB --profile-runs=N`);
  }
  for (const s of args.sizes) if (!SIZES.some((x) => x.name === s)) throw new Error(`unknown size ${s}; sizes: ${SIZES.map((x) => x.name).join(', ')}`);
  if (!Number.isInteger(args.seed)) throw new Error('--seed takes an integer');
  return args;
}

/** Writes the corpus file for a size (regenerated each run: it is cheap and always matches the seed). */
function corpusFile(name: string, seed: number): { path: string; text: string; bytes: number } {
  const size = SIZES.find((s) => s.name === name)!;
  const sample = readFileSync(join(root, 'samples', 'shufa-report-2022.txt'), 'utf8');
  const text = generateReport(sample, size.bytes, seed);
  mkdirSync(corpusDir, { recursive: true });
  const path = join(corpusDir, `report-${name}.md`);
  writeFileSync(path, text);
  return { path, text, bytes: Buffer.byteLength(text, 'utf8') };
}

function packageVersion(dir: string): string {
  return (JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { version: string }).version;
}

function log(s: string): void {
  process.stderr.write(`${s}\n`);
}

function peakRss(path: string): PeakRss {
  const r = spawnSync(process.execPath, [join(benchDir, 'dist', 'peak-rss.js'), path], { encoding: 'utf8', maxBuffer: 1 << 20 });
  if (r.status !== 0) throw new Error(`peak-rss child failed (${r.status}): ${r.stderr}`);
  return JSON.parse(r.stdout) as PeakRss;
}

function profile(args: Args): void {
  const file = corpusFile(args.profile!, args.seed);
  const dir = join(resultsDir, 'profiles');
  mkdirSync(dir, { recursive: true });
  const runs = args.profileRuns || (file.bytes >= 5_000_000 ? 3 : 10);
  const before = new Set(readdirSync(dir));
  log(`profiling ${runs} analyses of ${file.path} (${file.bytes.toLocaleString('en-US')} bytes)…`);
  const r = spawnSync(process.execPath, ['--cpu-prof', `--cpu-prof-dir=${dir}`, join(benchDir, 'dist', 'profile.js'), file.path, String(runs)], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  if (r.status !== 0) throw new Error(`profile child failed (${r.status})`);
  process.stdout.write(r.stdout);
  const made = readdirSync(dir).filter((f) => f.endsWith('.cpuprofile') && !before.has(f));
  if (made.length !== 1) throw new Error(`expected one new .cpuprofile in ${dir}, found ${made.length}`);
  const summary = summariseProfile(join(dir, made[0]), root);
  process.stdout.write(`\n${formatProfile(summary, 30)}\n\nprofile: ${join(dir, made[0])} (open it in Chrome DevTools › Performance, or VS Code)\n`);
  writeFileSync(join(dir, made[0].replace(/\.cpuprofile$/, '.summary.json')), JSON.stringify({ file: file.path, runs, ...summary }, null, 1));
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  if (args.profile) return profile(args);
  const loadAtStart = loadavg();

  const timing: TimingOptions = args.quick ? { ...defaultTiming, minTotalMs: 0, minWarmupMs: 0, minWarmups: 1 } : defaultTiming;
  const markdownlint = await loadMarkdownlint(benchDir);
  const md = markdown();
  const sizes: SizeResult[] = [];
  for (const name of args.sizes) {
    const file = corpusFile(name, args.seed);
    log(`${name}: ${file.bytes.toLocaleString('en-US')} bytes → ${file.path}`);
    const text = file.text;
    let tokens = 0;
    let oursFindings = 0;
    let mdlFindings = 0;
    const t = timeInterleaved(
      {
        ours: () => (oursFindings = analyze(text).findings.length),
        markdownlint: () => (mdlFindings = markdownlint.lint(text)),
        markdownIt: () => (tokens = md.parse(text, {}).length),
      },
      timing,
    );
    const seg = segmenterCost(text, timing);
    log(`  word boundaries (Intl.Segmenter): ${seg.candidates} term candidates ${seg.boundaries.median.toFixed(2)} ms (${((seg.boundaries.median * 1000) / Math.max(1, seg.candidates)).toFixed(1)} µs each), repeated-word scan ${seg.repeated.median.toFixed(2)} ms; the whole term rule ${seg.rule.median.toFixed(2)} ms`);
    const ours = { ...t.ours, findings: oursFindings };
    const mdl = { ...t.markdownlint, findings: mdlFindings };
    const markdownIt = { ...t.markdownIt, tokens };
    log(`  report-lint ${ours.median.toFixed(2)} ms, markdownlint ${mdl.median.toFixed(2)} ms, markdown-it ${markdownIt.median.toFixed(2)} ms (medians of ${ours.runs.length})`);
    sizes.push({
      name,
      bytes: file.bytes,
      ours,
      markdownlint: mdl,
      markdownIt,
      oursOverMarkdownlint: ours.median / mdl.median,
      oursOverMarkdownIt: ours.median / markdownIt.median,
      oursOverMarkdownlintMin: ours.min / mdl.min,
      oursOverMarkdownItMin: ours.min / markdownIt.min,
      oursOverMarkdownlintCpu: ours.cpuMedian / mdl.cpuMedian,
      oursOverMarkdownItCpu: ours.cpuMedian / markdownIt.cpuMedian,
    });
  }

  const at = (n: string): SizeResult | undefined => sizes.find((s) => s.name === n);
  const s1 = at('1MB');
  const s10 = at('10MB');
  const sc: BenchResult['scaling'] = {};
  if (s1 && s10) {
    sc.ours = scaling({ bytes: s1.bytes, median: s1.ours.median }, { bytes: s10.bytes, median: s10.ours.median });
    sc.markdownlint = scaling({ bytes: s1.bytes, median: s1.markdownlint.median }, { bytes: s10.bytes, median: s10.markdownlint.median });
    sc.markdownIt = scaling({ bytes: s1.bytes, median: s1.markdownIt.median }, { bytes: s10.bytes, median: s10.markdownIt.median });
    sc.oursCpu = scaling({ bytes: s1.bytes, median: s1.ours.cpuMedian }, { bytes: s10.bytes, median: s10.ours.cpuMedian });
  }

  let editor: BenchResult['editor'];
  if (args.editor) {
    const file = corpusFile('100KB', args.seed);
    log(`editor path: ${args.edits} edits on ${file.path}…`);
    const e = await editorSession(join(root, 'dist', 'server.js'), file.text, args.seed, args.edits);
    editor = { ...e, corpus: '100KB', bytes: file.bytes };
  }

  let background: BenchResult['background'];
  let stops: BenchResult['stopLatency'];
  if (args.background) {
    const one = corpusFile('1MB', args.seed);
    // Four copies: about 4 MB, under the server's 5 MB limit.
    const four = Array.from({ length: 4 }, () => one.text).join('\n');
    log('large documents through the server: worker thread and server thread…');
    background = await backgroundSession(
      join(root, 'dist', 'server.js'),
      [
        { name: '1MB', text: one.text, bytes: one.bytes },
        { name: '4MB', text: four, bytes: Buffer.byteLength(four, 'utf8') },
      ],
      corpusFile('10KB', args.seed).text,
    );
    log('stopping the worker mid-run…');
    stops = [
      { name: '1MB', ...(await stopLatency(join(root, 'dist', 'analysis-worker.js'), one.text, 20, args.seed)) },
      { name: '4MB', ...(await stopLatency(join(root, 'dist', 'analysis-worker.js'), four, 20, args.seed)) },
    ];
  }

  let rss: PeakRss | undefined;
  if (args.rss) {
    const file = corpusFile('10MB', args.seed);
    log(`peak RSS: analysing ${file.path} in a child process…`);
    rss = peakRss(file.path);
  }

  const cpu = cpus();
  const partial: Omit<BenchResult, 'targets'> = {
    date: new Date().toISOString(),
    machine: {
      cpu: cpu[0]?.model ?? 'unknown',
      cores: cpu.length,
      memoryBytes: totalmem(),
      platform: `${process.platform}-${process.arch}`,
      node: process.version,
      loadAverage: { start: loadAtStart, end: loadavg() },
    },
    versions: { reportLint: packageVersion(root), markdownlint: markdownlint.version, markdownIt: packageVersion(join(root, 'node_modules', 'markdown-it')) },
    seed: args.seed,
    timing: { ...timing, gcBetweenRuns: typeof (globalThis as { gc?: unknown }).gc === 'function' },
    sizes,
    scaling: sc,
    editor,
    background,
    stopLatency: stops,
    peakRss: rss,
  };
  const result: BenchResult = { ...partial, targets: evaluateTargets(partial) };
  process.stdout.write(`\n${formatResult(result)}\n`);
  mkdirSync(resultsDir, { recursive: true });
  const out = join(resultsDir, `bench-${result.date.replace(/[:.]/g, '-')}.json`);
  writeFileSync(out, `${JSON.stringify(result, null, 1)}\n`);
  process.stdout.write(`\nresults: ${out}\n`);
}

main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? e.stack : String(e)}\n`);
  process.exit(1);
});
