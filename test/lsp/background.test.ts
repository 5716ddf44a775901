// Large documents are analysed on a worker thread: the server answers other requests meanwhile,
// and an edit that arrives during a long analysis stops it, so the newest version wins.
import assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyze } from '../../server/src/engine';
import { LspTestClient, type StartOptions } from '../helpers/lsp-client';
import { cliBin, repeatedSample, requireBuilt, sampleText, serverBundle } from '../helpers/paths';

const big = 'file:///tmp/report-lint-test/%E5%A4%A7%E6%8A%A5%E5%91%8A.md'; // 大报告.md
const small = 'file:///tmp/report-lint-test/small.md';

/** [rule, start offset, end offset] of each diagnostic, to compare with a fresh analysis. */
function spans(client: LspTestClient, uri: string, diagnostics: { code?: unknown; range: { start: unknown; end: unknown } }[]) {
  const doc = client.doc(uri);
  return diagnostics.map((d) => [d.code, doc.offsetAt(d.range.start as never), doc.offsetAt(d.range.end as never)]);
}

function fresh(text: string) {
  return analyze(text).findings.map((f) => [f.rule, f.span.start, f.span.end]);
}

/** Replaces the first `*` of the document with a digit (fills one placeholder). */
async function fillOne(client: LspTestClient, uri: string, digit = '5'): Promise<number> {
  const at = client.text(uri).indexOf('*');
  const start = client.doc(uri).positionAt(at);
  return client.change(uri, [{ range: { start, end: { line: start.line, character: start.character + 1 } }, text: digit }]);
}

describe('language server: large documents analysed in the background', function () {
  this.timeout(300_000);
  let client: LspTestClient;
  before(requireBuilt);
  afterEach(() => client.stopCleanly());

  const start = (opts: StartOptions = {}) =>
    LspTestClient.start({ workDoneProgress: true, initializationOptions: { reportLint: { debounceMs: 0 } }, ...opts });

  it('reports progress while it analyses a 2 MB report, and answers for another document meanwhile', async () => {
    client = await start();
    const text = repeatedSample(2_000_000);
    await client.open(big, text);
    const begin = await client.progress.wait((p) => p.value.kind === 'begin', 'progress begin', 20_000);
    assert.equal(begin.value.title, '报告检查');
    assert.match(begin.value.message ?? '', /^正在检查 大报告\.md（2\.0 MB）…$/);

    // The server's own thread is free: a small document opened now is analysed and answered first.
    await client.open(small, sampleText);
    const smallDiagnostics = await client.waitForDiagnostics(small, 1, 20_000);
    assert.deepEqual(spans(client, small, smallDiagnostics.diagnostics), fresh(sampleText));
    const folds = await client.foldingRanges(small);
    assert.ok(folds.length >= 3, `the sample's three parts fold: ${JSON.stringify(folds)}`);
    assert.equal(
      client.diagnostics.all.some((p) => p.uri === big),
      false,
      'the large document is still being analysed while the small one was answered',
    );
    assert.equal(client.progress.all.filter((p) => p.token === begin.token && p.value.kind === 'end').length, 0, 'its progress has not ended');

    const published = await client.waitForDiagnostics(big, 1, 30_000);
    assert.deepEqual(spans(client, big, published.diagnostics), fresh(text));
    await client.progress.wait((p) => p.token === begin.token && p.value.kind === 'end', 'progress end', 5_000);
    // The same, one-way, for the client's own status: began with the message, ended before the
    // result's status; the small document, analysed on the server's thread, has none.
    assert.deepEqual(client.checking.all, [
      { uri: big, checking: true, message: '正在检查 大报告.md（2.0 MB）…' },
      { uri: big, checking: false },
    ]);
  });

  it('an edit during a long analysis stops it: the old version is never published, the new one is', async () => {
    client = await start();
    await client.open(big, repeatedSample(2_000_000));
    await client.progress.wait((p) => p.value.kind === 'begin', 'progress begin', 20_000);
    const v2 = await fillOne(client, big);
    await client.logs.wait((m) => /stopped the analysis of .* version 1: a newer version arrived/.test(m), 'the stop logged', 20_000);
    const published = await client.waitForDiagnostics(big, v2, 30_000);
    assert.deepEqual(spans(client, big, published.diagnostics), fresh(client.text(big)));
    await new Promise((r) => setTimeout(r, 300));
    const versions = client.diagnostics.all.filter((p) => p.uri === big).map((p) => p.version);
    assert.deepEqual(versions, [v2], 'only the newest version is published');
    // Every progress that began has ended.
    const begun = client.progress.all.filter((p) => p.value.kind === 'begin').map((p) => p.token);
    const ended = client.progress.all.filter((p) => p.value.kind === 'end').map((p) => p.token);
    assert.deepEqual([...ended].sort(), [...begun].sort());
    // The stopped run's "checking" ended before the next one's began: the client never shows a stale one.
    assert.deepEqual(client.checking.all.map((p) => p.checking), [true, false, true, false]);
  });

  it('edits typed after the first analysis: each version analysed again, equal to a fresh analysis', async () => {
    client = await start();
    await client.open(big, repeatedSample(1_000_000));
    await client.waitForDiagnostics(big, 1, 30_000);
    for (let i = 0; i < 5; i++) {
      const v = await fillOne(client, big, String(i));
      const published = await client.waitForDiagnostics(big, v, 30_000);
      assert.deepEqual(spans(client, big, published.diagnostics), fresh(client.text(big)), `version ${v}`);
    }
  });

  it('random edits at random moments to a 1 MB report: every publish equals a fresh analysis of its version', async () => {
    client = await start();
    await client.open(big, repeatedSample(1_000_000));
    await client.waitForDiagnostics(big, 1, 30_000);
    // mulberry32, seeded: the same sequence every run.
    let seed = 20221127;
    const random = () => {
      seed = (seed + 0x6d2b79f5) | 0;
      let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
    const texts = new Map<number, string>([[1, client.text(big)]]);
    const from = client.diagnostics.all.length;
    let version = 1;
    for (let i = 0; i < 40; i++) {
      const doc = client.doc(big);
      const at = Math.floor(random() * doc.getText().length);
      const start = doc.positionAt(at);
      // Digits, a placeholder star, a line break or a deletion: figures, placeholders and structure change.
      const insert = ['7', '*', '\n', '一、', ''][Math.floor(random() * 5)];
      const end = insert === '' ? doc.positionAt(at + 1) : start;
      version = await client.change(big, [{ range: { start, end }, text: insert }]);
      texts.set(version, client.text(big));
      // Sometimes at once, sometimes mid-analysis, sometimes after it.
      await new Promise((r) => setTimeout(r, Math.floor(random() * 3) * Math.floor(random() * 150)));
    }
    await client.waitForDiagnostics(big, version, 30_000);
    const published = client.diagnostics.all.slice(from).filter((p) => p.uri === big);
    const stops = client.logs.all.filter((m) => m.includes('stopped the analysis')).length;
    // Recorded for the reliability notes (docs/reliability-server.md).
    console.log(`      40 edits: ${published.length} publishes, ${stops} analyses stopped by a newer version`);
    assert.ok(stops > 0, 'some analyses were stopped mid-way');
    for (const p of published) {
      const text = texts.get(p.version!)!;
      const doc = TextDocument.create(big, 'markdown', p.version!, text);
      assert.deepEqual(
        p.diagnostics.map((d) => [d.code, doc.offsetAt(d.range.start), doc.offsetAt(d.range.end)]),
        fresh(text),
        `the publish for version ${p.version}`,
      );
    }
  });

  it('a settings change that changes nothing neither stops nor repeats the analysis; a real one does', async () => {
    client = await start({ configuration: { debounceMs: 0 } });
    const text = repeatedSample(2_000_000);
    await client.open(big, text);
    await client.progress.wait((p) => p.value.kind === 'begin', 'progress begin', 20_000);
    // What VS Code sends after every start: the same settings again.
    await client.changeConfiguration({ debounceMs: 0 });
    const first = await client.waitForDiagnostics(big, 1, 30_000);
    assert.deepEqual(spans(client, big, first.diagnostics), fresh(text));
    await new Promise((r) => setTimeout(r, 500));
    assert.equal(client.logs.all.filter((m) => m.includes('stopped the analysis')).length, 0, client.logs.all.join('\n'));
    assert.equal(client.progress.all.filter((p) => p.value.kind === 'begin').length, 1, 'one run only');

    const from = client.diagnostics.all.length;
    await client.changeConfiguration({ debounceMs: 0, rules: { placeholder: 'off' } });
    const quiet = await client.waitForPublish(big, (p) => !p.diagnostics.some((d) => d.code === 'placeholder'), 'diagnostics without placeholders', from, 30_000);
    assert.equal(quiet.version, 1);
    assert.deepEqual(
      spans(client, big, quiet.diagnostics),
      analyze(text, { config: { rules: { placeholder: 'off' } } }).findings.map((f) => [f.rule, f.span.start, f.span.end]),
    );
  });

  it('a request that arrives before the settings (other inputs) joins the analysis instead of stopping it', async () => {
    // The client's settings (fetched by the analysis) differ from what the server knows before
    // fetching them (the defaults, used by requests): two runs of one version with other inputs.
    client = await start({ configuration: { debounceMs: 0, rules: { placeholder: 'hint' } } });
    const text = repeatedSample(1_000_000);
    await client.open(big, text);
    const symbols = client.documentSymbols(big);
    const published = await client.waitForDiagnostics(big, 1, 30_000);
    assert.ok((await symbols).length > 0);
    const placeholders = published.diagnostics.filter((d) => d.code === 'placeholder');
    assert.ok(placeholders.length > 0 && placeholders.every((d) => d.severity === 4), 'the client’s settings apply (placeholder: hint)');
  });

  it('a request for a version being analysed waits for that analysis (or a newer one) and answers from it', async () => {
    client = await start();
    await client.open(big, repeatedSample(1_000_000));
    await client.progress.wait((p) => p.value.kind === 'begin', 'progress begin', 20_000);
    const symbols = client.documentSymbols(big);
    await fillOne(client, big);
    const answer = await symbols;
    assert.ok(answer.length > 0, 'the outline of the report');
    assert.equal(answer[0].name, '一、主要做法和取得成效');
  });

  it('closing the document during its analysis publishes nothing more for it', async () => {
    client = await start();
    await client.open(big, repeatedSample(2_000_000));
    await client.progress.wait((p) => p.value.kind === 'begin', 'progress begin', 20_000);
    await client.close(big);
    await client.waitForPublish(big, (p) => p.diagnostics.length === 0, 'the clear on close', 0, 10_000);
    await new Promise((r) => setTimeout(r, 1500));
    assert.deepEqual(
      client.diagnostics.all.filter((p) => p.uri === big).map((p) => p.diagnostics.length),
      [0],
      'only the clear',
    );
  });

  it('`report-lint --stdio` (the CLI’s bin, as Neovim and Emacs start it) uses the worker too', async () => {
    client = await start({ args: [cliBin, '--stdio'] });
    const text = repeatedSample(1_000_000);
    await client.open(big, text);
    await client.progress.wait((p) => p.value.kind === 'begin', 'progress begin', 20_000);
    const published = await client.waitForDiagnostics(big, 1, 30_000);
    assert.deepEqual(spans(client, big, published.diagnostics), fresh(text));
    assert.ok(!client.logs.all.some((m) => /not found/.test(m)), client.logs.all.join('\n'));
  });

  it('backgroundAnalysisChars 0: the same result, analysed on the server’s thread, no progress', async () => {
    client = await start({ initializationOptions: { reportLint: { debounceMs: 0 }, backgroundAnalysisChars: 0 } });
    const text = repeatedSample(1_000_000);
    await client.open(big, text);
    const published = await client.waitForDiagnostics(big, 1, 30_000);
    assert.deepEqual(spans(client, big, published.diagnostics), fresh(text));
    assert.equal(client.progress.all.length, 0);
  });

  it('a server without its worker bundle says so once and analyses on its own thread', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'report-lint-no-worker-'));
    try {
      copyFileSync(serverBundle, join(dir, 'server.js'));
      client = await start({ args: [join(dir, 'server.js'), '--stdio'] });
      const text = repeatedSample(1_000_000);
      await client.open(big, text);
      const published = await client.waitForDiagnostics(big, 1, 30_000);
      assert.deepEqual(spans(client, big, published.diagnostics), fresh(text));
      assert.equal(client.logs.all.filter((m) => /analysis-worker\.js not found/.test(m)).length, 1);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
