// textDocument/completion of the real server bundle over stdio: line-start completions of missing
// parts and ordinals, applied as an editor applies them.
import assert from 'node:assert/strict';
import { CompletionItemKind, CompletionRequest, type CompletionItem, type CompletionList, type TextEdit } from 'vscode-languageserver/node';
import { describeInBothModes, LspTestClient } from '../helpers/lsp-client';
import { requireBuilt, sampleText } from '../helpers/paths';

const uri = 'file:///tmp/report-lint-test/completion.md';

/** The sample without its 存在的问题 part; the part after it renumbered 二、. */
function withoutProblems(): string {
  const start = sampleText.indexOf('二、存在的问题');
  const end = sampleText.indexOf('三、下一步打算');
  return sampleText.slice(0, start) + '\n' + sampleText.slice(end).replace('三、下一步打算', '二、下一步打算');
}

describeInBothModes('language server: completions', () => {
  let client: LspTestClient;

  before(requireBuilt);
  beforeEach(async () => {
    client = await LspTestClient.start({ initializationOptions: { reportLint: { debounceMs: 0 } } });
  });
  afterEach(() => client.stopCleanly());

  async function complete(line: number, character: number): Promise<CompletionItem[]> {
    const r = (await client.conn.sendRequest(CompletionRequest.type, { textDocument: { uri }, position: { line, character } })) as CompletionItem[] | CompletionList | null;
    return Array.isArray(r) ? r : (r?.items ?? []);
  }

  /** Applies an item the way an editor does: its text edit and its additional edits in one change. */
  function apply(item: CompletionItem): Promise<number> {
    const main = item.textEdit as TextEdit;
    return client.applyEdits(uri, [main, ...(item.additionalTextEdits ?? [])]);
  }

  it('advertises completions', () => {
    assert.ok(client.initializeResult.capabilities.completionProvider);
  });

  it('offers the missing part at the empty line where it belongs, and applying it clears the structure findings', async () => {
    const text = withoutProblems();
    await client.open(uri, text);
    const before = (await client.waitForDiagnostics(uri, 1)).diagnostics.map((d) => d.code);
    assert.ok(before.includes('required-section'), before.join(', '));
    const line = text.split('\n').indexOf('二、下一步打算') - 1;
    assert.equal(text.split('\n')[line], '', 'an empty line before 二、下一步打算');
    const items = await complete(line, 0);
    const part = items.find((i) => i.label === '二、存在的问题');
    assert.ok(part, JSON.stringify(items.map((i) => i.label)));
    assert.equal(part.kind, CompletionItemKind.Module);
    assert.equal(part.additionalTextEdits?.length, 1, 'renumbers 二、下一步打算');
    const v2 = await apply(part);
    assert.ok(client.text(uri).includes('\n二、存在的问题\n三、下一步打算\n'));
    const after = (await client.waitForDiagnostics(uri, v2)).diagnostics.map((d) => d.code);
    for (const rule of ['required-section', 'section-order', 'heading-sequence']) assert.ok(!after.includes(rule), `${rule} still reported: ${after.join(', ')}`);
  });

  it('offers the next ordinal (四是 after 三是) and replaces what was typed', async () => {
    // The sample's 存在的问题 section has 一是…三是 in one paragraph; on a new line below it, 四是.
    const lines = sampleText.split('\n');
    const at = lines.indexOf('三、下一步打算');
    const text = [...lines.slice(0, at), '四', ...lines.slice(at)].join('\n');
    await client.open(uri, text);
    await client.waitForDiagnostics(uri, 1);
    const items = await complete(at, 1);
    assert.equal(items[0]?.label, '四是', JSON.stringify(items.map((i) => i.label)));
    assert.deepEqual((items[0].textEdit as TextEdit).range, { start: { line: at, character: 0 }, end: { line: at, character: 1 } });
    await apply(items[0]);
    assert.equal(client.text(uri).split('\n')[at], '四是');
  });

  it('offers nothing in the middle of a sentence, and nothing for documents it does not have', async () => {
    await client.open(uri, sampleText);
    await client.waitForDiagnostics(uri, 1);
    const line = sampleText.split('\n').findIndex((l) => l.startsWith('一是'));
    assert.deepEqual(await complete(line, 4), []);
    const other = await client.conn.sendRequest(CompletionRequest.type, { textDocument: { uri: 'file:///tmp/report-lint-test/none.md' }, position: { line: 0, character: 0 } });
    assert.deepEqual(Array.isArray(other) ? other : (other?.items ?? []), []);
  });
});
