// Checking many files: on a pool of threads sized to the machine (this thread works too), or one
// by one (one file, --jobs 1, too little text to repay a thread's start, or no worker bundle
// beside this one). Outcomes come back in input order.
import { existsSync, statSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { Worker } from 'node:worker_threads';
import { join } from 'node:path';
import { checkFile, type CheckSettings, type FileOutcome } from './check-file';
import type { CheckReply, CheckTask } from './check-worker';
import { Progress } from './progress';

/** dist/check-worker.js, beside dist/cli.js. */
const checkWorkerFile = join(__dirname, 'check-worker.js');

/**
 * Below this much text in all (and with the thread count left to us) the files are checked one
 * by one. Each thread pays about 0.2 s of CPU to start (loading the 1 MB bundle) and about 1 s
 * more warming the engine: its first ~100 reports check three times slower than later ones,
 * until V8 has optimised the hot code, and no thread can use another's optimised code. Measured
 * (docs/performance.md#folder-check): a second thread adds 1.3–1.8 s of CPU to a check of 6.4 s,
 * so it only pays off from a few MB of text (about 0.2 s per MB once warm).
 */
export const MIN_POOL_BYTES = 4_000_000;
/** Files per message: few messages, yet batches small enough to even out the threads at the end. */
const MAX_BATCH = 16;

/**
 * Threads for `jobs` and `files` files, counting this one. jobs 0 (the default): one per core
 * that other processes leave free (cores minus the last minute's load average, at least one;
 * Windows reports no load, so all cores). A second thread costs about a third more CPU in all
 * (see MIN_POOL_BYTES), so on a machine whose cores are all busy it only slows the check down.
 */
export function poolSize(jobs: number, files: number, cores = availableParallelism(), load = loadavg()[0]): number {
  const want = jobs > 0 ? jobs : Math.round(cores - load);
  return Math.max(1, Math.min(want, files));
}

/** Threads for a check: poolSize, and one by one by default when the files hold little text. */
export function threadsFor(jobs: number, files: string[], cores?: number, load?: number): number {
  const threads = poolSize(jobs, files.length, cores, load);
  return jobs === 0 && threads > 1 && totalBytes(files) < MIN_POOL_BYTES ? 1 : threads;
}

/** The files' total size (a file that cannot be read counts as empty: its check is quick). */
function totalBytes(files: string[]): number {
  let bytes = 0;
  for (const f of files) {
    try {
      bytes += statSync(f).size;
    } catch {
      // reported by the check itself
    }
  }
  return bytes;
}

export interface CheckFilesOptions {
  /** Threads: 0 = one per free core (one by one for little text), 1 = one by one on this thread. */
  jobs: number;
  /** The worker bundle (default: beside this one). */
  workerFile?: string;
  /** Asked between batches: true stops the check (the outcomes so far are returned). */
  shouldStop?: () => boolean;
  /** Files done so far (after the progress bar, which only a terminal shows). */
  onProgress?: (done: number, total: number) => void;
}

export async function checkFiles(files: string[], settings: CheckSettings, options: CheckFilesOptions): Promise<FileOutcome[]> {
  const progress = new Progress(files.length);
  let done = 0;
  const tick = (n: number): void => {
    progress.tick(n);
    done += n;
    options.onProgress?.(done, files.length);
  };
  const workerFile = options.workerFile ?? checkWorkerFile;
  const threads = threadsFor(options.jobs, files);
  const stop = options.shouldStop ?? (() => false);
  try {
    if (threads <= 1 || !existsSync(workerFile)) {
      const out: FileOutcome[] = [];
      for (const f of files) {
        if (stop()) break;
        out.push(checkFile(f, settings));
        tick(1);
        // Let a caller on this thread (the editor) see a cancellation between files.
        if (options.shouldStop) await nextTurn();
      }
      return out;
    }
    return await onPool(files, settings, threads, workerFile, tick, stop);
  } finally {
    progress.end();
  }
}

const nextTurn = (): Promise<void> => new Promise((r) => setImmediate(r));

/**
 * The files in batches on `threads` threads: this one and threads - 1 workers. This thread
 * checks a batch file by file, yielding between files so that the workers' answers are handled;
 * each worker has two batches in hand, so it never waits for this thread to send the next.
 * Batches are handed out in order and every batch handed out is finished, so a stop leaves a
 * prefix of the files checked.
 */
async function onPool(
  files: string[],
  settings: CheckSettings,
  threads: number,
  workerFile: string,
  tick: (n: number) => void,
  stop: () => boolean,
): Promise<FileOutcome[]> {
  const size = Math.max(1, Math.min(MAX_BATCH, Math.ceil(files.length / (threads * 8))));
  const batches: string[][] = [];
  for (let i = 0; i < files.length; i += size) batches.push(files.slice(i, i + size));
  const results: FileOutcome[][] = [];
  let next = 0;
  let closed = false;
  /** The next batch to check, or -1 when there is none or the check stops. */
  const take = (): number => {
    if (!closed && (next >= batches.length || stop())) closed = true;
    return closed ? -1 : next++;
  };

  const onThisThread = async (): Promise<void> => {
    for (let id = take(); id >= 0; id = take()) {
      const out: FileOutcome[] = [];
      for (const f of batches[id]) {
        out.push(checkFile(f, settings));
        tick(1);
        await nextTurn();
      }
      results[id] = out;
    }
  };

  const onWorker = (w: Worker): Promise<void> =>
    new Promise<void>((resolve, reject) => {
      let inHand = 0;
      const send = (): void => {
        const id = take();
        if (id < 0) return;
        inHand++;
        w.postMessage({ id, files: batches[id], settings } satisfies CheckTask);
      };
      w.on('message', (reply: CheckReply) => {
        results[reply.id] = reply.outcomes;
        tick(reply.outcomes.length);
        inHand--;
        send();
        if (inHand === 0) resolve();
      });
      w.on('error', (e) => {
        closed = true;
        reject(e);
      });
      send();
      send();
      if (inHand === 0) resolve();
    });

  const workers = Array.from({ length: threads - 1 }, () => new Worker(workerFile));
  try {
    await Promise.all([onThisThread(), ...workers.map(onWorker)]);
  } finally {
    closed = true;
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return results.slice(0, next).flat();
}
