// VS Code extension entry: runs the report-lint language server and the status bar item.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { settingsSection, statusNotification, type StatusParams } from '../../server/src/lsp/protocol';
import { createLanguageClient } from './language-client';
import { ReportStatusBar } from './status-bar';

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

  const start = async () => {
    await stopClient();
    statusBar.clear();
    const c = createLanguageClient(context, output);
    client = c;
    c.onNotification(statusNotification, (p: StatusParams) => statusBar.update(p));
    try {
      await c.start();
    } catch (e) {
      output.error(`报告检查服务启动失败：${e instanceof Error ? e.message : String(e)}`);
      void vscode.window.showErrorMessage('报告检查服务启动失败，详见“输出”面板中的“报告检查”。');
    }
  };

  context.subscriptions.push(
    vscode.commands.registerCommand('reportLint.restartServer', start),
    // Which languages the client sends to the server is fixed when it starts.
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration(`${settingsSection}.plaintext`)) void start();
    }),
  );
  await start();
}

export function deactivate(): Promise<void> {
  return stopClient();
}
