// A small LSP client for tests: spawns a server process and speaks JSON-RPC over its stdio.
import { spawn, type ChildProcess } from 'node:child_process';
import {
  CodeActionRequest,
  ConfigurationRequest,
  createProtocolConnection,
  DidChangeConfigurationNotification,
  DidChangeTextDocumentNotification,
  DidCloseTextDocumentNotification,
  DidOpenTextDocumentNotification,
  DidSaveTextDocumentNotification,
  DocumentSymbolRequest,
  ExitNotification,
  FoldingRangeRequest,
  InitializedNotification,
  InitializeRequest,
  PublishDiagnosticsNotification,
  RegistrationRequest,
  ShutdownRequest,
  UnregistrationRequest,
  DidChangeWatchedFilesNotification,
  type FileEvent,
  StreamMessageReader,
  StreamMessageWriter,
  type CodeAction,
  type Diagnostic,
  type DocumentSymbol,
  type FoldingRange,
  type InitializeResult,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
  type Range,
  type TextDocumentContentChangeEvent,
  type TextEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { checkingNotification, statusNotification, type CheckingParams, type StatusParams } from '../../server/src/shared/protocol';
import { serverBundle } from './paths';

/** The least time a wait gives a server before it counts as hung (see wait()). */
const MIN_WAIT_MS = 120_000;


export interface StartOptions {
  /** Command line; defaults to `node dist/server.js --stdio`. */
  args?: string[];
  initializationOptions?: unknown;
  /** When set, the client advertises workspace/configuration and answers with this section. */
  configuration?: Record<string, unknown>;
  /** Workspace folder URIs sent in `initialize`. */
  workspaceFolders?: string[];
  /** Advertise dynamic registration of file watchers (workspace/didChangeWatchedFiles). */
  watchFiles?: boolean;
  /** Advertise window.workDoneProgress: the server may report progress ($/progress). */
  workDoneProgress?: boolean;
}

/** A $/progress notification: begin, report or end of one token's progress. */
export interface ProgressEvent {
  token: string | number;
  value: { kind: 'begin' | 'report' | 'end'; title?: string; message?: string };
}

interface Waiter<T> {
  match: (v: T) => boolean;
  resolve: (v: T) => void;
}

/** Events of one kind, kept in arrival order, with promises for ones still to come. */
class EventLog<T> {
  readonly all: T[] = [];
  private waiters: Waiter<T>[] = [];

  push(v: T): void {
    this.all.push(v);
    this.waiters = this.waiters.filter((w) => {
      if (!w.match(v)) return true;
      w.resolve(v);
      return false;
    });
  }

  /** The first event (already seen from index `from`, or to come) that matches. */
  /**
   * Waits for a matching value. `timeoutMs` is a hang guard, never a speed check: it is raised to
   * at least MIN_WAIT_MS so that a machine whose cores are all busy does not fail a test.
   */
  wait(match: (v: T) => boolean, what: string, timeoutMs: number, from = 0): Promise<T> {
    timeoutMs = Math.max(timeoutMs, MIN_WAIT_MS);
    const seen = this.all.slice(from).find(match);
    if (seen) return Promise.resolve(seen);
    return new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiters = this.waiters.filter((w) => w !== waiter);
        reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what}; got ${JSON.stringify(this.all.slice(-3))}`));
      }, timeoutMs);
      const waiter: Waiter<T> = {
        match,
        resolve: (v) => {
          clearTimeout(timer);
          resolve(v);
        },
      };
      this.waiters.push(waiter);
    });
  }
}

export class LspTestClient {
  readonly diagnostics = new EventLog<PublishDiagnosticsParams>();
  readonly statuses = new EventLog<StatusParams>();
  /** reportLint/checking: long analyses beginning and ending. */
  readonly checking = new EventLog<CheckingParams>();
  /** window/logMessage texts. */
  readonly logs = new EventLog<string>();
  readonly progress = new EventLog<ProgressEvent>();
  readonly docs = new Map<string, TextDocument>();
  stderr = '';
  initializeResult!: InitializeResult;
  configuration: Record<string, unknown> | undefined;
  registrations: string[] = [];
  /** Every registration the server asked for, with its options. */
  registered: { id: string; method: string; registerOptions?: unknown }[] = [];
  unregistered: string[] = [];

  private constructor(
    readonly proc: ChildProcess,
    readonly conn: ProtocolConnection,
  ) {}

  /** initializationOptions every start adds (under its own): see describeInBothModes. */
  static extraInitializationOptions: Record<string, unknown> = {};

  static async start(opts: StartOptions = {}): Promise<LspTestClient> {
    const args = opts.args ?? [serverBundle, '--stdio'];
    const own = opts.initializationOptions;
    const initializationOptions =
      Object.keys(LspTestClient.extraInitializationOptions).length === 0
        ? own
        : { ...LspTestClient.extraInitializationOptions, ...(typeof own === 'object' && own !== null ? own : {}) };
    const proc = spawn(process.execPath, args, { stdio: ['pipe', 'pipe', 'pipe'] });
    const conn = createProtocolConnection(new StreamMessageReader(proc.stdout!), new StreamMessageWriter(proc.stdin!));
    const client = new LspTestClient(proc, conn);
    client.configuration = opts.configuration;
    proc.stderr!.on('data', (d: Buffer) => (client.stderr += d.toString()));
    conn.onNotification(PublishDiagnosticsNotification.type, (p) => client.diagnostics.push(p));
    conn.onNotification(statusNotification, (p: StatusParams) => client.statuses.push(p));
    conn.onNotification(checkingNotification, (p: CheckingParams) => client.checking.push(p));
    conn.onNotification('window/logMessage', (p: { message: string }) => {
      client.stderr += `[log] ${p.message}\n`;
      client.logs.push(p.message);
    });
    conn.onRequest('window/workDoneProgress/create', () => null);
    conn.onNotification('$/progress', (p: ProgressEvent) => client.progress.push(p));
    conn.onRequest(ConfigurationRequest.type, (p) => p.items.map(() => client.configuration ?? null));
    conn.onRequest(RegistrationRequest.type, (p) => {
      client.registrations.push(...p.registrations.map((r) => r.method));
      client.registered.push(...p.registrations);
    });
    conn.onRequest(UnregistrationRequest.type, (p) => {
      client.unregistered.push(...p.unregisterations.map((u) => u.id));
    });
    conn.listen();
    client.initializeResult = await conn.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri: null,
      clientInfo: { name: 'report-lint-tests' },
      capabilities: {
        general: { positionEncodings: ['utf-16'] },
        ...(opts.workDoneProgress ? { window: { workDoneProgress: true } } : {}),
        workspace: {
          ...(opts.configuration ? { configuration: true, didChangeConfiguration: { dynamicRegistration: true } } : {}),
          ...(opts.watchFiles ? { didChangeWatchedFiles: { dynamicRegistration: true, relativePatternSupport: true } } : {}),
          ...(opts.workspaceFolders ? { workspaceFolders: true } : {}),
        },
        textDocument: {
          publishDiagnostics: { versionSupport: true, relatedInformation: true },
          documentSymbol: { hierarchicalDocumentSymbolSupport: true },
        },
      },
      initializationOptions,
      ...(opts.workspaceFolders ? { workspaceFolders: opts.workspaceFolders.map((uri, i) => ({ uri, name: `folder${i}` })) } : {}),
    });
    await conn.sendNotification(InitializedNotification.type, {});
    return client;
  }

  async open(uri: string, text: string, languageId = 'markdown'): Promise<void> {
    this.docs.set(uri, TextDocument.create(uri, languageId, 1, text));
    await this.conn.sendNotification(DidOpenTextDocumentNotification.type, {
      textDocument: { uri, languageId, version: 1, text },
    });
  }

  /** Sends incremental changes; returns the new version. */
  async change(uri: string, changes: { range: Range; text: string }[]): Promise<number> {
    const doc = this.doc(uri);
    const version = doc.version + 1;
    TextDocument.update(doc, changes as TextDocumentContentChangeEvent[], version);
    await this.conn.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri, version },
      contentChanges: changes,
    });
    return version;
  }

  /** Applies text edits (as the editor would, in one change event per edit, last first). */
  async applyEdits(uri: string, edits: TextEdit[]): Promise<number> {
    const sorted = [...edits].sort((a, b) => this.doc(uri).offsetAt(b.range.start) - this.doc(uri).offsetAt(a.range.start));
    return this.change(uri, sorted.map((e) => ({ range: e.range, text: e.newText })));
  }

  async applyWorkspaceEdit(edit: WorkspaceEdit, uri: string): Promise<number> {
    const edits: TextEdit[] = [...(edit.changes?.[uri] ?? [])];
    for (const dc of edit.documentChanges ?? []) {
      if ('textDocument' in dc && dc.textDocument.uri === uri) edits.push(...(dc.edits as TextEdit[]));
    }
    if (edits.length === 0) throw new Error(`workspace edit has no edits for ${uri}: ${JSON.stringify(edit)}`);
    return this.applyEdits(uri, edits);
  }

  async save(uri: string): Promise<void> {
    await this.conn.sendNotification(DidSaveTextDocumentNotification.type, { textDocument: { uri } });
  }

  async close(uri: string): Promise<void> {
    this.docs.delete(uri);
    await this.conn.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
  }

  /** workspace/didChangeWatchedFiles, as the editor sends it when a watched file changes on disk. */
  async filesChanged(changes: FileEvent[]): Promise<void> {
    await this.conn.sendNotification(DidChangeWatchedFilesNotification.type, { changes });
  }

  async changeConfiguration(configuration: Record<string, unknown>): Promise<void> {
    this.configuration = configuration;
    await this.conn.sendNotification(DidChangeConfigurationNotification.type, { settings: { reportLint: configuration } });
  }

  doc(uri: string): TextDocument {
    const d = this.docs.get(uri);
    if (!d) throw new Error(`${uri} is not open`);
    return d;
  }

  text(uri: string, range?: Range): string {
    return this.doc(uri).getText(range);
  }

  /** The diagnostics published for exactly this version of the document. */
  waitForDiagnostics(uri: string, version: number, timeoutMs = 10_000): Promise<PublishDiagnosticsParams> {
    return this.diagnostics.wait((p) => p.uri === uri && p.version === version, `diagnostics for ${uri} v${version}`, timeoutMs);
  }

  /** The first publish for the document, from the `from`-th publish on, that satisfies `match`. */
  waitForPublish(uri: string, match: (p: PublishDiagnosticsParams) => boolean, what: string, from = 0, timeoutMs = 10_000) {
    return this.diagnostics.wait((p) => p.uri === uri && match(p), what, timeoutMs, from);
  }

  codeActions(uri: string, range: Range, diagnostics: Diagnostic[] = []): Promise<CodeAction[]> {
    return this.conn.sendRequest(CodeActionRequest.type, {
      textDocument: { uri },
      range,
      context: { diagnostics },
    }) as Promise<CodeAction[]>;
  }

  documentSymbols(uri: string): Promise<DocumentSymbol[]> {
    return this.conn.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } }) as Promise<DocumentSymbol[]>;
  }

  foldingRanges(uri: string): Promise<FoldingRange[]> {
    return this.conn.sendRequest(FoldingRangeRequest.type, { textDocument: { uri } }) as Promise<FoldingRange[]>;
  }

  /** stop(), failing the test unless the server exits with code 0 (its stderr in the message). */
  async stopCleanly(): Promise<void> {
    const code = await this.stop();
    if (code !== 0) throw new Error(`server exit code ${code}; stderr:\n${this.stderr}`);
  }

  /** Shuts the server down politely; returns its exit code. */
  async stop(): Promise<number | null> {
    const exited = new Promise<number | null>((resolve) => {
      if (this.proc.exitCode !== null) resolve(this.proc.exitCode);
      else this.proc.once('exit', (code) => resolve(code));
    });
    try {
      await this.conn.sendRequest(ShutdownRequest.type);
      await this.conn.sendNotification(ExitNotification.type);
    } catch {
      // Already gone: the exit code tells.
    }
    const code = await Promise.race([exited, new Promise<'timeout'>((r) => setTimeout(() => r('timeout'), 5000))]);
    this.conn.dispose();
    if (code === 'timeout') {
      this.proc.kill();
      throw new Error('server did not exit after shutdown/exit');
    }
    return code;
  }
}

/**
 * `describe`, twice: as written (small documents are analysed on the server's thread), and with
 * every document analysed on the worker thread that normally takes only large ones
 * (backgroundAnalysisChars 1), so each feature is tested on both paths.
 */
export function describeInBothModes(title: string, body: () => void): void {
  describe(title, body);
  describe(`${title} (analysed on the worker thread)`, () => {
    before(() => (LspTestClient.extraInitializationOptions = { backgroundAnalysisChars: 1 }));
    after(() => (LspTestClient.extraInitializationOptions = {}));
    body();
  });
}
