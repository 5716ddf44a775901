// Word in and out as a writer uses them: import a .docx made by LibreOffice with automatic
// numbering (the Markdown opens and is checked), export a report after the list of placeholders
// (export anyway: the .docx is written with them highlighted). Going to a placeholder from that list
// is not driven here: quick-input navigation commands do not reach the picker in headless code-server.
import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import { readDocx } from '../../../server/src/docx/read';
import { activateExtension, closeAll, openReport, pollFor, waitForCount, workspaceUri } from './helpers';
import { exists } from '../../../client/src/workspace-files';

/** Runs a command that shows a quick pick, pressing the given keys (quick-open commands) until it settles. */
async function runWithQuickPick<T>(command: string, keys: string[]): Promise<T> {
  let settled = false;
  const result = Promise.resolve(vscode.commands.executeCommand<T>(command)).finally(() => (settled = true));
  await pollFor(async () => {
    if (settled) return true;
    for (const k of keys) await vscode.commands.executeCommand(k);
    await new Promise((r) => setTimeout(r, 200));
    return settled ? true : undefined;
  }, `${command} to settle after the quick pick`);
  return result;
}

describe('Word in and out', function () {
  this.timeout(120_000);
  before(activateExtension);
  afterEach(closeAll);

  it('从 Word 导入: the .docx becomes a Markdown report next to it, opened and checked, numbering as Word shows it', async () => {
    const docx = workspaceUri('word-report.docx');
    const md = await vscode.commands.executeCommand<vscode.Uri>('reportLint.importWord', docx);
    assert.equal(md?.path, workspaceUri('word-report.md').path);
    const editor = vscode.window.activeTextEditor;
    assert.equal(editor?.document.uri.path, md.path);
    const text = editor.document.getText();
    assert.match(text, /^## 一、主要做法$/m);
    assert.match(text, /^### （一）强化学习$/m);
    assert.match(text, /^## 三、下一步打算$/m);
    // The placeholder in the Word text is found in the imported report.
    await waitForCount(md, 'placeholder', 1);
  });

  it('从 Word 导入: pictures are written into <name>.assets/ next to the report and linked at their place', async () => {
    const folder = workspaceUri('word-pictures.assets');
    if (await exists(folder)) await vscode.workspace.fs.delete(folder, { recursive: true });
    const md = await vscode.commands.executeCommand<vscode.Uri>('reportLint.importWord', workspaceUri('word-pictures.docx'));
    const text = vscode.window.activeTextEditor?.document.getText() ?? '';
    assert.equal(md?.path, workspaceUri('word-pictures.md').path);
    const link = /^!\[学习会现场\]\((word-pictures\.assets\/[^)]+\.png)\)$/m.exec(text);
    assert.ok(link?.[1], text);
    assert.ok(text.indexOf('## 一、主要做法') < text.indexOf(link[0]) && text.indexOf(link[0]) < text.indexOf('全年组织学习'), text);
    const png = await vscode.workspace.fs.readFile(workspaceUri(link[1]));
    assert.deepEqual([...png.subarray(1, 4)], [...Buffer.from('PNG')]);
  });

  it('导出为 Word: lists the placeholders first; “仍然导出” writes the .docx with them highlighted', async () => {
    const target = workspaceUri('placeholders.docx');
    if (await exists(target)) await vscode.workspace.fs.delete(target);
    const editor = await openReport('placeholders.md');
    await waitForCount(editor.document.uri, 'placeholder', 3);
    const written = await runWithQuickPick<vscode.Uri | undefined>('reportLint.exportWord', ['workbench.action.acceptSelectedQuickOpenItem']);
    assert.equal(written?.path, target.path);
    const bytes = await vscode.workspace.fs.readFile(target);
    const back = readDocx(bytes).text;
    assert.match(back, /组织专题学习\*次/);
    assert.match(back, /办理行政复议案件\*\*件/);
    assert.ok(Buffer.from(bytes).includes(Buffer.from('PK')), 'a zip package');
  });
});
