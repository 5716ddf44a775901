// The real server bundle over stdio: diagnostics for a report, incremental edits, UTF-16
// positions, and that an old version is never published after a newer one.
import assert from 'node:assert/strict';
import { DiagnosticSeverity, TextDocumentSyncKind, type Diagnostic } from 'vscode-languageserver/node';
import { describeInBothModes, LspTestClient } from '../helpers/lsp-client';
import { cliBin, placeholderOffsets, requireBuilt, sampleFindings, samplePlaceholders, sampleText } from '../helpers/paths';

const uri = 'file:///tmp/report-lint-test/shufa-report-2022.md';

function placeholders(ds: Diagnostic[]): Diagnostic[] {
  return ds.filter((d) => d.code === 'placeholder');
}

describeInBothModes('language server: diagnostics', () => {
  let client: LspTestClient;

  before(requireBuilt);
  beforeEach(async () => {
    client = await LspTestClient.start({ initializationOptions: { reportLint: { debounceMs: 0 } } });
  });
  afterEach(() => client.stopCleanly());

  it('announces incremental sync, UTF-16 positions and its providers', () => {
    const caps = client.initializeResult.capabilities;
    assert.equal(caps.positionEncoding, 'utf-16');
    const sync = caps.textDocumentSync;
    assert.equal(typeof sync === 'object' ? sync.change : sync, TextDocumentSyncKind.Incremental);
    assert.ok(caps.codeActionProvider);
    assert.ok(caps.documentSymbolProvider);
    assert.ok(caps.foldingRangeProvider);
  });

  it('publishes the eight placeholders of the sample, with ranges on the placeholders', async () => {
    await client.open(uri, sampleText);
    const { diagnostics } = await client.waitForDiagnostics(uri, 1);
    const found = placeholders(diagnostics);
    assert.equal(found.length, 8, JSON.stringify(diagnostics, null, 1));
    const doc = client.doc(uri);
    const offsets = placeholderOffsets(sampleText, samplePlaceholders);
    found.forEach((d, i) => {
      assert.equal(d.source, 'report-lint');
      assert.equal(d.severity, DiagnosticSeverity.Warning);
      assert.ok(typeof d.message === 'string' && d.message.length > 0);
      assert.equal(doc.offsetAt(d.range.start), offsets[i], `start of placeholder ${i}`);
      const covered = client.text(uri, d.range);
      assert.ok(covered.startsWith('*') && samplePlaceholders[i].startsWith(covered), `covered text "${covered}"`);
    });
    // Besides them, exactly the sample's wording problems (term, numeral, punctuation).
    const severity = { error: DiagnosticSeverity.Error, warning: DiagnosticSeverity.Warning, info: DiagnosticSeverity.Information, hint: DiagnosticSeverity.Hint };
    assert.deepEqual(
      diagnostics.filter((d) => d.code !== 'placeholder').map((d) => [d.code, d.severity, doc.offsetAt(d.range.start), doc.offsetAt(d.range.end)]),
      sampleFindings()
        .filter((f) => f.rule !== 'placeholder')
        .map((f) => [f.rule, severity[f.severity], f.start, f.end]),
    );
    const status = await client.statuses.wait((s) => s.uri === uri && s.version === 1, 'status v1', 5000);
    assert.equal(status.profile.id, 'shufa');
    assert.ok(status.profile.name.length > 0);
    const all = sampleFindings();
    const n = (sev: string) => all.filter((f) => f.severity === sev).length;
    assert.deepEqual(status.counts, { error: 0, warning: n('warning'), info: n('info'), hint: n('hint') });
  });

  it('updates diagnostics after an incremental change', async () => {
    await client.open(uri, sampleText);
    await client.waitForDiagnostics(uri, 1);
    const doc = client.doc(uri);
    const at = sampleText.indexOf('*次');
    const v2 = await client.change(uri, [{ range: { start: doc.positionAt(at), end: doc.positionAt(at + 1) }, text: '3' }]);
    const after = placeholders((await client.waitForDiagnostics(uri, v2)).diagnostics);
    assert.equal(after.length, 7);
    // The remaining ones moved with the text: all start on a '*'.
    for (const d of after) assert.equal(client.text(uri, d.range)[0], '*');
    // Adding a line before everything shifts every diagnostic down one line.
    const v3 = await client.change(uri, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: '新增一行\n' }]);
    const shifted = placeholders((await client.waitForDiagnostics(uri, v3)).diagnostics);
    assert.deepEqual(
      shifted.map((d) => d.range.start.line),
      after.map((d) => d.range.start.line + 1),
    );
  });

  it('reports positions in UTF-16 code units on a line with Chinese text and an emoji', async () => {
    const emojiUri = 'file:///tmp/report-lint-test/emoji.md';
    // 前言 (2 units) + 😀 (a surrogate pair: 2 units) + 办理建议 (4 units) = 8 units before "**件".
    const text = '# 工作报告\n\n前言😀办理建议**件，答复率100%。\n';
    await client.open(emojiUri, text);
    const [d] = placeholders((await client.waitForDiagnostics(emojiUri, 1)).diagnostics);
    assert.ok(d, 'a placeholder diagnostic');
    assert.deepEqual(d.range.start, { line: 2, character: 8 });
    assert.ok(d.range.end.line === 2 && d.range.end.character >= 10 && d.range.end.character <= 11, JSON.stringify(d.range));
  });

  it('never publishes a stale version after a newer one', async () => {
    await client.open(uri, sampleText);
    await client.waitForDiagnostics(uri, 1);
    const from = client.diagnostics.all.length;
    // Each change adds one more placeholder line; fire them without waiting.
    const expected = new Map<number, number>();
    let last = 1;
    for (let i = 1; i <= 12; i++) {
      const end = client.doc(uri).positionAt(client.text(uri).length);
      last = await client.change(uri, [{ range: { start: end, end }, text: `\n补充情况：办理建议**件。` }]);
      expected.set(last, 8 + i);
    }
    await client.waitForDiagnostics(uri, last);
    await new Promise((r) => setTimeout(r, 100)); // let anything late arrive
    const published = client.diagnostics.all.slice(from).filter((p) => p.uri === uri);
    const versions = published.map((p) => p.version!);
    assert.equal(versions.at(-1), last, `versions published: ${versions}`);
    for (let i = 1; i < versions.length; i++) assert.ok(versions[i] > versions[i - 1], `versions published: ${versions}`);
    for (const p of published) assert.equal(placeholders(p.diagnostics).length, expected.get(p.version!), `v${p.version}`);
  });

  it('debounces: quick successive edits are analysed once, for the last version', async () => {
    await client.stop();
    client = await LspTestClient.start({ initializationOptions: { reportLint: { debounceMs: 300 } } });
    await client.open(uri, sampleText);
    await client.waitForDiagnostics(uri, 1);
    const from = client.diagnostics.all.length;
    let last = 1;
    for (let i = 0; i < 5; i++) {
      last = await client.change(uri, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: '一' }]);
    }
    await client.waitForDiagnostics(uri, last);
    assert.deepEqual(client.diagnostics.all.slice(from).map((p) => p.version), [last]);
  });

  it('clears diagnostics when the document is closed', async () => {
    await client.open(uri, sampleText);
    await client.waitForDiagnostics(uri, 1);
    const from = client.diagnostics.all.length;
    await client.close(uri);
    const p = await client.waitForPublish(uri, () => true, 'publish after close', from);
    assert.deepEqual(p.diagnostics, []);
  });

  it('also runs as `report-lint --stdio` from the CLI bundle', async () => {
    await client.stop();
    client = await LspTestClient.start({ args: [cliBin, '--stdio'], initializationOptions: { reportLint: { debounceMs: 0 } } });
    await client.open(uri, sampleText);
    assert.equal(placeholders((await client.waitForDiagnostics(uri, 1)).diagnostics).length, 8);
  });
});
