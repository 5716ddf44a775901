// Creates the language client for the bundled server (dist/server.js over Node IPC).
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type DocumentSelector, type ServerOptions } from 'vscode-languageclient/node';
import { settingsSection } from '../../server/src/lsp/protocol';
import { CrashLimiter } from './crash-limiter';

export function documentSelector(plaintext: boolean): DocumentSelector {
  const languages = plaintext ? ['markdown', 'plaintext'] : ['markdown'];
  return languages.flatMap((language) => [
    { language, scheme: 'file' },
    { language, scheme: 'untitled' },
  ]);
}

export function plaintextEnabled(): boolean {
  return vscode.workspace.getConfiguration(settingsSection).get<boolean>('plaintext', false);
}

export function createLanguageClient(context: vscode.ExtensionContext, outputChannel: vscode.LogOutputChannel): LanguageClient {
  const module = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  return new LanguageClient('reportLint', '报告检查 report-lint', serverOptions, {
    documentSelector: documentSelector(plaintextEnabled()),
    outputChannel,
    errorHandler: new CrashLimiter(),
    // Settings are pulled with workspace/configuration; the server registers for change
    // notifications of the `reportLint` section itself.
  });
}
