// Timing off the main thread with a deadline (see timing-worker.ts), and the growth checks the
// linear-time suites share. Times are CPU times of the worker's process, so a loaded machine
// does not skew them. No absolute time is asserted: only how time grows with size and how it
// compares with plain text of the same length on the same machine, at the same moment.
import { Worker } from 'node:worker_threads';
import type { EngineConfig } from '../../server/src/engine';
import type { BuiltRegExp } from './regexp-recorder';

export type TimingRequest =
  /** Analyse a named hostile input (adversarial.ts) made `n` long, or the given text. */
  | { kind: 'analyze'; input: string | { text: string }; n: number; reps: number; config?: EngineConfig }
  /** Scan pumped strings (pumps.ts) of length n and SIZE_FACTOR × n with one regular expression. */
  | { kind: 'pump'; source: string; flags: string; n: number; only?: string[] }
  /** Analyse `texts` (to trigger lazily built patterns), then list the RegExps engine code built. */
  | { kind: 'collect'; texts: string[]; configs: EngineConfig[] };

export interface TimingResult {
  /** Best time over the repetitions. */
  ms: number;
  length: number;
  /** Rule errors, and broken invariants of the result (support.ts checkResult). */
  errors: string[];
}

export interface PumpResult {
  name: string;
  small: number;
  large: number;
}

export class TimingWorker {
  private worker: Worker | null = null;

  constructor(private readonly options: { recordRegExps?: boolean } = {}) {}

  private start(): Worker {
    // The worker loads the TypeScript sources through tsx, like the tests themselves.
    const script = `require(${JSON.stringify(require.resolve('tsx/cjs'))}); require(${JSON.stringify(require.resolve('./timing-worker.ts'))});`;
    this.worker = new Worker(script, { eval: true, workerData: { recordRegExps: this.options.recordRegExps ?? false } });
    this.worker.unref();
    return this.worker;
  }

  run(req: Extract<TimingRequest, { kind: 'analyze' }>, deadlineMs: number): Promise<TimingResult>;
  run(req: Extract<TimingRequest, { kind: 'pump' }>, deadlineMs: number): Promise<PumpResult[]>;
  run(req: Extract<TimingRequest, { kind: 'collect' }>, deadlineMs: number): Promise<BuiltRegExp[]>;
  /** Runs one request; rejects when the worker has not answered within `deadlineMs` (and restarts it). */
  run(req: TimingRequest, deadlineMs: number): Promise<unknown> {
    const worker = this.worker ?? this.start();
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        cleanup();
        void worker.terminate();
        this.worker = null;
        reject(new Error(`no answer within ${deadlineMs / 1000} s: a hang or super-linear work`));
      }, deadlineMs);
      const onMessage = (m: { ok: true; result: unknown } | { ok: false; error: string }): void => {
        cleanup();
        if (m.ok) resolve(m.result);
        else reject(new Error(m.error));
      };
      const onError = (e: Error): void => {
        cleanup();
        this.worker = null;
        reject(e);
      };
      const cleanup = (): void => {
        clearTimeout(timer);
        worker.off('message', onMessage);
        worker.off('error', onError);
      };
      worker.on('message', onMessage);
      worker.on('error', onError);
      worker.postMessage(req);
    });
  }

  async stop(): Promise<void> {
    await this.worker?.terminate();
    this.worker = null;
  }
}

/**
 * The deadline of a worker run used only to turn a hang into a failure, never to judge speed: far
 * above what any run takes even on a machine whose cores are all busy.
 */
export const HANG_GUARD_MS = 180_000;

export const pause = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Growth is measured over a fourfold size: linear work takes 4× the time, quadratic 16×. The
 * bound 8 leaves a factor 2 either way, for noise on one side and for a quadratic term on the other.
 */
export const SIZE_FACTOR = 4;
export const MAX_GROWTH_RATIO = 8;
/** Largest allowed time(hostile) / time(plain prose of the same length). */
export const MAX_PLAIN_RATIO = 20;
/**
 * Below this many milliseconds at the larger size a ratio is noise, not signal: a super-linear
 * pattern on the 20,000-unit pumps takes far longer (a quadratic one, hundreds of ms).
 */
export const NOISE_FLOOR_MS = 1;

export interface Growth {
  /** Time at n. */
  small: number;
  /** Time at SIZE_FACTOR × n. */
  large: number;
  /** large / small */
  ratio: number;
  /** The baseline at the large size, measured in the same attempt (0 when there is none). */
  baseline: number;
}

/**
 * Measures at n and SIZE_FACTOR × n (and the baseline at the large size, in the same attempt)
 * and, while the check fails, measures again a few times after a pause, with more repetitions:
 * each time is the best seen so far, so noise (GC, other processes) fades out while a real
 * super-linear cost fails every attempt.
 */
export async function growth(
  measure: (n: number, reps: number) => Promise<number>,
  n: number,
  ok: (g: Growth) => boolean,
  baseline?: (n: number, reps: number) => Promise<number>,
  attempts = 4,
): Promise<Growth> {
  let small = Infinity;
  let large = Infinity;
  let base = Infinity;
  let g: Growth = { small, large, ratio: Infinity, baseline: 0 };
  for (let a = 0; a < attempts; a++) {
    // A pause before a retry, so a burst of load from another process does not spoil every attempt.
    if (a > 0) await pause(250 * a);
    const reps = a === 0 ? 1 : 3;
    small = Math.min(small, await measure(n, reps));
    large = Math.min(large, await measure(SIZE_FACTOR * n, reps));
    base = baseline ? Math.min(base, await baseline(SIZE_FACTOR * n, reps)) : 0;
    g = { small, large, ratio: large / Math.max(small, 1e-3), baseline: base };
    if (ok(g)) return g;
  }
  return g;
}
