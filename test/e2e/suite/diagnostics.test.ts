// Diagnostics as a writer sees them in VS Code: placeholders, a missing section, a figure conflict; updated
// after edits and cleared once the report is fixed.
import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import { activateExtension, closeAll, codeOf, openReport, ours, rangeOf, waitForCount, waitForDiagnostics, workspaceUri, writeReport } from './helpers';

const cjk = /[\u4e00-\u9fff]/;
const asTuple = (r: vscode.Range) => [r.start.line, r.start.character, r.end.line, r.end.character];

describe('diagnostics', () => {
  before(activateExtension);
  afterEach(closeAll);

  it('reports each placeholder with its exact range, code “placeholder” and a Chinese message', async () => {
    const { document: doc } = await openReport('placeholders.md');
    const ds = await waitForCount(doc.uri, 'placeholder', 3);
    // Line 9 of the file: “召开常务会议研究法治工作6次，组织专题学习*次。” — the “*” is at UTF-16 column 21.
    assert.deepEqual(asTuple(ds[0].range), [8, 21, 8, 22]);
    assert.deepEqual(ds.map((d) => doc.getText(d.range)), ['*', '**', 'XX']);
    const stars = rangeOf(doc, '**件').start;
    assert.deepEqual(asTuple(ds[1].range), [stars.line, stars.character, stars.line, stars.character + 2]);
    for (const d of ds) {
      assert.equal(d.severity, vscode.DiagnosticSeverity.Warning);
      assert.equal(d.source, 'report-lint');
      assert.match(d.message, cjk);
      assert.match(d.message, /^未填写的占位符“.+”：请.+后再提交。$/);
    }
    assert.ok(ds[0].message.includes('“*次”'), ds[0].message);
    assert.ok(ds[1].message.includes('“**件”'), ds[1].message);
    assert.equal(ours(doc.uri).length, 3, 'nothing else is wrong with this report');
  });

  it('reports a missing mandated section (“required-section”, a warning) at the heading it should precede', async () => {
    const { document: doc } = await openReport('missing-section.md');
    const [d] = await waitForCount(doc.uri, 'required-section', 1);
    assert.deepEqual(asTuple(d.range), asTuple(doc.lineAt(rangeOf(doc, '## 二、下一步打算').start.line).range));
    assert.equal(d.severity, vscode.DiagnosticSeverity.Warning);
    assert.match(d.message, /^「存在的问题」部分缺失：述法报告应包含此部分/);
    assert.match(d.message, /请在此处补写/);
  });

  it('updates after an edit and clears when the placeholders are filled in', async () => {
    const editor = await openReport('placeholders.md');
    const doc = editor.document;
    await waitForCount(doc.uri, 'placeholder', 3);

    const line = rangeOf(doc, '二是普法针对性不强。').end;
    assert.ok(await editor.edit((b) => b.insert(line, '三是**项制度尚未落实。')));
    const four = await waitForCount(doc.uri, 'placeholder', 4, 'the placeholder typed into “存在的问题”');
    const added = four.find((d) => d.range.start.line === line.line);
    assert.ok(added, 'a diagnostic on the edited line');
    assert.deepEqual(asTuple(added.range), [line.line, line.character + 2, line.line, line.character + 4]);
    assert.equal(doc.getText(added.range), '**');

    // Fill every placeholder the way a writer would.
    assert.ok(
      await editor.edit((b) => {
        for (const d of four) b.replace(d.range, doc.getText(d.range) === 'XX' ? '城关' : '3');
      }),
    );
    await waitForDiagnostics(doc.uri, (ds) => ds.length === 0, 'no diagnostics once every placeholder is filled');
  });

  it('counts UTF-16 code units on a line with Chinese text and an emoji', async () => {
    const editor = await openReport('placeholders.md');
    const doc = editor.document;
    await waitForCount(doc.uri, 'placeholder', 3);
    const at = new vscode.Position(doc.lineCount - 1, doc.lineAt(doc.lineCount - 1).text.length);
    assert.ok(await editor.edit((b) => b.insert(at, '\n\n😀附表中还有**份材料待补。\n')));
    const ds = await waitForCount(doc.uri, 'placeholder', 4);
    const last = ds[ds.length - 1];
    // 😀 is two UTF-16 code units, then 附表中还有 (5): the “**” starts at column 7.
    assert.deepEqual(asTuple(last.range), [at.line + 2, 7, at.line + 2, 9]);
    assert.equal(doc.getText(last.range), '**');
  });

  it('reports a figure stated twice with different values (“figure-conflict”), pointing at the first', async () => {
    const { document: doc } = await openReport('figure-conflict.md');
    const [d] = await waitForCount(doc.uri, 'figure-conflict', 1);
    assert.equal(doc.getText(d.range), '15件');
    assert.deepEqual(asTuple(d.range), asTuple(rangeOf(doc, '15件')));
    assert.match(d.message, /人大代表建议/);
    assert.match(d.message, /12件/);
    assert.match(d.message, cjk);
    const related = d.relatedInformation ?? [];
    assert.equal(related.length, 1, 'the first statement is linked');
    assert.equal(related[0].location.uri.toString(), doc.uri.toString());
    assert.equal(doc.getText(related[0].location.range), '12件');
    assert.equal(codeOf(d), 'figure-conflict');
  });

  it('analyses a 2 MB report (on the worker thread) while another report is checked, and follows edits', async function () {
    this.timeout(120_000);
    // 300 copies of the 3-placeholder report, each padded with prose: 900 placeholders (under the
    // 1,000-per-rule cap) in about 2 MB. Which report comes back first is not asserted here: in
    // VS Code, the configuration change the client sends after a (re)start restarts runs;
    // test/lsp/background.test.ts checks the order over plain LSP.
    const base = Buffer.from(await vscode.workspace.fs.readFile(workspaceUri('placeholders.md'))).toString('utf8');
    const padding = `${'本段用于加长报告，检查大文件在后台线程中分析时编辑器仍然及时响应。'.repeat(70)}\n\n`;
    const text = Array.from({ length: 300 }, () => base + '\n' + padding).join('');
    const uri = await writeReport('large-report.md', text);
    const large = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri), { preview: false });
    assert.ok(large.document.getText().length > 500_000);
    const smallUri = await writeReport('small-beside-large.md', base);
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(smallUri), { preview: false });
    await waitForCount(smallUri, 'placeholder', 3);
    await waitForCount(uri, 'placeholder', 900, 'the 900 placeholders of the large report');
    // Its editor gave way to the small report's; edit the document in the background, as a
    // refactoring would.
    const first = rangeOf(large.document, '*次');
    const edit = new vscode.WorkspaceEdit();
    edit.replace(uri, new vscode.Range(first.start, first.start.translate(0, 1)), '6');
    assert.ok(await vscode.workspace.applyEdit(edit));
    await waitForCount(uri, 'placeholder', 899, 'one placeholder fewer after the edit');
  });
});
