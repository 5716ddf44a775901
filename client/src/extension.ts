// VS Code extension entry: runs the report-lint language server and the status bar item.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { editConfigCommand, settingsSection, statusNotification, trustNotification, type StatusParams, type TrustParams } from '../../server/src/lsp/protocol';
import { registerAuthoring } from './authoring';
import { editConfig } from './edit-config';
import { createLanguageClient } from './language-client';
import { ReportStatusBar } from './status-bar';
import { registerWord } from './word';

let client: LanguageClient | undefined;

async function stopClient(): Promise<void> {
  const c = client;
  client = undefined;
  if (c) await c.dispose().catch(() => undefined);
}

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const output = vscode.window.createOutputChannel('报告检查', { log: true });
  const statusBar = new ReportStatusBar();
  context.subscriptions.push(output, statusBar);
  const authoring = registerAuthoring(context);
  registerWord(context);

  const start = async () => {
    await stopClient();
    statusBar.clear();
    const c = createLanguageClient(context, output);
    client = c;
    c.onNotification(statusNotification, (p: StatusParams) => {
      statusBar.update(p);
      authoring.status(p);
    });
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
    // Which languages the client sends to the server, and whether VS Code validates config files
    // itself, are fixed when it starts.
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration(`${settingsSection}.plaintext`) || e.affectsConfiguration('json.validate.enable')) void start();
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
