// The language server: wires LSP requests to the engine. Shared by dist/server.js and
// `report-lint --stdio`.
import {
  CodeActionKind,
  createConnection,
  DidChangeConfigurationNotification,
  ProposedFeatures,
  TextDocuments,
  TextDocumentSyncKind,
  type Connection,
  type InitializeResult,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { AnalysisResult } from '../engine';
import { version } from '../version';
import { Analyser } from './analysis';
import { codeActions } from './code-actions';
import { documentSymbols, foldingRanges } from './outline';
import { settingsSection } from './protocol';
import { SettingsStore } from './settings-store';

/** Starts the server on the transport named in argv (--stdio, --node-ipc, --socket=). */
export function startServer(connection: Connection = createConnection(ProposedFeatures.all)): Connection {
  const documents = new TextDocuments(TextDocument);
  let settings: SettingsStore;
  let pushConfigChanges = false;
  const analyser = new Analyser({
    connection,
    document: (uri) => documents.get(uri),
    allDocuments: () => documents.all(),
    settings: (uri) => settings.get(uri),
    knownSettings: (uri) => settings.known(uri),
  });

  /**
   * Answers a request from the current analysis of an open document; without one, or when
   * the handler throws (logged), answers `fallback`.
   */
  const fromAnalysis = <T>(what: string, uri: string, fallback: T, fn: (result: AnalysisResult) => T): T => {
    try {
      const doc = documents.get(uri);
      const result = doc && analyser.current(doc);
      return result ? fn(result) : fallback;
    } catch (e) {
      connection.console.error(`report-lint: ${what} failed: ${e instanceof Error ? e.stack : String(e)}`);
      return fallback;
    }
  };

  connection.onInitialize((params): InitializeResult => {
    const caps = params.capabilities;
    settings = new SettingsStore(connection, !!caps.workspace?.configuration, params.initializationOptions);
    pushConfigChanges = !!caps.workspace?.configuration && !!caps.workspace.didChangeConfiguration?.dynamicRegistration;
    return {
      capabilities: {
        positionEncoding: 'utf-16',
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
        documentSymbolProvider: true,
        foldingRangeProvider: true,
      },
      serverInfo: { name: 'report-lint', version },
    };
  });

  connection.onInitialized(() => {
    if (pushConfigChanges) void connection.client.register(DidChangeConfigurationNotification.type, { section: settingsSection });
  });

  connection.onDidChangeConfiguration((params) => {
    settings.changed(params.settings);
    analyser.validateAll();
  });

  // didOpen fires onDidChangeContent too: analyse a newly opened document at once, and
  // debounce the edits that follow.
  const open = new Set<string>();
  documents.onDidChangeContent(({ document: doc }) => {
    if (!open.has(doc.uri)) {
      open.add(doc.uri);
      void analyser.validate(doc.uri);
      return;
    }
    const s = settings.known(doc.uri);
    if (s.run === 'onType') analyser.schedule(doc.uri, s.debounceMs);
  });
  documents.onDidSave((e) => {
    if (settings.known(e.document.uri).run === 'onSave') void analyser.validate(e.document.uri);
  });
  documents.onDidClose((e) => {
    open.delete(e.document.uri);
    analyser.forget(e.document.uri);
    settings.forget(e.document.uri);
    void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
  });

  connection.onCodeAction(({ textDocument: { uri }, range, context }) =>
    fromAnalysis('code actions', uri, [], (r) => codeActions(uri, r, range, context.only)),
  );
  connection.onDocumentSymbol(({ textDocument: { uri } }) =>
    fromAnalysis('document symbols', uri, [], (r) => documentSymbols(r.document)),
  );
  connection.onFoldingRanges(({ textDocument: { uri } }) =>
    fromAnalysis('folding ranges', uri, [], (r) => foldingRanges(r.document)),
  );

  connection.onShutdown(() => analyser.dispose());

  documents.listen(connection);
  connection.listen();
  return connection;
}
