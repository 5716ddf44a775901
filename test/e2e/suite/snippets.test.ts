// Snippets (once contributed): each expands by name, is offered as a completion for its prefix, and a report
// skeleton expands into a report with no structure findings.
import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import { contributedSnippets, type Snippet } from './contributions';
import { activateExtension, closeAll, codeOf, describeDiagnostics, pending, waitForDiagnostics } from './helpers';

const structureRules = new Set(['required-section', 'section-order', 'heading-sequence', 'ordinal-sequence']);
const sentinel = '核对用占位*次。';

async function expand(s: Snippet): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument({ language: s.language, content: '' });
  const editor = await vscode.window.showTextDocument(doc);
  await vscode.commands.executeCommand('editor.action.insertSnippet', { langId: s.language, name: s.name });
  // Leave snippet mode so that the text is final.
  await vscode.commands.executeCommand('leaveSnippet');
  return editor;
}

describe('snippets', () => {
  let snippets: Snippet[] = [];
  before(async () => {
    await activateExtension();
    // One entry per snippet name, tried in Markdown when it is contributed there (plain text is checked only
    // with reportLint.plaintext on).
    const all = (await contributedSnippets()).filter((s) => s.language === 'markdown' || s.language === 'plaintext');
    const byName = new Map<string, Snippet>();
    for (const s of all) if (!byName.has(s.name) || s.language === 'markdown') byName.set(s.name, s);
    snippets = [...byName.values()];
  });
  afterEach(closeAll);

  beforeEach(function () {
    // Pending until package.json contributes snippets (issue 3); then every snippet is checked.
    if (snippets.length === 0) pending(this, 'package.json contributes no markdown/plaintext snippets yet');
  });

  it('every snippet expands by name (editor.action.insertSnippet)', async () => {
    for (const s of snippets) {
      const editor = await expand(s);
      const text = editor.document.getText();
      assert.ok(text.trim().length > 0, `snippet “${s.name}” expanded to nothing`);
      assert.ok(!/\$\{?\d/.test(text), `snippet “${s.name}” left tab stops in the text: ${text}`);
      await closeAll();
    }
  });

  it('every snippet is offered as a completion for its prefix', async () => {
    for (const s of snippets) {
      for (const prefix of s.prefix) {
        const doc = await vscode.workspace.openTextDocument({ language: s.language, content: prefix });
        await vscode.window.showTextDocument(doc);
        const list = await vscode.commands.executeCommand<vscode.CompletionList>(
          'vscode.executeCompletionItemProvider',
          doc.uri,
          doc.positionAt(prefix.length),
        );
        const labels = list.items
          .filter((i) => i.kind === vscode.CompletionItemKind.Snippet)
          .map((i) => (typeof i.label === 'string' ? i.label : i.label.label));
        assert.ok(labels.includes(prefix), `“${prefix}” (${s.name}) not among snippet completions: ${labels.join(', ')}`);
        await closeAll();
      }
    }
  });

  it('report skeletons expand into a report with no structure findings', async () => {
    // A skeleton lays out a whole report: three or more numbered top-level sections (一、 二、 三、).
    const topHeadings = (body: string) => body.split('\n').filter((l) => /^(#+ )?[一二三四五六七八九十]+、/.test(l)).length;
    const skeletons = snippets.filter((s) => s.language === 'markdown' && topHeadings(s.body) >= 3);
    assert.ok(skeletons.length > 0, `no report skeleton among ${snippets.map((s) => s.name).join(', ')}`);
    for (const s of skeletons) {
      const editor = await expand(s);
      const doc = editor.document;
      // A placeholder at the end: once it is reported, the diagnostics cover the whole expanded text.
      const end = doc.lineAt(doc.lineCount - 1).range.end;
      assert.ok(await editor.edit((b) => b.insert(end, `\n\n${sentinel}\n`)));
      const ds = await waitForDiagnostics(
        doc.uri,
        (all) => all.some((d) => codeOf(d) === 'placeholder' && doc.getText(d.range) === '*' && doc.lineAt(d.range.start.line).text === sentinel),
        `the sentinel placeholder in the expanded “${s.name}”`,
      );
      const structure = ds.filter((d) => structureRules.has(codeOf(d)));
      assert.equal(structure.length, 0, `“${s.name}” has structure findings:\n  ${describeDiagnostics(structure, doc)}\n${doc.getText()}`);
      await closeAll();
    }
  });
});
