// Runs timed work off the test's main thread, so that a hang (a catastrophic regular
// expression, a super-linear loop) can be stopped by terminating the worker instead of
// freezing the test run. Started by timing.ts; answers one request at a time.
import { built } from './regexp-recorder'; // first: it must see the engine's modules load
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parentPort } from 'node:worker_threads';
import { analyze, type AnalysisResult } from '../../server/src/engine';
import { adversarial, plainProse } from './adversarial';
import { pumpsFor } from './pumps';
import { checkResult, engineDir, engineRules } from './support';
import { MAX_GROWTH_RATIO, NOISE_FLOOR_MS, type PumpResult, SIZE_FACTOR, type TimingRequest, type TimingResult } from './timing';

const rules = engineRules();
const ids = new Set(rules.map((r) => r.id));
const generators = new Map([plainProse, ...adversarial].map((g) => [g.name, g]));

function engineFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? engineFiles(p) : p.endsWith('.ts') ? [p] : [];
  });
}

/**
 * CPU time of this process in milliseconds. CPU time, not wall-clock time: other processes on
 * a loaded machine (CI, parallel builds) stretch the wall clock but not the work done here. The
 * test's main thread only waits meanwhile, so this is the worker's work (and its GC threads').
 */
function cpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

/**
 * Best CPU time of `reps` runs. No forced collection before each: the collector's concurrent
 * sweeping after it would be charged to the run. `release` drops what the previous run kept.
 */
function time(run: () => void, reps: number, release: () => void = () => {}): number {
  let best = Infinity;
  for (let i = 0; i < reps; i++) {
    release();
    const t0 = cpuMs();
    run();
    best = Math.min(best, cpuMs() - t0);
  }
  return best;
}

function analyzeRequest(req: Extract<TimingRequest, { kind: 'analyze' }>): TimingResult {
  let text: string;
  if (typeof req.input === 'string') {
    const gen = generators.get(req.input);
    if (!gen) throw new Error(`no input named ${req.input}`);
    text = gen.make(req.n);
  } else {
    text = req.input.text;
  }
  const config = req.config ?? { profile: 'shufa' };
  // An untimed run on a prefix first, so that the timed runs do not pay for compiling the
  // code paths this input takes.
  analyze(text.slice(0, 10_000), { config, rules });
  let result: AnalysisResult | null = null;
  const ms = time(
    () => {
      result = analyze(text, { config, rules });
    },
    req.reps,
    () => {
      result = null;
    },
  );
  const errors: string[] = [];
  try {
    checkResult(text, result as unknown as AnalysisResult, ids);
  } catch (e) {
    errors.push(e instanceof Error ? e.message : String(e));
  }
  return { ms, length: text.length, errors };
}

/**
 * Every match in turn over the whole text, as the engine scans; with test(), which allocates
 * no match arrays, so garbage collection does not blur the timing.
 */
function scan(re: RegExp, text: string): void {
  re.lastIndex = 0;
  for (let from = 0; re.test(text); from = re.lastIndex) if (re.lastIndex === from) re.lastIndex++;
}

function timeNoGc(run: () => void, reps: number): number {
  let best = Infinity;
  for (let i = 0; i < reps; i++) {
    const t0 = cpuMs();
    run();
    best = Math.min(best, cpuMs() - t0);
  }
  return best;
}

function pumpRequest(req: Extract<TimingRequest, { kind: 'pump' }>): PumpResult[] {
  // Scanned with 'g' even if the engine only tests once: every start position is tried, which
  // is the worst a scan can do.
  const re = new RegExp(req.source, req.flags.replace(/[gy]/g, '') + 'g');
  const out: PumpResult[] = [];
  for (const pump of pumpsFor(req.source)) {
    if (req.only && !req.only.includes(pump.name)) continue;
    const small = pump.make(req.n);
    const large = pump.make(SIZE_FACTOR * req.n);
    let best: PumpResult | null = null;
    for (let attempt = 0; attempt < 3; attempt++) {
      const reps = attempt === 0 ? 1 : 5;
      const r = { name: pump.name, small: timeNoGc(() => scan(re, small), reps), large: timeNoGc(() => scan(re, large), reps) };
      if (!best || r.large / Math.max(r.small, 1e-3) < best.large / Math.max(best.small, 1e-3)) best = r;
      if (r.large < NOISE_FLOOR_MS || r.large / Math.max(r.small, 1e-3) < MAX_GROWTH_RATIO) break;
    }
    out.push(best as PumpResult);
  }
  return out;
}

function collectRequest(req: Extract<TimingRequest, { kind: 'collect' }>): typeof built {
  // Load every engine module (patterns built at load time, also in modules analyze() does not
  // use, such as the directive edits of code actions), then analyse (patterns built lazily).
  for (const file of engineFiles(engineDir)) require(file);
  for (const text of req.texts) for (const config of req.configs) analyze(text, { config, rules });
  const seen = new Set<string>();
  return built.filter((b) => {
    const key = `/${b.source}/${b.flags}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

parentPort?.on('message', (req: TimingRequest) => {
  try {
    const result = req.kind === 'analyze' ? analyzeRequest(req) : req.kind === 'pump' ? pumpRequest(req) : collectRequest(req);
    parentPort?.postMessage({ ok: true, result });
  } catch (e) {
    parentPort?.postMessage({ ok: false, error: e instanceof Error ? (e.stack ?? e.message) : String(e) });
  }
});
