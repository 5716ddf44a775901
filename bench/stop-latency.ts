// How soon the analysis worker lets go of a run the server no longer wants: an analysis of a
// report is started on dist/analysis-worker.js, its stop flag is set at a random moment within
// the time a whole run takes, and the time until the worker replies "stopped" is measured (each
// trial on a new URI, so nothing comes from the memo; the worker's code stays warm).
import { performance } from 'node:perf_hooks';
import { Worker } from 'node:worker_threads';
import type { AnalyseReply, AnalyseRequest } from '../server/src/lsp/worker-protocol';
import { createRng } from './prng';
import { percentile } from './stats';

export interface StopLatency {
  trials: number;
  /** Of the trials, how many the worker finished before it saw the flag. */
  finished: number;
  /** One whole run (warm code, empty memo), ms: the flag is set within it. */
  runMs: number;
  p50: number;
  p95: number;
  max: number;
}

export async function stopLatency(workerFile: string, text: string, trials = 20, seed = 2022): Promise<StopLatency> {
  const worker = new Worker(workerFile);
  const replies = new Map<number, (r: AnalyseReply) => void>();
  worker.on('message', (r: AnalyseReply) => replies.get(r.seq)?.(r));
  const rng = createRng(seed);
  const waits: number[] = [];
  let finished = 0;
  let runMs = 0;
  try {
    // Runs that warm the worker's compiled code, as in a server that has been running; the
    // last gives the length of a whole run.
    for (let w = 4; w >= 1; w--) {
      const t0 = performance.now();
      await run(-w, new SharedArrayBuffer(4));
      runMs = performance.now() - t0;
    }
    for (let i = 1; i <= trials; i++) {
      const stop = new SharedArrayBuffer(4);
      const reply = run(i, stop);
      await new Promise((r) => setTimeout(r, rng.int(0, Math.floor(runMs * 0.8))));
      const t = performance.now();
      Atomics.store(new Int32Array(stop), 0, 1);
      const r = await reply;
      if ('stopped' in r) waits.push(performance.now() - t);
      else finished++;
    }
  } finally {
    await worker.terminate();
  }
  return { trials, finished, runMs, p50: percentile(waits, 50), p95: percentile(waits, 95), max: Math.max(...waits) };

  function run(seq: number, stop: SharedArrayBuffer): Promise<AnalyseReply> {
    return new Promise((resolve) => {
      replies.set(seq, resolve);
      worker.postMessage({ kind: 'analyse', seq, uri: `file:///bench/stop-${seq}.md`, text, config: {}, stop } satisfies AnalyseRequest);
    });
  }
}
