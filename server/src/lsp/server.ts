// The language server: wires LSP requests to the engine. Shared by dist/server.js and
// `report-lint --stdio`.
import {
  CodeActionKind,
  ErrorCodes,
  ResponseError,
  createConnection,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  FileChangeType,
  ProposedFeatures,
  TextDocuments,
  TextDocumentSyncKind,
  type Connection,
  type InitializeResult,
} from 'vscode-languageserver/node';
import { join } from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { version } from '../version';
import { Analyser, type AnalysisHost } from './analysis';
import { codeActions } from './code-actions';
import { completionItems } from './completion';
import { ConfigWatcher } from './config-watcher';
import { errorText } from './error-text';
import { withFormat } from './document-format';
import { errorLog, guard } from './guard';
import { documentSymbols, foldingRanges } from './outline';
import type { OutlineResult } from './outline-result';
import { uriToPath } from './paths';
import { settingsSection, trustNotification, type TrustParams } from '../shared/protocol';
import { engineConfig } from './settings';
import { SettingsStore } from './settings-store';
import { isConfigFileName, WorkspaceConfigs } from './workspace-config';
import { initialFolders, readServerOptions } from './server-options';

/** JSON documents are config files or term packs, never reports. */
function isJsonDocument(doc: TextDocument): boolean {
  return doc.languageId === 'json' || doc.languageId === 'jsonc' || /\.json$/i.test(doc.uri);
}

/** Starts the server on the transport named in argv (--stdio, --node-ipc, --socket=). */
export function startServer(connection: Connection = createConnection(ProposedFeatures.all)): Connection {
  const documents = new TextDocuments(TextDocument);
  let settings: SettingsStore;
  let configs: WorkspaceConfigs;
  let watcher: ConfigWatcher | undefined;
  let pushConfigChanges = false;
  let watchFolders = false;
  let folders: string[] = [];
  /** Open documents by file system path, for the config reader (buffers win over the disk). */
  const openByPath = new Map<string, string>();

  const reports = () => documents.all().filter((d) => !isJsonDocument(d));
  const log = errorLog(connection);
  /** Set at `initialize`: requests before it get error -32002, notifications are dropped. */
  let initialized = false;
  // Made at `initialize`, which carries its options; no document arrives before.
  let analyser!: Analyser;
  const analysisHost: AnalysisHost = {
    connection,
    document: (uri) => {
      const doc = documents.get(uri);
      return doc && !isJsonDocument(doc) ? doc : undefined;
    },
    allDocuments: reports,
    settings: (uri) => settings.get(uri),
    knownSettings: (uri) => settings.known(uri),
    engineConfig: (doc, s) => withFormat(doc, configs.forDocument(doc.uri, uriToPath(doc.uri), engineConfig(s))),
  };

  /** An open config file is loaded on its own, so its errors show with no report open. */
  const loadOpenConfigFiles = () => {
    for (const doc of documents.all()) {
      const path = uriToPath(doc.uri);
      if (path && isJsonDocument(doc) && isConfigFileName(path)) configs.openConfigFile(doc.uri, path, engineConfig(settings.known(doc.uri)));
    }
  };

  /** Everything again: after a settings, trust or folder change, or a config file created or deleted. */
  const reanalyseAll = () => {
    loadOpenConfigFiles();
    analyser.validateAll();
  };

  /**
   * A config or pack file changed: re-analyse the documents that use it. Several files in one
   * event (a checkout creating 3,000 files) are one reload and one analysis per document.
   */
  const configFilesChanged = (paths: string[], kind: 'changed' | 'created' | 'deleted') => {
    const users = configs.fileChanged(paths, kind);
    if (kind !== 'changed') {
      reanalyseAll();
      return;
    }
    for (const uri of users) {
      const doc = documents.get(uri);
      if (doc && !isJsonDocument(doc)) analyser.refresh(uri);
    }
  };
  const configFileChanged = (path: string, kind: 'changed' | 'created' | 'deleted') => configFilesChanged([path], kind);

  /**
   * Answers a request from the current analysis of an open document; without one, or when
   * the handler throws (logged), answers `fallback`.
   */
  const fromAnalysis = async <T>(what: string, uri: string, fallback: T, fn: (result: OutlineResult) => T): Promise<T | ResponseError<void>> => {
    if (!initialized) return new ResponseError(ErrorCodes.ServerNotInitialized, 'report-lint: the server is not initialized yet (send initialize first)');
    try {
      const result = await analyser.current(uri);
      return result ? fn(result) : fallback;
    } catch (e) {
      connection.console.error(`report-lint: ${what} failed: ${errorText(e)}`);
      return fallback;
    }
  };

  connection.onInitialize((params): InitializeResult => {
    const caps = params.capabilities;
    const options = readServerOptions(params.initializationOptions);
    // The worker's bundle lies beside this one (dist/); run from source, there is none and large
    // documents are analysed on this thread.
    analyser = new Analyser(analysisHost, { backgroundChars: options.backgroundChars, workerFile: join(__dirname, 'analysis-worker.js') });
    settings = new SettingsStore(connection, !!caps.workspace?.configuration, params.initializationOptions);
    pushConfigChanges = !!caps.workspace?.configuration && !!caps.workspace.didChangeConfiguration?.dynamicRegistration;
    watchFolders = !!caps.workspace?.workspaceFolders;
    folders = initialFolders(params);
    configs = new WorkspaceConfigs(
      {
        openText: (path) => {
          const uri = openByPath.get(path);
          return uri === undefined ? undefined : documents.get(uri)?.getText();
        },
        openUri: (path) => openByPath.get(path),
        publish: (uri, diagnostics) => void connection.sendDiagnostics({ uri, diagnostics }),
        filesChanged: () => watcher?.update(configs.files()),
      },
      { trusted: options.trustedWorkspace, jsonValidationByClient: options.jsonValidationByClient, folders },
    );
    initialized = true;
    if (caps.workspace?.didChangeWatchedFiles?.dynamicRegistration) {
      watcher = new ConfigWatcher(connection, !!caps.workspace.didChangeWatchedFiles.relativePatternSupport);
    }
    return {
      capabilities: {
        positionEncoding: 'utf-16',
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
        completionProvider: {},
        documentSymbolProvider: true,
        foldingRangeProvider: true,
        ...(watchFolders ? { workspace: { workspaceFolders: { supported: true, changeNotifications: true } } } : {}),
      },
      serverInfo: { name: 'report-lint', version },
    };
  });

  connection.onInitialized(guard(log, 'initialized', () => {
    if (pushConfigChanges) void connection.client.register(DidChangeConfigurationNotification.type, { section: settingsSection });
    watcher?.start();
    if (watchFolders) {
      connection.workspace.onDidChangeWorkspaceFolders(guard(log, 'workspace folders', ({ added, removed }) => {
        const paths = (list: { uri: string }[]) => list.map((f) => uriToPath(f.uri)).filter((p): p is string => p !== null);
        const gone = new Set(paths(removed));
        folders = [...folders.filter((f) => !gone.has(f)), ...paths(added)];
        configs.setFolders(folders);
        reanalyseAll();
      }));
    }
  }));

  connection.onDidChangeConfiguration(guard(log, 'settings change', (params) => {
    if (!initialized) return;
    settings.changed(params.settings);
    reanalyseAll();
  }));

  connection.onNotification(trustNotification, guard(log, 'trust change', (params: TrustParams) => {
    if (!initialized || typeof params?.trusted !== 'boolean' || params.trusted === configs.trusted) return;
    configs.setTrusted(params.trusted);
    reanalyseAll();
  }));

  connection.onNotification(DidChangeWatchedFilesNotification.type, guard(log, 'watched files', ({ changes }: { changes: { uri: string; type: number }[] }) => {
    if (!initialized || !Array.isArray(changes)) return;
    const changed: string[] = [];
    const added: string[] = [];
    for (const c of changes) {
      const path = typeof c?.uri === 'string' ? uriToPath(c.uri) : null;
      if (!path) continue;
      if (c.type === FileChangeType.Changed) {
        // An open buffer wins over the disk: saving it changes nothing we read.
        if (!openByPath.has(path) && configs.reads(path)) changed.push(path);
      } else if (isConfigFileName(path) || configs.reads(path) || c.type === FileChangeType.Created) {
        added.push(path);
      }
    }
    // Created or deleted files reload everything anyway: once for the whole event.
    if (added.length > 0) configFilesChanged([...added, ...changed], 'created');
    else if (changed.length > 0) configFilesChanged(changed, 'changed');
  }));

  // Edits of a config or pack file are applied after the writer pauses, like analyses.
  const jsonTimers = new Map<string, NodeJS.Timeout>();
  const jsonEdited = (doc: TextDocument, path: string) => {
    clearTimeout(jsonTimers.get(doc.uri));
    jsonTimers.set(
      doc.uri,
      setTimeout(
        guard(log, 'config file edit', () => {
          jsonTimers.delete(doc.uri);
          if (configs.reads(path)) configFileChanged(path, 'changed');
          if (isConfigFileName(path)) configs.openConfigFile(doc.uri, path, engineConfig(settings.known(doc.uri)));
        }),
        settings.known(doc.uri).debounceMs,
      ),
    );
  };

  // didOpen fires onDidChangeContent too: analyse a newly opened document at once, and
  // debounce the edits that follow.
  const open = new Set<string>();
  documents.onDidChangeContent(guard(log, 'document change', ({ document: doc }: { document: TextDocument }) => {
    if (!initialized) return;
    const opened = !open.has(doc.uri);
    open.add(doc.uri);
    if (isJsonDocument(doc)) {
      const path = uriToPath(doc.uri);
      if (!path) return;
      if (opened) {
        openByPath.set(path, doc.uri);
        // The buffer may differ from the disk. A config file no config read yet may be new (an editor
        // without file watchers tells us no other way), and may now be the nearest one.
        if (configs.reads(path)) configFileChanged(path, 'changed');
        else if (isConfigFileName(path)) configFileChanged(path, 'created');
        if (isConfigFileName(path)) {
          // Its schema errors may now be the client's to show.
          configs.republish(path);
          configs.openConfigFile(doc.uri, path, engineConfig(settings.known(doc.uri)));
        }
      } else jsonEdited(doc, path);
      return;
    }
    if (opened) {
      analyser.validateSafely(doc.uri);
      return;
    }
    analyser.changed(doc.uri);
    const s = settings.known(doc.uri);
    if (s.run === 'onType') analyser.schedule(doc.uri, s.debounceMs);
  }));
  documents.onDidSave(guard(log, 'save', (e: { document: TextDocument }) => {
    if (!initialized) return;
    if (!isJsonDocument(e.document) && settings.known(e.document.uri).run === 'onSave') analyser.validateSafely(e.document.uri);
  }));
  documents.onDidClose(guard(log, 'close', (e: { document: TextDocument }) => {
    if (!initialized) return;
    const { uri } = e.document;
    open.delete(uri);
    configs.release(uri);
    settings.forget(uri);
    if (isJsonDocument(e.document)) {
      clearTimeout(jsonTimers.get(uri));
      jsonTimers.delete(uri);
      const path = uriToPath(uri);
      if (path && openByPath.get(path) === uri) {
        openByPath.delete(path);
        // From now on the disk's text applies, and VS Code no longer shows the schema errors.
        if (configs.reads(path)) configFileChanged(path, 'changed');
        configs.republish(path);
      }
      return;
    }
    analyser.forget(uri);
    void connection.sendDiagnostics({ uri, diagnostics: [] });
  }));

  connection.onCodeAction(({ textDocument: { uri }, range, context }) =>
    fromAnalysis('code actions', uri, [], (r) =>
      codeActions(uri, r, range, context.only, { workspace: configs.trusted && uriToPath(uri) !== null }),
    ),
  );
  connection.onDocumentSymbol(({ textDocument: { uri } }) =>
    fromAnalysis('document symbols', uri, [], (r) => documentSymbols(r.document)),
  );
  connection.onCompletion(({ textDocument: { uri }, position }) =>
    // Completion matches headings to the profile's parts on this thread, under a pattern budget (engine/complete.ts).
    fromAnalysis('completion', uri, [], (r) =>
      completionItems({ ...r, document: analyser.fullDocument(uri, r) }, position, configs.forDocument(uri, uriToPath(uri), engineConfig(settings.known(uri))).config),
    ),
  );
  connection.onFoldingRanges(({ textDocument: { uri } }) =>
    fromAnalysis('folding ranges', uri, [], (r) => foldingRanges(r.document)),
  );

  connection.onShutdown(() => {
    analyser?.dispose();
    for (const t of jsonTimers.values()) clearTimeout(t);
    jsonTimers.clear();
    watcher?.dispose();
  });

  documents.listen(connection);
  connection.listen();
  return connection;
}
