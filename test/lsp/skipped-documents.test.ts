// Documents the server does not analyse: binary-looking ones and ones over the size limit each
// get exactly one information diagnostic saying why, and nothing else; once fixed, they are
// analysed again.
import assert from 'node:assert/strict';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver/node';
import { looksBinary } from '../../server/src/lsp/binary-text';
import { LspTestClient } from '../helpers/lsp-client';
import { requireBuilt, sampleText } from '../helpers/paths';

const uri = 'file:///tmp/report-lint-test/skipped.md';

/** What a GBK-encoded report looks like when an editor decodes it as UTF-8. */
const gbkAsUtf8 = [...Buffer.from(sampleText.slice(0, 3000), 'utf16le')]
  .map((b, i) => (i % 2 === 0 && b >= 0x80 ? '\uFFFD' : String.fromCharCode(b & 0x7f)))
  .join('')
  .replace(/\0/g, '');

/** A .docx or image opened as text: bytes 0-255, mostly not printable. */
function binaryNoise(length: number, withNul: boolean): string {
  let seed = 7;
  let s = '';
  for (let i = 0; i < length; i++) {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    const b = seed % 256;
    s += String.fromCharCode(!withNul && b === 0 ? 1 : b);
  }
  return s;
}

const binaryCases: { name: string; text: string }[] = [
  { name: 'a report with one NUL near its start', text: sampleText.slice(0, 200) + '\0' + sampleText.slice(200) },
  { name: 'bytes of a zip file (PK header, NULs)', text: 'PK\u0003\u0004\u0014\0\u0006\0' + binaryNoise(4000, true) },
  { name: 'binary noise without NUL', text: binaryNoise(10_000, false) },
  { name: 'a GBK report decoded as UTF-8 (replacement characters)', text: gbkAsUtf8 },
];

function onlyInformation(ds: Diagnostic[], code: string): void {
  assert.equal(ds.length, 1, JSON.stringify(ds));
  assert.equal(ds[0].severity, DiagnosticSeverity.Information);
  assert.equal(ds[0].code, code);
  assert.deepEqual(ds[0].range, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } });
  assert.match(String(ds[0].message), /[\u4e00-\u9fff]/, 'message in Chinese');
}

describe('language server: documents it skips', () => {
  let client: LspTestClient;
  before(requireBuilt);
  afterEach(() => client.stopCleanly());

  for (const c of binaryCases) {
    it(`skips ${c.name} with one binary-file diagnostic`, async () => {
      client = await LspTestClient.start({ initializationOptions: { reportLint: { debounceMs: 0 } } });
      await client.open(uri, c.text);
      onlyInformation((await client.waitForDiagnostics(uri, 1)).diagnostics, 'binary-file');
      const status = await client.statuses.wait((s) => s.uri === uri && s.version === 1, 'status v1', 5000);
      assert.equal(status.skipped, 'binary');
      assert.deepEqual(status.counts, { error: 0, warning: 0, info: 1, hint: 0 });
      // Document requests still answer (with nothing), and the server logged no error.
      assert.deepEqual(await client.documentSymbols(uri), []);
      assert.doesNotMatch(client.stderr, /failed/);
    });
  }

  it('analyses the document again once the binary part is removed', async () => {
    client = await LspTestClient.start({ initializationOptions: { reportLint: { debounceMs: 0 } } });
    const text = '\0' + sampleText;
    await client.open(uri, text);
    onlyInformation((await client.waitForDiagnostics(uri, 1)).diagnostics, 'binary-file');
    const v2 = await client.change(uri, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } }, text: '' }]);
    const ds = (await client.waitForDiagnostics(uri, v2)).diagnostics;
    assert.equal(ds.filter((d) => d.code === 'placeholder').length, 8);
    assert.ok(!ds.some((d) => d.code === 'binary-file'));
  });

  it('analyses reports with tabs, form feeds, emoji and a few replacement characters', async () => {
    client = await LspTestClient.start({ initializationOptions: { reportLint: { debounceMs: 0 } } });
    const text = sampleText.replace(/。/, '。\uFFFD').replace(/\n/g, '\t\n').replace('一、', '\f一、😀');
    assert.equal(looksBinary(text), false);
    await client.open(uri, text);
    const ds = (await client.waitForDiagnostics(uri, 1)).diagnostics;
    assert.equal(ds.filter((d) => d.code === 'placeholder').length, 8);
    assert.ok(!ds.some((d) => d.code === 'binary-file'));
  });

  it('over the size limit: file-too-large is the only diagnostic, before and after edits', async () => {
    client = await LspTestClient.start({ initializationOptions: { reportLint: { debounceMs: 0, maxFileSize: 50_000 } } });
    // Full of placeholders and broken numbering, none of which may be reported.
    const text = Array.from({ length: 2000 }, (_, i) => `## ${i % 3 === 0 ? '三' : '一'}、标题\n\n办理**件，其中*件。\n`).join('\n');
    assert.ok(Buffer.byteLength(text, 'utf8') > 50_000);
    await client.open(uri, text);
    onlyInformation((await client.waitForDiagnostics(uri, 1)).diagnostics, 'file-too-large');
    const v2 = await client.change(uri, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: '*' }]);
    onlyInformation((await client.waitForDiagnostics(uri, v2)).diagnostics, 'file-too-large');
    const status = await client.statuses.wait((s) => s.uri === uri && s.version === v2, 'status v2', 5000);
    assert.equal(status.skipped, 'too-large');
  });
});

describe('looksBinary', () => {
  it('looks only at the first 8 KB, and needs more than 10% suspicious characters there', () => {
    assert.equal(looksBinary(''), false);
    assert.equal(looksBinary('a'.repeat(8192) + '\0'), false);
    assert.equal(looksBinary('a'.repeat(8191) + '\0'), true);
    assert.equal(looksBinary('\uFFFD'.repeat(10) + 'a'.repeat(90)), false);
    assert.equal(looksBinary('\uFFFD'.repeat(11) + 'a'.repeat(89)), true);
    assert.equal(looksBinary('\u0001\u0002'.repeat(6) + '汉'.repeat(88)), true);
    assert.equal(looksBinary('\t\r\n\f\v'.repeat(100)), false);
  });
});
