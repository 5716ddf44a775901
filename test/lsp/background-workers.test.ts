// The worker threads behind background analysis (server/src/lsp/background.ts and
// analysis-worker.ts), driven directly: results, joining, stopping, and workers that misbehave.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { analyze } from '../../server/src/engine';
import { BackgroundAnalyses, workerSlot, type BackgroundOutcome, type WorkerSlot } from '../../server/src/lsp/background';
import type { AnalyseReply, AnalyseRequest } from '../../server/src/lsp/worker-protocol';
import { repeatedSample, requireBuilt, root, sampleText, workerBundle } from '../helpers/paths';

const fixtures = join(root, 'test', 'fixtures', 'workers');
const uri = 'file:///tmp/report.md';

function findings(o: BackgroundOutcome) {
  assert.equal(o.kind, 'done', JSON.stringify(o).slice(0, 300));
  return o.kind === 'done' ? o.result.findings.map((f) => [f.rule, f.span.start, f.span.end]) : [];
}

const freshFindings = (text: string) => analyze(text).findings.map((f) => [f.rule, f.span.start, f.span.end]);

describe('background analyses on worker threads', function () {
  this.timeout(300_000);
  let logs: string[];
  let runs: { started: number; ended: number };
  let bg: BackgroundAnalyses;
  /** The document's slot, as its DocumentState holds it in the server. */
  let doc: WorkerSlot;

  const make = (workerFile = workerBundle, stopGraceMs?: number) =>
    new BackgroundAnalyses({
      workerFile,
      stopGraceMs,
      log: (m) => logs.push(m),
      started: () => {
        runs.started++;
        return () => runs.ended++;
      },
    });

  before(requireBuilt);
  beforeEach(() => {
    doc = workerSlot(uri);
    logs = [];
    runs = { started: 0, ended: 0 };
  });
  afterEach(() => bg.dispose());

  it('gives the engine’s result, with the document text put back', async () => {
    bg = make();
    const o = await bg.analyse(doc, 1, 'inputs', sampleText, {});
    assert.deepEqual(findings(o), freshFindings(sampleText));
    assert.equal(o.kind === 'done' && o.result.document.text, sampleText);
    assert.equal(o.kind === 'done' && o.result.document.lineStarts.length, analyze(sampleText).document.lineStarts.length);
    assert.deepEqual(runs, { started: 1, ended: 1 });
    assert.equal(bg.workers, 1);
  });

  it('two asks for the same version share one run', async () => {
    bg = make();
    const a = bg.analyse(doc, 1, 'inputs', sampleText, {});
    const b = bg.analyse(doc, 1, 'inputs', sampleText, {});
    assert.equal(a, b);
    await a;
    assert.deepEqual(runs, { started: 1, ended: 1 });
  });

  it('a newer version stops the older run; the worker stays for the next', async () => {
    bg = make();
    const text = repeatedSample(1_000_000);
    const old = bg.analyse(doc, 1, 'inputs', text, {});
    const edited = text.replace('*', '5');
    const next = bg.analyse(doc, 2, 'inputs', edited, {});
    assert.deepEqual(await old, { kind: 'cancelled' });
    assert.deepEqual(findings(await next), freshFindings(edited));
    assert.ok(logs.some((m) => m.includes(`stopped the analysis of ${uri} version 1: version 2 arrived`)), logs.join('\n'));
    assert.equal(bg.workers, 1);
    assert.deepEqual(runs, { started: 2, ended: 2 });
  });

  it('the same version with other inputs (a config change) stops the run with the old ones', async () => {
    bg = make();
    const text = repeatedSample(1_000_000);
    const old = bg.analyse(doc, 1, 'config A', text, {});
    const quiet = { rules: { placeholder: 'off' as const } };
    const next = bg.analyse(doc, 1, 'config B', text, quiet);
    assert.deepEqual(await old, { kind: 'cancelled' });
    const o = await next;
    assert.deepEqual(findings(o), analyze(text, { config: quiet }).findings.map((f) => [f.rule, f.span.start, f.span.end]));
    assert.ok(logs.some((m) => m.includes(`stopped the analysis of ${uri} version 1: its settings or config changed`)), logs.join('\n'));
  });

  it('cancel() and forget() stop the run; the worker stays', async () => {
    bg = make();
    const run = bg.analyse(doc, 1, 'inputs', repeatedSample(500_000), {});
    bg.cancel(doc, 'test');
    assert.deepEqual(await run, { kind: 'cancelled' });
    assert.equal(bg.workers, 1);
    assert.deepEqual(findings(await bg.analyse(doc, 2, 'inputs', sampleText, {})), freshFindings(sampleText));
    const pending = bg.analyse(doc, 3, 'inputs', repeatedSample(500_000), {});
    bg.forget(doc);
    assert.deepEqual(await pending, { kind: 'cancelled' });
    assert.equal(bg.workers, 1);
    assert.deepEqual(findings(await bg.analyse(doc, 4, 'inputs', sampleText, {})), freshFindings(sampleText));
    assert.equal(runs.started, runs.ended);
  });

  it('one worker for every document, runs of different documents do not stop each other', async () => {
    bg = make();
    const [a, b] = await Promise.all([bg.analyse(workerSlot('file:///a.md'), 1, 'inputs', sampleText, {}), bg.analyse(workerSlot('file:///b.md'), 1, 'inputs', sampleText + '\n', {})]);
    assert.deepEqual(findings(a), freshFindings(sampleText));
    assert.deepEqual(findings(b), freshFindings(sampleText + '\n'));
    assert.equal(bg.workers, 1);
  });

  it('the worker stops a run whose stop flag is set and replies "stopped"; the next run is complete', async () => {
    bg = make(); // only for afterEach
    // The real worker bundle behind a gate (fixtures/workers/gated.js): run 1 pauses at its 6th
    // look at the stop flag — after the parse and a few rules, mid-run — until the test has set
    // the flag, so the stop lands mid-run on any machine, however loaded.
    const worker = new Worker(join(fixtures, 'gated.js'), { workerData: { bundle: workerBundle, gateAt: 6 } });
    try {
      const replies: AnalyseReply[] = [];
      const waiters: (() => void)[] = [];
      worker.on('message', (r: AnalyseReply) => {
        replies.push(r);
        waiters.splice(0).forEach((w) => w());
      });
      const got = async (n: number): Promise<void> => {
        while (replies.length < n) await new Promise<void>((resolve) => waiters.push(resolve));
      };
      const text = repeatedSample(300_000);
      const first = new SharedArrayBuffer(8);
      const flag = new Int32Array(first);
      worker.postMessage({ kind: 'analyse', seq: 1, uri, text, config: {}, stop: first } satisfies AnalyseRequest);
      // Atomics.waitAsync (Node ≥ 16) is missing from the TypeScript lib this project targets.
      const waitAsync = (Atomics as unknown as { waitAsync(a: Int32Array, i: number, v: number): { async: boolean; value: Promise<string> | string } }).waitAsync;
      const paused = waitAsync(flag, 1, 0);
      if (paused.async) await paused.value;
      assert.equal(replies.length, 0, 'run 1 is paused mid-run, not finished');
      Atomics.store(flag, 0, 1);
      Atomics.store(flag, 1, 2);
      Atomics.notify(flag, 1);
      worker.postMessage({ kind: 'analyse', seq: 2, uri, text, config: {}, stop: new SharedArrayBuffer(8) } satisfies AnalyseRequest);
      await got(2);
      assert.deepEqual(replies[0], { seq: 1, stopped: true });
      const second = replies[1];
      assert.equal(second.seq, 2);
      assert.ok('result' in second);
      assert.ok(!('text' in second.result.document), 'the text is left out of the reply');
      assert.ok(!('paragraphs' in second.result.document) && !('prose' in second.result.document), 'and so are paragraphs and prose');
      assert.deepEqual(
        second.result.findings.map((f) => [f.rule, f.span.start, f.span.end]),
        freshFindings(text),
      );
    } finally {
      await worker.terminate();
    }
  });

  it('a worker that does not let go of a stopped run is replaced, and the current run completes', async () => {
    bg = make(join(fixtures, 'stubborn.js'), 200);
    const stuck = bg.analyse(doc, 1, 'inputs', 'hang', {});
    const next = bg.analyse(doc, 2, 'inputs', 'fine', {});
    assert.deepEqual(await stuck, { kind: 'cancelled' });
    const o = await next;
    assert.equal(o.kind, 'done');
    assert.ok(logs.some((m) => m.includes('did not stop within 200 ms; starting a new one')), logs.join('\n'));
    assert.equal(bg.workers, 1);
  });

  it('a worker that crashes fails its run with the reason; the next run gets a new worker', async () => {
    bg = make(join(fixtures, 'crashing.js'));
    const o = await bg.analyse(doc, 1, 'inputs', sampleText, {});
    assert.equal(o.kind, 'failed');
    assert.match(o.kind === 'failed' ? o.error : '', /worker crashed on purpose/);
    assert.equal(bg.workers, 0);
    const again = await bg.analyse(doc, 2, 'inputs', sampleText, {});
    assert.equal(again.kind, 'failed');
    assert.equal(runs.started, runs.ended);
  });

  it('without a worker file: not available, said once, and runs fail instead of hanging', async () => {
    bg = make(join(fixtures, 'no-such-worker.js'));
    assert.equal(bg.available, false);
    assert.equal(logs.filter((m) => m.includes('no-such-worker.js not found')).length, 1);
    assert.deepEqual(await bg.analyse(doc, 1, 'inputs', sampleText, {}), { kind: 'failed', error: 'no analysis worker' });
  });
});
