// The Analyser in-process with a stand-in connection: what it keeps per document
// (DocumentState) lives and dies with the document. A timer left by a closed document never
// publishes, an edit is analysed with the document's memo (same findings as a fresh analysis),
// and a request is answered from the last outcome while it is fresh.
import assert from 'node:assert/strict';
import type { Connection, PublishDiagnosticsParams } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyze, type EngineConfig } from '../../server/src/engine';
import { Analyser, type AnalysisHost } from '../../server/src/lsp/analysis';
import { engineConfig, readSettings } from '../../server/src/lsp/settings';
import { sampleText } from '../helpers/paths';

const uri = 'file:///tmp/report-lint-test/state.md';

function setup(config?: EngineConfig) {
  const docs = new Map<string, TextDocument>();
  const published: PublishDiagnosticsParams[] = [];
  const logs: string[] = [];
  const connection = {
    console: { log: (m: string) => logs.push(m), warn: (m: string) => logs.push(m), error: (m: string) => logs.push(m) },
    sendDiagnostics: async (p: PublishDiagnosticsParams) => void published.push(p),
    sendNotification: async () => undefined,
  } as unknown as Connection;
  const settings = readSettings({ reportLint: { debounceMs: 0 } });
  let engineConfigCalls = 0;
  const host: AnalysisHost = {
    connection,
    document: (u) => docs.get(u),
    allDocuments: () => [...docs.values()],
    settings: async () => settings,
    knownSettings: () => settings,
    engineConfig: () => {
      engineConfigCalls++;
      return { config: config ?? engineConfig(settings), configFile: null };
    },
  };
  const analyser = new Analyser(host, { backgroundChars: 0, workerFile: '/nonexistent/analysis-worker.js' });
  return { docs, published, logs, analyser, configCalls: () => engineConfigCalls };
}

const rules = (p: PublishDiagnosticsParams) => p.diagnostics.map((d) => [d.code, d.range.start.line, d.range.start.character]);
const fresh = (doc: TextDocument) => analyze(doc.getText()).findings.map((f) => [f.rule, doc.positionAt(f.span.start).line, doc.positionAt(f.span.start).character]);

describe('analyser: one state per document', () => {
  it('publishes the analysis of the current version; an edit is analysed again, equal to a fresh analysis', async () => {
    const { docs, published, analyser } = setup();
    const doc = TextDocument.create(uri, 'markdown', 1, sampleText);
    docs.set(uri, doc);
    await analyser.validate(uri);
    assert.equal(published.length, 1);
    assert.deepEqual(rules(published[0]), fresh(doc));
    const at = doc.positionAt(sampleText.indexOf('*次'));
    TextDocument.update(doc, [{ range: { start: at, end: { line: at.line, character: at.character + 1 } }, text: '3' }], 2);
    analyser.changed(uri);
    await analyser.validate(uri);
    assert.equal(published.length, 2);
    assert.equal(published[1].version, 2);
    assert.deepEqual(rules(published[1]), fresh(doc));
    analyser.dispose();
  });

  it('a request is answered from the last outcome while it is fresh, without analysing again', async () => {
    const { docs, analyser, configCalls } = setup();
    docs.set(uri, TextDocument.create(uri, 'markdown', 1, sampleText));
    await analyser.validate(uri);
    const calls = configCalls();
    const a = await analyser.current(uri);
    const b = await analyser.current(uri);
    assert.ok(a && a === b);
    assert.equal(configCalls(), calls, 'no new analysis for the same version');
    // A result from this thread has the whole document model: completion needs no new parse.
    assert.equal(analyser.fullDocument(uri, a), a.document);
    analyser.dispose();
  });

  it('closing the document drops its pending analysis: the timer it left never fires', async () => {
    const { docs, published, analyser } = setup();
    // Closed and at once opened again (the host has a document under the URI): only the new
    // document's own analyses may publish.
    docs.set(uri, TextDocument.create(uri, 'markdown', 1, sampleText));
    analyser.schedule(uri, 0);
    analyser.forget(uri);
    // A timer left behind expires before this one, and its analysis (one setImmediate, then
    // microtasks) publishes before the setImmediate queued after it: no race either way.
    await new Promise((resolve) => setTimeout(resolve, 10));
    await new Promise((resolve) => setImmediate(resolve));
    assert.equal(published.length, 0);
    docs.delete(uri);
    assert.equal(await analyser.current(uri), null);
    analyser.dispose();
  });

  it('the same settings and config are not written out again for each edit (a config with term packs is large)', async () => {
    let written = 0;
    // A config file's config stays the same object until the file changes; count its encodings.
    const config = { rules: {}, toJSON: () => (written++, { rules: {} }) } as EngineConfig;
    const { docs, published, analyser } = setup(config);
    const doc = TextDocument.create(uri, 'markdown', 1, sampleText);
    docs.set(uri, doc);
    await analyser.validate(uri);
    const afterOpen = written;
    for (let v = 2; v <= 4; v++) {
      TextDocument.update(doc, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: '一' }], v);
      analyser.changed(uri);
      await analyser.validate(uri);
    }
    assert.equal(published.length, 4);
    assert.deepEqual(rules(published[3]), fresh(doc));
    assert.equal(written, afterOpen, 'no encoding of the config after the first analysis');
    analyser.dispose();
  });
});
