// Edits arriving faster than analyses run (a 1 MB report, no debounce): the server skips the
// versions that are already superseded (or stops their analysis on the worker thread),
// publishes the newest one, and keeps answering requests.
import assert from 'node:assert/strict';
import { analyze } from '../../server/src/engine';
import { LspTestClient } from '../helpers/lsp-client';
import { repeatedSample, requireBuilt } from '../helpers/paths';

const uri = 'file:///tmp/report-lint-test/big-report.md';

describe('language server: rapid edits to a large document', function () {
  this.timeout(300_000);
  let client: LspTestClient;
  before(requireBuilt);
  afterEach(() => client.stopCleanly());

  // The same document both ways: analysed on the server's thread, and (the default at this size) on a worker.
  for (const [where, backgroundAnalysisChars] of [['on the server’s thread', 0], ['on a worker thread', undefined]] as const) {
    it(`20 changes sent at once, analysed ${where}: few analyses, the last for the last version; a request meanwhile is answered`, async () => {
      client = await LspTestClient.start({ initializationOptions: { reportLint: { debounceMs: 0 }, backgroundAnalysisChars } });
      const text = repeatedSample(1_000_000);
      await client.open(uri, text);
      await client.waitForDiagnostics(uri, 1, 30_000);
      const from = client.diagnostics.all.length;

      // Each change fills one more placeholder '*' of the sample's copies with a digit.
      const sent: Promise<unknown>[] = [];
      let symbols: Promise<unknown[]> | undefined;
      let last = 1;
      for (let i = 0; i < 20; i++) {
        const at = client.text(uri).indexOf('*');
        const start = client.doc(uri).positionAt(at);
        sent.push(client.change(uri, [{ range: { start, end: { line: start.line, character: start.character + 1 } }, text: '5' }]).then((v) => (last = v)));
        if (i === 10) symbols = client.documentSymbols(uri);
      }
      await Promise.all(sent);
      assert.equal(last, 21);
      const answered = await Promise.race([symbols!, new Promise<'timeout'>((r) => setTimeout(() => r('timeout'), 20_000))]);
      assert.notEqual(answered, 'timeout', 'documentSymbol answered while edits were pending');
      assert.ok(Array.isArray(answered) && answered.length > 0, 'document symbols of the report');

      const final = await client.waitForDiagnostics(uri, 21, 30_000);
      // Let anything still queued arrive: nothing may follow the last version's publish.
      await new Promise((r) => setTimeout(r, 500));
      const published = client.diagnostics.all.slice(from).filter((p) => p.uri === uri);
      const versions = published.map((p) => p.version);
      // Recorded for the reliability notes (docs/reliability-server.md).
      console.log(`      publishes after 20 rapid changes: ${published.length} (versions ${versions.join(', ')})`);
      assert.ok(published.length <= 5, `far fewer than 20 analyses published; got versions ${versions.join(', ')}`);
      assert.equal(versions[versions.length - 1], 21);
      assert.deepEqual(versions, [...versions].sort((a, b) => a! - b!), 'versions only go up');

      // The last publish is the analysis of the last text.
      const fresh = analyze(client.text(uri));
      const doc = client.doc(uri);
      assert.deepEqual(
        final.diagnostics.map((d) => [d.code, doc.offsetAt(d.range.start), doc.offsetAt(d.range.end)]),
        fresh.findings.map((f) => [f.rule, f.span.start, f.span.end]),
      );
    });
  }
});
