// Outline, folding and code actions of the real server bundle.
import assert from 'node:assert/strict';
import { CodeActionKind, SymbolKind } from 'vscode-languageserver/node';
import { analyze } from '../../server/src/engine';
import { describeInBothModes, LspTestClient } from '../helpers/lsp-client';
import { requireBuilt, sampleText } from '../helpers/paths';

const uri = 'file:///tmp/report-lint-test/features.md';
const headings = ['一、主要做法和取得成效', '二、存在的问题', '三、下一步打算'];
const lines = sampleText.split(/\r?\n/);
const headingLines = headings.map((h) => lines.indexOf(h));

describeInBothModes('language server: outline, folding and code actions', () => {
  let client: LspTestClient;

  before(requireBuilt);
  beforeEach(async () => {
    client = await LspTestClient.start({ initializationOptions: { reportLint: { debounceMs: 0 } } });
  });
  afterEach(() => client.stopCleanly());

  it('gives the sections as hierarchical document symbols', async () => {
    await client.open(uri, sampleText);
    const symbols = await client.documentSymbols(uri);
    assert.deepEqual(symbols.map((s) => s.name), headings);
    symbols.forEach((s, i) => {
      assert.equal(s.kind, SymbolKind.Namespace);
      assert.equal(s.selectionRange.start.line, headingLines[i]);
      assert.equal(s.range.start.line, headingLines[i]);
      // A section runs to the next one.
      if (i + 1 < symbols.length) assert.ok(s.range.end.line <= headingLines[i + 1] && s.range.end.line >= headingLines[i + 1] - 1);
    });
    assert.ok(symbols[0].range.end.line > headingLines[0] + 1, 'first section spans its paragraphs');
  });

  it('nests sub-sections and names them with their marker', async () => {
    const text = '# 2022年度述法报告\n\n现将情况报告如下：\n\n## 一、主要做法和取得成效\n\n### （一）强化组织领导\n\n正文。\n\n### （二）推进依法行政\n\n正文。\n\n## 二、存在的问题\n\n正文。\n';
    await client.open(uri, text);
    const symbols = await client.documentSymbols(uri);
    const first = symbols.find((s) => s.name === '一、主要做法和取得成效');
    assert.ok(first, JSON.stringify(symbols.map((s) => s.name)));
    assert.deepEqual(first.children?.map((c) => c.name), ['（一）强化组织领导', '（二）推进依法行政']);
    for (const c of first.children!) {
      assert.ok(c.range.start.line >= first.range.start.line && c.range.end.line <= first.range.end.line);
    }
  });

  it('folds each section from its heading', async () => {
    await client.open(uri, sampleText);
    const ranges = await client.foldingRanges(uri);
    assert.deepEqual(ranges.map((r) => r.startLine), headingLines);
    assert.equal(ranges[0].endLine, headingLines[1] - 1);
    assert.equal(ranges[1].endLine, headingLines[2] - 1);
  });

  it('offers "disable on this line", and applying it removes the finding', async () => {
    await client.open(uri, sampleText);
    const { diagnostics } = await client.waitForDiagnostics(uri, 1);
    const target = diagnostics.find((d) => d.code === 'placeholder')!;
    const actions = await client.codeActions(uri, target.range, [target]);
    const disable = actions.find((a) => a.title === '在此行禁用 placeholder 规则');
    assert.ok(disable, JSON.stringify(actions.map((a) => a.title)));
    assert.equal(disable.kind, CodeActionKind.QuickFix);
    assert.deepEqual(disable.diagnostics?.map((d) => d.code), ['placeholder']);
    const v2 = await client.applyWorkspaceEdit(disable.edit!, uri);
    const line = client.text(uri).split('\n')[target.range.start.line];
    assert.equal(line, '<!-- report-lint-disable-next-line placeholder -->');
    const after = (await client.waitForDiagnostics(uri, v2)).diagnostics.filter((d) => d.code === 'placeholder');
    assert.equal(after.length, 7);
    assert.ok(after.every((d) => d.range.start.line !== target.range.start.line + 1));
  });

  it('extends a directive already on the line above instead of stacking another', async () => {
    const text = '# 报告\n\n<!-- report-lint-disable-next-line report-year -->\n办理建议**件。\n';
    await client.open(uri, text);
    const { diagnostics } = await client.waitForDiagnostics(uri, 1);
    const target = diagnostics.find((d) => d.code === 'placeholder')!;
    assert.ok(target, JSON.stringify(diagnostics));
    const disable = (await client.codeActions(uri, target.range)).find((a) => a.title === '在此行禁用 placeholder 规则')!;
    const v2 = await client.applyWorkspaceEdit(disable.edit!, uri);
    assert.equal(client.text(uri), '# 报告\n\n<!-- report-lint-disable-next-line report-year placeholder -->\n办理建议**件。\n');
    const after = (await client.waitForDiagnostics(uri, v2)).diagnostics;
    assert.deepEqual(after.filter((d) => d.code === 'placeholder'), []);
  });

  it('offers the findings\' own fixes as quick fixes whose edits apply', async () => {
    // A skipped heading number: 一、二、四 — the fix renumbers 四 to 三.
    const text = sampleText.replace('三、下一步打算', '四、下一步打算');
    await client.open(uri, text);
    const { diagnostics } = await client.waitForDiagnostics(uri, 1);
    // The finding with a fix, as the engine gives it.
    const finding = analyze(text).findings.find((f) => f.rule === 'heading-sequence' && f.fixes?.length);
    assert.ok(finding?.fixes, 'the engine offers a heading-sequence fix');
    const line = text.slice(0, finding.span.start).split('\n').length - 1;
    const target = diagnostics.find((d) => d.code === 'heading-sequence' && d.range.start.line === line);
    assert.ok(target, `its diagnostic: ${JSON.stringify(diagnostics.map((d) => [d.code, d.range.start.line]))}`);
    const actions = await client.codeActions(uri, target.range, [target]);
    // One of the finding's own fixes (not a "disable" action).
    const fixTitles = finding.fixes.map((f) => f.title);
    const fix = actions.find((a) => fixTitles.includes(a.title) && a.diagnostics?.some((d) => d.code === target.code));
    assert.ok(fix?.edit, JSON.stringify(actions.map((a) => a.title)));
    const v2 = await client.applyWorkspaceEdit(fix.edit, uri);
    const after = (await client.waitForDiagnostics(uri, v2)).diagnostics;
    assert.ok(
      !after.some((d) => d.code === target.code && d.range.start.line === target.range.start.line),
      `the ${target.code} finding is gone after "${fix.title}": ${JSON.stringify(after.map((d) => d.code))}`,
    );
    if (target.code === 'heading-sequence') assert.ok(client.text(uri).includes('\n三、下一步打算'));
  });

  it('answers requests for unknown documents with empty results', async () => {
    const other = 'file:///tmp/report-lint-test/not-open.md';
    assert.deepEqual(await client.documentSymbols(other), []);
    assert.deepEqual(await client.codeActions(other, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }), []);
  });
});
