// Timing protocol and summary statistics shared by every measurement.
import { performance } from 'node:perf_hooks';

export interface Timing {
  /** Wall-clock milliseconds of each timed run, in run order. */
  runs: number[];
  median: number;
  min: number;
  /**
   * CPU milliseconds (user + system, all of the process's threads, so GC helper threads count)
   * of each run. Time spent waiting for a CPU while other processes run is not in it, so on a
   * loaded machine it stays close to what a quiet machine would take.
   */
  cpuRuns: number[];
  cpuMedian: number;
  cpuMin: number;
  warmups: number;
}

export interface TimingOptions {
  /** Timed runs at least (the issue asks for 7). */
  minRuns: number;
  /** Keep timing small inputs until this much time was spent, for a stable median. */
  minTotalMs: number;
  maxRuns: number;
  /** Warm-up runs at least, and until this much time was spent (JIT, caches). */
  minWarmups: number;
  minWarmupMs: number;
}

export const defaultTiming: TimingOptions = { minRuns: 7, minTotalMs: 1000, maxRuns: 200, minWarmups: 2, minWarmupMs: 300 };

const gc: (() => void) | undefined = (globalThis as { gc?: () => void }).gc;

/** Sorted copy. */
function sorted(xs: readonly number[]): number[] {
  return [...xs].sort((a, b) => a - b);
}

/** Nearest-rank percentile (p in 0..100). */
export function percentile(xs: readonly number[], p: number): number {
  if (xs.length === 0) return NaN;
  const s = sorted(xs);
  const rank = Math.ceil((p / 100) * s.length);
  return s[Math.min(s.length - 1, Math.max(0, rank - 1))];
}

export function median(xs: readonly number[]): number {
  if (xs.length === 0) return NaN;
  const s = sorted(xs);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

/**
 * Times several functions on the same input, interleaved: each round runs every function once,
 * in an order that rotates from round to round, so a burst of load from other processes on a
 * shared machine slows all of them alike and their ratios stay fair. Warm-up rounds come first.
 * Garbage is collected before each run (when node runs with --expose-gc) so one run's garbage
 * is not billed to the next; each run's own allocation and collection is part of its time.
 */
export function timeInterleaved<K extends string>(fns: Record<K, () => unknown>, opts: TimingOptions = defaultTiming): Record<K, Timing> {
  const keys = Object.keys(fns) as K[];
  const runs = Object.fromEntries(keys.map((k) => [k, [] as number[]])) as Record<K, number[]>;
  const cpuRuns = Object.fromEntries(keys.map((k) => [k, [] as number[]])) as Record<K, number[]>;
  const round = (r: number, record: boolean): number => {
    let spent = 0;
    for (let i = 0; i < keys.length; i++) {
      const k = keys[(r + i) % keys.length];
      gc?.();
      const c0 = process.cpuUsage();
      const t0 = performance.now();
      fns[k]();
      const ms = performance.now() - t0;
      const c = process.cpuUsage(c0);
      spent += ms;
      if (record) {
        runs[k].push(ms);
        cpuRuns[k].push((c.user + c.system) / 1000);
      }
    }
    return spent;
  };
  let warmups = 0;
  for (let spent = 0; warmups < opts.minWarmups || (spent < opts.minWarmupMs && warmups < opts.maxRuns); warmups++) spent += round(warmups, false);
  let rounds = 0;
  for (let total = 0; rounds < opts.minRuns || (total < opts.minTotalMs && rounds < opts.maxRuns); rounds++) total += round(rounds, true);
  return Object.fromEntries(
    keys.map((k) => [
      k,
      {
        runs: runs[k],
        median: median(runs[k]),
        min: Math.min(...runs[k]),
        cpuRuns: cpuRuns[k],
        cpuMedian: median(cpuRuns[k]),
        cpuMin: Math.min(...cpuRuns[k]),
        warmups,
      },
    ]),
  ) as Record<K, Timing>;
}
