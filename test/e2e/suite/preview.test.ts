// The preview command and placeholder navigation (once contributed): found by their command ids in
// package.json, so these run as soon as the commands exist.
import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import { commandsMatching } from './contributions';
import { activateExtension, closeAll, openReport, pending, waitForCount } from './helpers';

function webviewTabs(): vscode.Tab[] {
  return vscode.window.tabGroups.all.flatMap((g) => g.tabs).filter((t) => t.input instanceof vscode.TabInputWebview);
}

/** Resolves once a webview tab is open (tab changes are events; no sleeping). */
function waitForWebviewTab(timeoutMs = 20_000): Promise<vscode.Tab> {
  return new Promise((resolve, reject) => {
    const done = (t: vscode.Tab) => {
      sub.dispose();
      clearTimeout(timer);
      resolve(t);
    };
    const sub = vscode.window.tabGroups.onDidChangeTabs(() => {
      const t = webviewTabs()[0];
      if (t) done(t);
    });
    const timer = setTimeout(() => {
      sub.dispose();
      reject(new Error(`no webview tab within ${timeoutMs} ms; tabs: ${vscode.window.tabGroups.all.flatMap((g) => g.tabs).map((t) => t.label).join(', ')}`));
    }, timeoutMs);
    const now = webviewTabs()[0];
    if (now) done(now);
  });
}

describe('preview', () => {
  const preview = commandsMatching(/preview/i);
  before(activateExtension);
  afterEach(closeAll);
  beforeEach(function () {
    // Pending until package.json contributes a preview command (issue 3).
    if (preview.length === 0) pending(this, 'package.json contributes no command matching /preview/i yet');
  });

  it('the preview command opens a webview panel for the report', async () => {
    await openReport('placeholders.md');
    assert.deepEqual(webviewTabs(), [], 'no webview before');
    await vscode.commands.executeCommand(preview[0]);
    const tab = await waitForWebviewTab();
    assert.ok(tab.label.length > 0);
  });
});

describe('placeholder navigation', () => {
  const navigate = commandsMatching(/placeholder/i).filter((id) => !/prev/i.test(id));
  before(activateExtension);
  afterEach(closeAll);
  beforeEach(function () {
    // Pending until package.json contributes a go-to-placeholder command (issue 3).
    if (navigate.length === 0) pending(this, 'package.json contributes no command matching /placeholder/i yet');
  });

  it('moves the cursor to the next placeholder, then to the one after', async () => {
    const editor = await openReport('placeholders.md');
    const ds = await waitForCount(editor.document.uri, 'placeholder', 3);
    editor.selection = new vscode.Selection(0, 0, 0, 0);
    await vscode.commands.executeCommand(navigate[0]);
    assert.deepEqual([editor.selection.start.line, editor.selection.start.character], [ds[0].range.start.line, ds[0].range.start.character]);
    await vscode.commands.executeCommand(navigate[0]);
    assert.deepEqual([editor.selection.start.line, editor.selection.start.character], [ds[1].range.start.line, ds[1].range.start.character]);
  });
});
