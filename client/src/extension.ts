// VS Code extension entry: runs the report-lint language server and the status bar item.
import * as vscode from 'vscode';
import { DidChangeConfigurationNotification, type LanguageClient } from 'vscode-languageclient/node';
import { checkingNotification, editConfigCommand, statusNotification, trustNotification, type CheckingParams, type StatusParams, type TrustParams } from '../../server/src/shared/protocol';
import { registerAuthoring } from './authoring';
import { editConfig } from './edit-config';
import { createLanguageClient } from './language-client';
import { registerCompare } from './review/compare-command';
import { registerWorkspaceCheck } from './review/workspace-check';
import { ReportStatusBar } from './status-bar';
import { CheckedDocuments } from './unchecked/checked-documents';
import { registerReportCommands } from './unchecked/commands';
import { UncheckedReports } from './unchecked/unchecked-reports';
import { registerWord } from './word';

let client: LanguageClient | undefined;

async function stopClient(): Promise<void> {
  const c = client;
  client = undefined;
  if (c) await c.dispose().catch(() => undefined);
}

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const output = vscode.window.createOutputChannel('报告检查', { log: true });
  const checked = new CheckedDocuments();
  const unchecked = new UncheckedReports(context, checked);
  const statusBar = new ReportStatusBar((uri) => unchecked.get(uri));
  context.subscriptions.push(output, checked, unchecked, statusBar, unchecked.onDidChange(() => statusBar.render()));
  const authoring = registerAuthoring(context, (uri) => unchecked.get(uri)?.reason, (doc) => checked.isChecked(doc));
  context.subscriptions.push(unchecked.onDidChange((uri) => authoring.uncheckedChanged(uri)));
  registerWorkspaceCheck(context);
  registerCompare(context);
  registerWord(context);

  const start = async () => {
    await stopClient();
    statusBar.clear();
    const c = createLanguageClient(context, output, checked);
    client = c;
    c.onNotification(statusNotification, (p: StatusParams) => {
      statusBar.update(p);
      authoring.status(p);
    });
    c.onNotification(checkingNotification, (p: CheckingParams) => statusBar.checking(p));
    try {
      await c.start();
    } catch (e) {
      output.error(`报告检查服务启动失败：${e instanceof Error ? e.message : String(e)}`);
      void vscode.window.showErrorMessage('报告检查服务启动失败，详见“输出”面板中的“报告检查”。');
    }
  };

  context.subscriptions.push(
    vscode.commands.registerCommand('reportLint.restartServer', start),
    // Run by the code actions that write to a config file.
    vscode.commands.registerCommand(editConfigCommand, editConfig),
    ...registerReportCommands(checked),
    // Test hook, not contributed: what the status bar item and the unchecked-report notices show.
    vscode.commands.registerCommand('reportLint.status.snapshot', () => ({ statusBar: statusBar.snapshot(), notices: unchecked.notices })),
    // A document the writer asked to check: the server pulls its settings again (plaintext: true for it).
    checked.onDidChange(() => {
      if (client?.isRunning()) void client.sendNotification(DidChangeConfigurationNotification.type, { settings: null });
    }),
    // Whether VS Code validates config files itself is fixed when the client starts.
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('json.validate.enable')) void start();
    }),
    // Config files and workspace term packs are read only in a trusted workspace.
    vscode.workspace.onDidGrantWorkspaceTrust(() => {
      if (client?.isRunning()) void client.sendNotification(trustNotification, { trusted: true } satisfies TrustParams);
      else void start(); // a client being started may have read the old trust
    }),
  );
  await start();
}

export function deactivate(): Promise<void> {
  return stopClient();
}
