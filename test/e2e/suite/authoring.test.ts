// Authoring commands in a real editor (draft for the e2e suite): the preview webview, placeholder
// navigation, the findings list, "disable this rule here", and the server's completions.
import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import type { PreviewSnapshot } from '../../../client/src/preview/panel';
import { activateExtension, closeAll, codeOf, openReport, pollFor, resetSettings, setSetting, waitForCount, waitForDiagnostics } from './helpers';

const snapshots = async () => (await vscode.commands.executeCommand<PreviewSnapshot[]>('reportLint.preview.snapshot')) ?? [];

describe('authoring: preview', () => {
  before(activateExtension);
  afterEach(closeAll);

  it('opens beside the report, its script runs under the CSP, placeholders and findings are marked', async () => {
    const editor = await openReport('placeholders.md');
    await waitForCount(editor.document.uri, 'placeholder', 3);
    await vscode.commands.executeCommand('reportLint.openPreviewToSide');
    const snap = await pollFor(async () => (await snapshots()).find((s) => s.ready > 0), 'the preview page to say ready');
    assert.equal(snap.documentUri, editor.document.uri.toString());
    assert.match(snap.title, /placeholders\.md/);
    assert.equal((snap.html.match(/<mark[^>]*class="placeholder/g) ?? []).length, 3, snap.html);
    assert.match(snap.html, /data-vscode-context/);
  });

  it('updates live while typing', async () => {
    const editor = await openReport('placeholders.md');
    await vscode.commands.executeCommand('reportLint.openPreviewToSide');
    await pollFor(async () => (await snapshots()).find((s) => s.ready > 0), 'ready');
    const end = editor.document.lineAt(editor.document.lineCount - 1).range.end;
    await editor.edit((b) => b.insert(end, '\n\n新增的段落用于核对实时预览。\n'));
    const snap = await pollFor(async () => (await snapshots()).find((s) => s.html.includes('新增的段落用于核对实时预览') && s.updates > 0), 'the typed paragraph in the preview');
    assert.equal(snap.version, editor.document.version);
  });

  it('"disable this rule here" inserts the directive above the finding and the finding goes', async () => {
    const editor = await openReport('placeholders.md');
    const [first] = await waitForCount(editor.document.uri, 'placeholder', 3);
    const line = first.range.start.line;
    const changed = await vscode.commands.executeCommand<boolean>('reportLint.preview.disableRuleHere', {
      webviewSection: 'diagnostic',
      rule: 'placeholder',
      rules: ['placeholder'],
      line,
      documentUri: editor.document.uri.toString(),
    });
    assert.equal(changed, true);
    assert.equal(editor.document.lineAt(line).text, '<!-- report-lint-disable-next-line placeholder -->');
    await waitForCount(editor.document.uri, 'placeholder', 2);
  });
});

describe('authoring: placeholders and findings', () => {
  before(activateExtension);
  afterEach(closeAll);

  it('next and previous placeholder select each placeholder, wrapping round', async () => {
    const editor = await openReport('placeholders.md');
    const ds = await waitForCount(editor.document.uri, 'placeholder', 3);
    editor.selection = new vscode.Selection(0, 0, 0, 0);
    for (const d of [...ds, ds[0]]) {
      await vscode.commands.executeCommand('reportLint.nextPlaceholder');
      assert.ok(editor.selection.isEqual(new vscode.Selection(d.range.start, d.range.end)), `${JSON.stringify(editor.selection)} vs ${JSON.stringify(d.range)}`);
    }
    await vscode.commands.executeCommand('reportLint.previousPlaceholder');
    assert.ok(editor.selection.start.isEqual(ds[2].range.start));
  });

  it('skips a placeholder just filled in, before the server has checked again', async () => {
    const editor = await openReport('placeholders.md');
    const ds = await waitForCount(editor.document.uri, 'placeholder', 3);
    editor.selection = new vscode.Selection(ds[0].range.start, ds[0].range.end);
    await editor.edit((b) => b.replace(editor.selection, '12'));
    await vscode.commands.executeCommand('reportLint.nextPlaceholder');
    assert.equal(editor.document.getText(editor.selection), '**');
  });

  it('keeps placeholders moved with an edit when another source’s diagnostics of the file change', async () => {
    // With run=onSave the server does not check the edit, so report-lint's diagnostics stay those of
    // the text before it; another extension's diagnostics changing must not make them be read again.
    const other = vscode.languages.createDiagnosticCollection('another-extension');
    try {
      const editor = await openReport('placeholders.md');
      const [first] = await waitForCount(editor.document.uri, 'placeholder', 3);
      await setSetting('run', 'onSave');
      editor.selection = new vscode.Selection(0, 0, 0, 0);
      await vscode.commands.executeCommand('reportLint.nextPlaceholder');
      assert.ok(editor.selection.isEqual(new vscode.Selection(first.range.start, first.range.end)), 'before the edit');
      const insertedLine = '<!-- 新增一行 -->\n';
      await editor.edit((b) => b.insert(new vscode.Position(first.range.start.line, 0), insertedLine));
      const changed = new Promise<void>((resolve) => {
        const sub = vscode.languages.onDidChangeDiagnostics((e) => {
          if (e.uris.some((u) => u.toString() === editor.document.uri.toString())) {
            sub.dispose();
            resolve();
          }
        });
      });
      other.set(editor.document.uri, [new vscode.Diagnostic(new vscode.Range(0, 0, 0, 1), 'not ours')]);
      await changed;
      editor.selection = new vscode.Selection(0, 0, 0, 0);
      await vscode.commands.executeCommand('reportLint.nextPlaceholder');
      const moved = first.range.start.translate(1);
      assert.ok(editor.selection.isEqual(new vscode.Selection(moved, first.range.end.translate(1))), JSON.stringify(editor.selection));
      assert.equal(editor.document.getText(editor.selection), '*');
    } finally {
      other.dispose();
      await resetSettings();
    }
  });

  it('the findings list resolves to the item picked and selects it', async () => {
    const editor = await openReport('placeholders.md');
    await waitForCount(editor.document.uri, 'placeholder', 3);
    const listed = vscode.commands.executeCommand<{ rule: string; range: vscode.Range } | undefined>('reportLint.listFindings');
    await new Promise((r) => setTimeout(r, 500)); // the Quick Pick has no open event
    await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
    const picked = await listed;
    assert.equal(picked?.rule, 'placeholder');
    assert.ok(editor.selection.isEqual(new vscode.Selection(picked!.range.start, picked!.range.end)));
  });
});

describe('authoring: completions', () => {
  before(activateExtension);
  afterEach(closeAll);

  it('offers 三是 after 二是 and the next heading at a line start', async () => {
    const doc = await vscode.workspace.openTextDocument({
      language: 'markdown',
      content: '# 2023年度述法报告\n\n2023年以来，本人认真履职，现将本人履行推进法治建设第一责任人职责情况报告如下：\n\n## 一、主要做法和取得成效\n\n一是抓学习。\n\n二是抓制度。\n\n',
    });
    await vscode.window.showTextDocument(doc);
    await waitForDiagnostics(doc.uri, (ds) => ds.some((d) => codeOf(d) === 'required-section'), 'required-section');
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', doc.uri, new vscode.Position(doc.lineCount - 1, 0));
    const labels = list.items.map((i) => (typeof i.label === 'string' ? i.label : i.label.label));
    assert.ok(labels.includes('三是'), labels.join(', '));
    assert.ok(labels.includes('二、存在的问题'), labels.join(', '));
  });
});
