// Settings of the real server: pulled with workspace/configuration or taken from
// initializationOptions, and the document-level switches (size limit, plaintext, onSave).
import assert from 'node:assert/strict';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver/node';
import { LspTestClient } from '../helpers/lsp-client';
import { requireBuilt, sampleFindings, sampleText } from '../helpers/paths';

const uri = 'file:///tmp/report-lint-test/settings.md';
const placeholders = (ds: Diagnostic[]) => ds.filter((d) => d.code === 'placeholder');
/** The rule of each finding the sample has with the default settings, in document order. */
const sampleRules = sampleFindings().map((f) => f.rule);
const otherRules = sampleRules.filter((r) => r !== 'placeholder');

describe('language server: settings', () => {
  let client: LspTestClient | undefined;

  before(requireBuilt);
  afterEach(async () => {
    if (client) await client.stopCleanly();
    client = undefined;
  });

  it('pulls reportLint settings with workspace/configuration and re-analyses on change', async () => {
    client = await LspTestClient.start({ configuration: { debounceMs: 0, rules: { placeholder: 'error' } } });
    await client.open(uri, sampleText);
    const first = (await client.waitForDiagnostics(uri, 1)).diagnostics;
    assert.deepEqual(first.map((d) => d.code), sampleRules);
    assert.equal(placeholders(first).length, 8);
    // The setting changed the placeholders' severity, and only theirs.
    for (const d of first) assert.equal(d.severity === DiagnosticSeverity.Error, d.code === 'placeholder', `${d.code} ${d.severity}`);
    assert.ok(client.registrations.includes('workspace/didChangeConfiguration'), 'registers for configuration changes');

    const from = client.diagnostics.all.length;
    await client.changeConfiguration({ debounceMs: 0, rules: { placeholder: 'off' } });
    const after = await client.waitForPublish(uri, (p) => placeholders(p.diagnostics).length === 0, 'publish with placeholder off', from);
    assert.equal(after.version, 1);
    assert.deepEqual(after.diagnostics.map((d) => d.code), otherRules);
  });

  it('takes settings from initializationOptions when the client has no configuration support', async () => {
    // info: the sample's other findings are warnings and one punctuation hint, so only the setting makes an info.
    client = await LspTestClient.start({ initializationOptions: { reportLint: { debounceMs: 0, rules: { placeholder: 'info' } } } });
    await client.open(uri, sampleText);
    const ds = (await client.waitForDiagnostics(uri, 1)).diagnostics;
    assert.deepEqual(ds.map((d) => d.code), sampleRules);
    for (const d of ds) assert.equal(d.severity === DiagnosticSeverity.Information, d.code === 'placeholder', `${d.code} ${d.severity}`);
    // ...and from didChangeConfiguration payloads.
    const from = client.diagnostics.all.length;
    await client.changeConfiguration({ rules: { placeholder: 'off' } });
    const after = await client.waitForPublish(uri, (p) => placeholders(p.diagnostics).length === 0, 'publish with placeholder off', from);
    assert.deepEqual(after.diagnostics.map((d) => d.code), otherRules);
  });

  it('forces a profile with reportLint.profile', async () => {
    client = await LspTestClient.start({ initializationOptions: { reportLint: { debounceMs: 0, profile: 'generic' } } });
    await client.open(uri, sampleText);
    const status = await client.statuses.wait((s) => s.uri === uri, 'status', 5000);
    assert.equal(status.profile.id, 'generic');
  });

  it('skips a document over reportLint.maxFileSize with one information diagnostic', async () => {
    client = await LspTestClient.start({ initializationOptions: { reportLint: { debounceMs: 0, maxFileSize: 1000 } } });
    await client.open(uri, sampleText);
    const ds = (await client.waitForDiagnostics(uri, 1)).diagnostics;
    assert.equal(ds.length, 1);
    assert.equal(ds[0].severity, DiagnosticSeverity.Information);
    assert.equal(ds[0].code, 'file-too-large');
    assert.match(String(ds[0].message), /过大/);
    const status = await client.statuses.wait((s) => s.uri === uri, 'status', 5000);
    assert.equal(status.skipped, 'too-large');
  });

  it('checks plaintext documents only when reportLint.plaintext is on', async () => {
    const txt = 'file:///tmp/report-lint-test/report.txt';
    client = await LspTestClient.start({ initializationOptions: { reportLint: { debounceMs: 0 } } });
    await client.open(txt, sampleText, 'plaintext');
    assert.deepEqual((await client.waitForDiagnostics(txt, 1)).diagnostics, []);
    await client.stop();
    client = await LspTestClient.start({ initializationOptions: { reportLint: { debounceMs: 0, plaintext: true } } });
    await client.open(txt, sampleText, 'plaintext');
    assert.deepEqual((await client.waitForDiagnostics(txt, 1)).diagnostics.map((d) => d.code), sampleRules);
  });

  it('with run = onSave, analyses on open and save but not while typing', async () => {
    client = await LspTestClient.start({ initializationOptions: { reportLint: { debounceMs: 0, run: 'onSave' } } });
    await client.open(uri, sampleText);
    await client.waitForDiagnostics(uri, 1);
    const at = client.doc(uri).positionAt(sampleText.indexOf('*次'));
    const v2 = await client.change(uri, [{ range: { start: at, end: { line: at.line, character: at.character + 1 } }, text: '3' }]);
    await new Promise((r) => setTimeout(r, 200));
    assert.ok(!client.diagnostics.all.some((p) => p.version === v2), 'no analysis while typing');
    await client.save(uri);
    assert.equal(placeholders((await client.waitForDiagnostics(uri, v2)).diagnostics).length, 7);
  });
});
