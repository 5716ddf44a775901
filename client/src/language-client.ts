// Creates the language client for the bundled server (dist/server.js over Node IPC).
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type DocumentSelector, type ServerOptions } from 'vscode-languageclient/node';
import { type InitializationOptions } from '../../server/src/shared/protocol';
import { CrashLimiter } from './crash-limiter';
import type { CheckedDocuments } from './unchecked/checked-documents';

/** Config files and term packs: synced so the server reads unsaved edits and marks their errors. */
const configLanguages = ['json', 'jsonc'];

/**
 * Plain text is always synced: the server checks it when reportLint.plaintext is on or the
 * writer asked to check the document (CheckedDocuments), and otherwise says it skipped it.
 */
function documentSelector(): DocumentSelector {
  const languages = ['markdown', 'plaintext'];
  return [
    ...languages.flatMap((language) => [
      { language, scheme: 'file' },
      { language, scheme: 'untitled' },
    ]),
    ...configLanguages.map((language) => ({ language, scheme: 'file' })),
  ];
}

const isConfigDocument = (doc: vscode.TextDocument): boolean => configLanguages.includes(doc.languageId);

/** VS Code's JSON service validates .reportlintrc.json against our schema (jsonValidation) unless turned off. */
function jsonValidationByClient(): boolean {
  return vscode.workspace.getConfiguration('json').get<boolean>('validate.enable', true);
}

export function createLanguageClient(context: vscode.ExtensionContext, outputChannel: vscode.LogOutputChannel, checked: CheckedDocuments): LanguageClient {
  const module = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  return new LanguageClient('reportLint', '报告检查 report-lint', serverOptions, {
    documentSelector: documentSelector(),
    outputChannel,
    errorHandler: new CrashLimiter(),
    initializationOptions: {
      trustedWorkspace: vscode.workspace.isTrusted,
      jsonValidationByClient: jsonValidationByClient(),
    } satisfies InitializationOptions,
    // JSON documents are synced for their text only: the outline, folding and code actions of
    // a JSON file are VS Code's own.
    middleware: {
      provideDocumentSymbols: (doc, token, next) => (isConfigDocument(doc) ? undefined : next(doc, token)),
      provideFoldingRanges: (doc, context, token, next) => (isConfigDocument(doc) ? undefined : next(doc, context, token)),
      provideCodeActions: (doc, range, context, token, next) => (isConfigDocument(doc) ? undefined : next(doc, range, context, token)),
      workspace: { configuration: checked.configurationMiddleware() },
    },
    // Settings are pulled with workspace/configuration; the server registers for change
    // notifications of the `reportLint` section itself.
  });
}
