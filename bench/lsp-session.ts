// A language server session for the benchmark: `node dist/server.js --stdio` over stdio, with
// waits for the diagnostics of a given version and for progress reports.
import { spawn } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import {
  createProtocolConnection,
  DidChangeTextDocumentNotification,
  DidCloseTextDocumentNotification,
  DidOpenTextDocumentNotification,
  ExitNotification,
  InitializedNotification,
  InitializeRequest,
  PublishDiagnosticsNotification,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
  type Range,
} from 'vscode-languageserver/node';

const TIMEOUT_MS = 60_000;

export interface LspSession {
  conn: ProtocolConnection;
  /** Spawn to the initialize result. */
  startToInitializeMs: number;
  /** The diagnostics of this version of the document (register before sending what causes them). */
  published(uri: string, version: number): Promise<PublishDiagnosticsParams>;
  /** The next $/progress "begin" (register before sending what causes it). */
  progressBegins(): Promise<void>;
  open(uri: string, text: string): Promise<void>;
  change(uri: string, version: number, range: Range, text: string): Promise<void>;
  close(uri: string): Promise<void>;
  stop(): Promise<void>;
}

export async function startSession(serverPath: string, initializationOptions: unknown, workDoneProgress = false): Promise<LspSession> {
  const t0 = performance.now();
  const proc = spawn(process.execPath, [serverPath, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
  let stderr = '';
  proc.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const conn = createProtocolConnection(new StreamMessageReader(proc.stdout), new StreamMessageWriter(proc.stdin));
  const waiting = new Map<string, (p: PublishDiagnosticsParams) => void>();
  conn.onNotification(PublishDiagnosticsNotification.type, (p) => {
    const key = `${p.uri}#${p.version}`;
    const done = waiting.get(key);
    if (done) {
      waiting.delete(key);
      done(p);
    }
  });
  let begins: (() => void)[] = [];
  conn.onRequest('window/workDoneProgress/create', () => null);
  conn.onNotification('$/progress', (p: { value: { kind: string } }) => {
    if (p.value.kind !== 'begin') return;
    const now = begins;
    begins = [];
    for (const f of now) f();
  });
  conn.listen();
  const withTimeout = <T>(what: string, register: (resolve: (v: T) => void) => void): Promise<T> =>
    new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no ${what} after ${TIMEOUT_MS} ms\n${stderr}`)), TIMEOUT_MS);
      register((v) => {
        clearTimeout(timer);
        resolve(v);
      });
    });
  await conn.sendRequest(InitializeRequest.type, {
    processId: process.pid,
    rootUri: null,
    capabilities: { textDocument: { publishDiagnostics: { versionSupport: true } }, ...(workDoneProgress ? { window: { workDoneProgress: true } } : {}) },
    // No workspace/configuration capability: the server takes these settings as they are.
    initializationOptions,
  });
  const startToInitializeMs = performance.now() - t0;
  await conn.sendNotification(InitializedNotification.type, {});
  return {
    conn,
    startToInitializeMs,
    published: (uri, version) => withTimeout(`diagnostics for ${uri} version ${version}`, (r) => waiting.set(`${uri}#${version}`, r)),
    progressBegins: () => withTimeout('progress begin', (r) => begins.push(() => r(undefined))),
    open: (uri, text) => conn.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'markdown', version: 1, text } }),
    change: (uri, version, range, text) =>
      conn.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges: [{ range, text }] }),
    close: (uri) => conn.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } }),
    stop: async () => {
      try {
        await Promise.race([conn.sendRequest(ShutdownRequest.type), new Promise((r) => setTimeout(r, 2000))]);
        await conn.sendNotification(ExitNotification.type);
      } catch {
        // The server is gone already.
      }
      setTimeout(() => proc.exitCode === null && proc.kill(), 2000).unref();
      conn.dispose();
    },
  };
}
