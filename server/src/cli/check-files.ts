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
export const checkWorkerFile = join(__dirname, 'check-worker.js');

/** Threads for `jobs` (0 = one per core) and `files` files. */
export function poolSize(jobs: number, files: number): number {
  const want = jobs > 0 ? jobs : availableParallelism();
  return Math.max(1, Math.min(want, files));
}

export async function checkFiles(files: string[], settings: CheckSettings, jobs: number): Promise<FileOutcome[]> {
  const progress = new Progress(files.length);
  const threads = poolSize(jobs, files.length);
  try {
    if (threads <= 1 || !existsSync(checkWorkerFile)) {
      return files.map((f) => {
        const outcome = checkFile(f, settings);
        progress.tick();
        return outcome;
      });
    }
    return await onPool(files, settings, threads, progress);
  } finally {
    progress.end();
  }
}

/**
 * The files in batches on `threads` worker threads: each thread gets the next batch when it
 * answers, so a few large files do not leave the others idle. One message per file would cost
 * more than a small report's check; batches of up to 32 files keep the messages few.
 */
function onPool(files: string[], settings: CheckSettings, threads: number, progress: Progress): Promise<FileOutcome[]> {
  const size = Math.max(1, Math.min(32, Math.ceil(files.length / (threads * 8))));
  const batches: string[][] = [];
  for (let i = 0; i < files.length; i += size) batches.push(files.slice(i, i + size));
  const results: FileOutcome[][] = new Array(batches.length);
  const workers: Worker[] = [];
  let next = 0;
  let answered = 0;
  return new Promise<FileOutcome[]>((resolve, reject) => {
    const stopAll = () => Promise.all(workers.map((w) => w.terminate()));
    const feed = (w: Worker): void => {
      if (next >= batches.length) return;
      const task: CheckTask = { id: next, files: batches[next], settings };
      next++;
      w.postMessage(task);
    };
    for (let t = 0; t < Math.min(threads, batches.length); t++) {
      const w = new Worker(checkWorkerFile);
      workers.push(w);
      w.on('message', (reply: CheckReply) => {
        results[reply.id] = reply.outcomes;
        progress.tick(reply.outcomes.length);
        if (++answered === batches.length) void stopAll().then(() => resolve(results.flat()));
        else feed(w);
      });
      w.on('error', (e) => void stopAll().then(() => reject(e)));
      feed(w);
    }
  });
}
