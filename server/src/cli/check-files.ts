// Checking many files: on a pool of worker threads sized to the machine, or one by one
// (one file, --jobs 1, or no worker bundle beside this one). Outcomes come back in input order.
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { join } from 'node:path';
import { checkFile, type CheckSettings, type FileOutcome } from './check-file';
import type { CheckReply, CheckTask } from './check-worker';
import { Progress } from './progress';

/** dist/check-worker.js, beside dist/cli.js. */
const checkWorkerFile = join(__dirname, 'check-worker.js');

/** Threads for `jobs` (0 = one per core) and `files` files. */
function poolSize(jobs: number, files: number): number {
  const want = jobs > 0 ? jobs : availableParallelism();
  return Math.max(1, Math.min(want, files));
}

export interface CheckFilesOptions {
  /** Worker threads: 0 = one per core, 1 = one by one on this thread. */
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
  const threads = poolSize(options.jobs, files.length);
  const stop = options.shouldStop ?? (() => false);
  try {
    if (threads <= 1 || !existsSync(workerFile)) {
      const out: FileOutcome[] = [];
      for (const f of files) {
        if (stop()) break;
        out.push(checkFile(f, settings));
        tick(1);
        // Let a caller on this thread (the editor) see a cancellation between files.
        if (options.shouldStop) await new Promise((r) => setImmediate(r));
      }
      return out;
    }
    return await onPool(files, settings, threads, workerFile, tick, stop);
  } finally {
    progress.end();
  }
}

/**
 * The files in batches on `threads` worker threads: each thread gets the next batch when it
 * answers, so a few large files do not leave the others idle. One message per file would cost
 * more than a small report's check; batches of up to 32 files keep the messages few.
 */
function onPool(
  files: string[],
  settings: CheckSettings,
  threads: number,
  workerFile: string,
  tick: (n: number) => void,
  stop: () => boolean,
): Promise<FileOutcome[]> {
  const size = Math.max(1, Math.min(32, Math.ceil(files.length / (threads * 8))));
  const batches: string[][] = [];
  for (let i = 0; i < files.length; i += size) batches.push(files.slice(i, i + size));
  const results: FileOutcome[][] = new Array(batches.length);
  const workers: Worker[] = [];
  let next = 0;
  let answered = 0;
  return new Promise<FileOutcome[]>((resolve, reject) => {
    const stopAll = () => Promise.all(workers.map((w) => w.terminate()));
    let sent = batches.length;
    // Done when every batch sent has been answered and no more will be sent.
    const finishIfDone = (): void => {
      if (next >= sent && answered === next) void stopAll().then(() => resolve(results.slice(0, sent).flat()));
    };
    const feed = (w: Worker): void => {
      if (next < batches.length && stop()) sent = next; // no more batches: finish with those out
      if (next >= sent) return;
      const task: CheckTask = { id: next, files: batches[next], settings };
      next++;
      w.postMessage(task);
    };
    for (let t = 0; t < Math.min(threads, batches.length); t++) {
      const w = new Worker(workerFile);
      workers.push(w);
      w.on('message', (reply: CheckReply) => {
        results[reply.id] = reply.outcomes;
        tick(reply.outcomes.length);
        answered++;
        feed(w);
        finishIfDone();
      });
      w.on('error', (e) => void stopAll().then(() => reject(e)));
      feed(w);
    }
    finishIfDone(); // stopped before the first batch
  });
}
