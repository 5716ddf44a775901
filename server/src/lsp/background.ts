// Analyses of large documents on a worker thread (dist/analysis-worker.js), so the server's
// thread stays free to answer the writer while a long analysis runs. One worker serves every
// large document (its compiled code stays warm; it keeps a memo per document). A run that a
// newer version makes useless is stopped: the server sets the run's shared stop flag, the engine
// sees it at its next checkpoint and unwinds, keeping the work done in the memo. A worker that
// does not let go in time (stuck between checkpoints) is terminated and replaced. What it keeps
// per document (the run the document waits for, which worker has its memo) lives in the
// document's own state (WorkerSlot, held by DocumentState); here only the runs by number.
import { existsSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import type { EngineConfig } from '../engine';
import { computeLineStarts } from '../engine/positions';
import { errorText } from './error-text';
import type { OutlineResult } from './outline-result';
import type { AnalyseReply, AnalyseRequest, WorkerRequest } from './worker-protocol';

export type BackgroundOutcome =
  | { kind: 'done'; result: OutlineResult }
  /** Stopped: a newer version, a config change or closing the document made it useless. */
  | { kind: 'cancelled' }
  | { kind: 'failed'; error: string };

/** What the background keeps for one document; its DocumentState holds it. */
export interface WorkerSlot {
  readonly uri: string;
  /** The run the document is waiting for. */
  run: BackgroundRun | undefined;
  /** The worker that has a memo for the document (a replaced worker's memos are gone). */
  memoIn: Worker | undefined;
}

export interface BackgroundRun {
  seq: number;
  slot: WorkerSlot;
  version: number;
  /** The inputs besides the text (Analyser's inputKey): a run is joined only with the same. */
  key: string;
  text: string;
  config: EngineConfig;
  /** Shared with the worker: 1 = stop. */
  stop: Int32Array;
  promise: Promise<BackgroundOutcome>;
  settle(outcome: BackgroundOutcome): void;
}

export interface BackgroundOptions {
  /** dist/analysis-worker.js, or a test's stand-in. */
  workerFile: string;
  log(message: string): void;
  /** Called when a run starts; the function it returns is called when the run ends. */
  started?(uri: string, text: string): () => void;
  /** How long the worker may take to let go of a stopped run before it is replaced. */
  stopGraceMs?: number;
}

const defaultStopGraceMs = 2000;

/** A slot for a document that has none yet. */
export function workerSlot(uri: string): WorkerSlot {
  return { uri, run: undefined, memoIn: undefined };
}

export class BackgroundAnalyses {
  private worker: Worker | undefined;
  private usable: boolean;
  private seq = 0;
  /** Runs sent to the worker and not answered yet (stopped ones too, until it lets go of them). */
  private readonly posted = new Map<number, BackgroundRun>();
  /** Armed while the worker owes the reply to a stopped run. */
  private watchdog: { seq: number; timer: NodeJS.Timeout } | undefined;

  constructor(private readonly options: BackgroundOptions) {
    this.usable = existsSync(options.workerFile);
    if (!this.usable) options.log(`report-lint: ${options.workerFile} not found; large documents are analysed on the server's thread`);
  }

  /** False when the worker cannot be started: the caller analyses on its own thread instead. */
  get available(): boolean {
    return this.usable;
  }

  /** Live worker threads (0 or 1). */
  get workers(): number {
    return this.worker ? 1 : 0;
  }

  /**
   * Analyses this version of the document on the worker. A run for the same version and inputs
   * (`key`) is joined; any other run of the document is stopped first (the newest version, or
   * the newest config, wins).
   */
  analyse(slot: WorkerSlot, version: number, key: string, text: string, config: EngineConfig): Promise<BackgroundOutcome> {
    const existing = slot.run;
    // The text too: a client may send the same version number twice with different text.
    if (existing?.version === version && existing.key === key && existing.text === text) return existing.promise;
    if (existing) this.cancelRun(existing, existing.version === version ? 'its settings or config changed' : `version ${version} arrived`);
    if (!this.spawn()) return Promise.resolve({ kind: 'failed', error: 'no analysis worker' });
    let resolve!: (outcome: BackgroundOutcome) => void;
    const promise = new Promise<BackgroundOutcome>((r) => (resolve = r));
    const done = this.options.started?.(slot.uri, text);
    let settled = false;
    const run: BackgroundRun = {
      seq: 0,
      slot,
      version,
      key,
      text,
      config,
      stop: new Int32Array(new SharedArrayBuffer(4)),
      promise,
      settle: (outcome) => {
        if (settled) return;
        settled = true;
        if (slot.run === run) slot.run = undefined;
        done?.();
        resolve(outcome);
      },
    };
    slot.run = run;
    this.post(run);
    return promise;
  }

  /** Stops the document's run, if any. */
  cancel(slot: WorkerSlot, why: string): void {
    if (slot.run) this.cancelRun(slot.run, why);
  }

  /** The document was closed or is small now: stop its run and drop its memo. */
  forget(slot: WorkerSlot): void {
    const worker = slot.memoIn;
    if (!worker) return;
    slot.memoIn = undefined;
    this.cancel(slot, 'the document was closed or is no longer large');
    if (worker === this.worker) worker.postMessage({ kind: 'forget', uri: slot.uri } satisfies WorkerRequest);
  }

  dispose(): void {
    const worker = this.worker;
    const wanted = this.wanted();
    this.dropWorker();
    void worker?.terminate();
    for (const run of wanted) run.settle({ kind: 'cancelled' });
  }

  /** The runs posted that their documents still wait for. */
  private wanted(): BackgroundRun[] {
    return [...this.posted.values()].filter((run) => run.slot.run === run);
  }

  private post(run: BackgroundRun): void {
    run.seq = ++this.seq;
    this.posted.set(run.seq, run);
    run.slot.memoIn = this.worker;
    try {
      this.worker!.postMessage({
        kind: 'analyse',
        seq: run.seq,
        uri: run.slot.uri,
        text: run.text,
        config: run.config,
        stop: run.stop.buffer as SharedArrayBuffer,
      } satisfies AnalyseRequest);
    } catch (e) {
      // A config that cannot be cloned (it should always be plain data) fails this run only.
      this.posted.delete(run.seq);
      run.settle({ kind: 'failed', error: errorText(e) });
    }
  }

  private cancelRun(run: BackgroundRun, why: string): void {
    this.options.log(`report-lint: stopped the analysis of ${run.slot.uri} version ${run.version}: ${why}`);
    Atomics.store(run.stop, 0, 1);
    run.settle({ kind: 'cancelled' });
    this.armWatchdog();
  }

  /** Watches the oldest stopped run the worker still owes a reply for, if any. */
  private armWatchdog(): void {
    if (this.watchdog) return;
    const owed = [...this.posted.values()].find((r) => Atomics.load(r.stop, 0) !== 0);
    if (!owed) return;
    const grace = this.options.stopGraceMs ?? defaultStopGraceMs;
    const timer = setTimeout(() => this.replace(grace), grace);
    timer.unref();
    this.watchdog = { seq: owed.seq, timer };
  }

  private onReply(reply: AnalyseReply): void {
    const run = this.posted.get(reply.seq);
    this.posted.delete(reply.seq);
    if (this.watchdog && reply.seq >= this.watchdog.seq) {
      clearTimeout(this.watchdog.timer);
      this.watchdog = undefined;
      this.armWatchdog();
    }
    if (!run || run.slot.run !== run) return;
    if ('result' in reply) {
      // The worker leaves the text and its line starts out of its reply (worker-protocol.ts).
      const { result } = reply;
      run.settle({ kind: 'done', result: { ...result, document: { ...result.document, text: run.text, lineStarts: computeLineStarts(run.text) } } });
    } else if ('error' in reply) run.settle({ kind: 'failed', error: reply.error });
    else run.settle({ kind: 'cancelled' });
  }

  /** The worker did not let go of a stopped run: a new worker takes over the runs still wanted. */
  private replace(grace: number): void {
    this.options.log(`report-lint: the analysis worker did not stop within ${grace} ms; starting a new one`);
    const worker = this.worker;
    const wanted = this.wanted();
    this.dropWorker();
    void worker?.terminate();
    for (const run of wanted) {
      if (this.spawn()) this.post(run);
      else run.settle({ kind: 'failed', error: 'no analysis worker' });
    }
  }

  /** Forgets the worker and what was sent to it (the memos go with it). */
  private dropWorker(): void {
    this.worker = undefined;
    this.posted.clear();
    if (this.watchdog) clearTimeout(this.watchdog.timer);
    this.watchdog = undefined;
  }

  /** The worker, started if need be; undefined if it cannot be. */
  private spawn(): Worker | undefined {
    if (this.worker || !this.usable) return this.worker;
    let worker: Worker;
    try {
      worker = new Worker(this.options.workerFile);
    } catch (e) {
      this.usable = false;
      this.options.log(`report-lint: cannot start the analysis worker (${errorText(e)}); large documents are analysed on the server's thread`);
      return undefined;
    }
    // The server's connection keeps the process alive; an idle worker must not.
    worker.unref();
    const died = (error: string) => {
      if (this.worker !== worker) return;
      this.options.log(`report-lint: ${error}`);
      const wanted = this.wanted();
      this.dropWorker();
      void worker.terminate();
      for (const run of wanted) run.settle({ kind: 'failed', error });
    };
    worker.on('message', (reply: AnalyseReply) => {
      if (this.worker === worker) this.onReply(reply);
    });
    worker.on('error', (e) => died(`analysis worker failed: ${errorText(e)}`));
    worker.on('exit', (code) => died(`analysis worker exited with code ${code}`));
    this.worker = worker;
    return worker;
  }
}
