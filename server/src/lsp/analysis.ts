// Runs the engine on open documents: debouncing, the per-document cache, and publishing.
// Never publishes a result for a version older than the document's current one. What it keeps
// per document is that document's DocumentState (document-state.ts).
import type { Connection, Diagnostic } from 'vscode-languageserver/node';
import { DiagnosticSeverity } from 'vscode-languageserver/node';
import { isPlaintext } from './document-format';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { analyze, createAnalysisCache, type AnalysisCache, type AnalysisResult, type EngineConfig, type ReportDocument } from '../engine';
import { parseReport } from '../engine/parse/document';
import { BackgroundAnalyses } from './background';
import { DocumentState, sameInput, type EngineInput, type Outcome } from './document-state';
import { isWholeResult, type OutlineResult } from './outline-result';
import { looksBinary } from './binary-text';
import { errorText } from './error-text';
import { errorLog, guard } from './guard';
import { beginProgress } from './progress';
import { countSeverities, toDiagnostic } from './diagnostics';
import { checkingNotification, DIAGNOSTIC_SOURCE, statusNotification, type CheckingParams, type StatusParams } from '../shared/protocol';
import type { Settings } from './settings';

export interface AnalysisHost {
  connection: Connection;
  document(uri: string): TextDocument | undefined;
  allDocuments(): TextDocument[];
  /** Settings for a document, fetched from the client (may be cached). */
  settings(uri: string): Promise<Settings>;
  /** The last settings known without asking the client. */
  knownSettings(uri: string): Settings;
  /** The engine config for a document: its settings with its config file (if any) over them. */
  engineConfig(doc: TextDocument, settings: Settings): { config: EngineConfig; configFile: string | null };
}

function mb(bytes: number): string {
  return (bytes / 1_000_000).toFixed(1);
}

/** The last segment of a URI, decoded, for messages. */
function fileName(uri: string): string {
  const last = uri.slice(uri.lastIndexOf('/') + 1);
  try {
    return decodeURIComponent(last);
  } catch {
    return last;
  }
}

/** The one diagnostic of a skipped document, at its start. */
function information(code: string, message: string): Diagnostic {
  return {
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    severity: DiagnosticSeverity.Information,
    source: DIAGNOSTIC_SOURCE,
    code,
    message,
  };
}

/**
 * Whether a config file brought patterns (custom profiles, term patterns): they may take up to the
 * pattern budget (engine packs/budget.ts) whatever the document's size, so they run on the worker
 * and this thread keeps answering.
 */
function usesConfigPatterns(config: EngineConfig): boolean {
  if ((config.profiles?.length ?? 0) > 0) return true;
  const term = config.rules?.term;
  const terms = typeof term === 'object' && term !== null ? term.options?.terms : undefined;
  return Array.isArray(terms) && terms.some((t) => typeof t === 'object' && t !== null && 'pattern' in t);
}

export interface AnalyserOptions {
  /** Documents at least this long (UTF-16 code units) are analysed on a worker thread; 0 = never. */
  backgroundChars: number;
  /** dist/analysis-worker.js */
  workerFile: string;
}

/** The one call of the engine on the server's thread. */
function analyzeHere(text: string, config: EngineConfig, memo: AnalysisCache): AnalysisResult {
  return analyze(text, { config, cache: memo });
}

export class Analyser {
  /** One state per open report; closing it drops the state. */
  private readonly docs = new Map<string, DocumentState>();
  private readonly background: BackgroundAnalyses;

  constructor(
    private readonly host: AnalysisHost,
    private readonly options: AnalyserOptions,
  ) {
    this.background = new BackgroundAnalyses({
      workerFile: options.workerFile,
      log: (m) => host.connection.console.log(m),
      started: (uri, text) => {
        const message = `正在检查 ${fileName(uri)}（${mb(Buffer.byteLength(text, 'utf8'))} MB）…`;
        const endProgress = beginProgress(host.connection, '报告检查', message);
        const checking = (p: CheckingParams) => void host.connection.sendNotification(checkingNotification, p);
        checking({ uri, checking: true, message });
        return () => {
          endProgress();
          checking({ uri, checking: false });
        };
      },
    });
  }

  /** Why a document is not analysed, or null when it is. */
  private skip(doc: TextDocument, text: string, settings: Settings): Outcome | null {
    if (isPlaintext(doc) && !settings.plaintext) return { kind: 'skipped', reason: 'plaintext' };
    // UTF-8 needs at most 3 bytes per UTF-16 code unit: skip the count for small documents.
    if (text.length * 3 > settings.maxFileSize) {
      const bytes = Buffer.byteLength(text, 'utf8');
      if (bytes > settings.maxFileSize) return { kind: 'skipped', reason: 'too-large', bytes, limit: settings.maxFileSize };
    }
    if (looksBinary(text)) return { kind: 'skipped', reason: 'binary' };
    return null;
  }

  /** The document's state, made when first needed. */
  private state(uri: string): DocumentState {
    let state = this.docs.get(uri);
    if (!state) this.docs.set(uri, (state = new DocumentState(uri)));
    return state;
  }

  private ruleErrors(uri: string, result: OutlineResult): void {
    for (const e of result.ruleErrors) this.host.connection.console.warn(`report-lint: rule ${e.rule} failed on ${uri}: ${e.error}`);
  }

  private failed(uri: string, error: unknown): Outcome {
    this.host.connection.console.error(`report-lint: analysis of ${uri} failed: ${errorText(error)}`);
    return { kind: 'failed' };
  }

  /**
   * Analyses the document's current text, or takes the cached outcome if that is of the same
   * version and inputs; caches what it computes. Never throws. A large document is analysed on
   * a worker thread; null means that run was stopped because a newer version (or other inputs,
   * or closing the document) made it useless.
   */
  private async analyseNow(doc: TextDocument, settings: Settings): Promise<Outcome | null> {
    const { uri, version } = doc;
    const text = doc.getText();
    let input: EngineInput | null = null;
    let outcome: Outcome | null = this.skip(doc, text, settings);
    if (!outcome) {
      try {
        input = this.host.engineConfig(doc, settings);
      } catch (e) {
        return this.failed(uri, e);
      }
    }
    const state = this.state(uri);
    let key: string;
    ({ key, input } = state.keyed(settings, input));
    const last = state.last;
    if (last && sameInput(last, { version, text }) && last.key === key) {
      last.fresh = true;
      return last.outcome;
    }
    if (input) {
      const running = this.run(state, version, text, input, key);
      state.running = { version, text, outcome: running };
      outcome = await running;
      if (state.running?.outcome === running) state.running = undefined;
    }
    // A result that arrives after a newer version must not replace that version's, nor one
    // for a document closed (and perhaps opened again) meanwhile.
    if (outcome && this.isCurrent(uri, version, text) && this.docs.get(uri) === state) state.last = { version, text, key, outcome, fresh: true };
    return outcome;
  }

  private async run(state: DocumentState, version: number, text: string, input: EngineInput, key: string): Promise<Outcome | null> {
    const { config, configFile } = input;
    const { uri } = state;
    const onWorker = this.options.backgroundChars > 0 && (text.length >= this.options.backgroundChars || usesConfigPatterns(config));
    if (onWorker && this.background.available) {
      // The worker keeps its own memo.
      state.memo = undefined;
      const outcome = await this.background.analyse(state, version, key, text, config);
      if (outcome.kind === 'cancelled') return null;
      if (outcome.kind === 'failed') return this.failed(uri, outcome.error);
      this.ruleErrors(uri, outcome.result);
      return { kind: 'analysed', result: outcome.result, configFile };
    }
    this.background.forget(state);
    try {
      const result = analyzeHere(text, config, state.threadMemo(createAnalysisCache));
      this.ruleErrors(uri, result);
      return { kind: 'analysed', result, configFile };
    } catch (e) {
      return this.failed(uri, e);
    }
  }

  /**
   * The analysis of the document's current version (from the cache, or computed now); null when
   * the document is not analysed. If a newer version arrives before it is done, the answer is
   * that version's analysis: the client has that text by then.
   */
  async current(uri: string): Promise<OutlineResult | null> {
    for (;;) {
      const doc = this.host.document(uri);
      if (!doc) return null;
      const state = this.state(uri);
      const input = { version: doc.version, text: doc.getText() };
      // A request takes an analysis of this version in progress, whatever its inputs: starting
      // one with the settings known here could stop the one whose settings were just fetched.
      const outcome = state.freshOutcome(input) ?? (await (state.runningFor(input) ?? this.analyseNow(doc, this.host.knownSettings(uri))));
      if (outcome) return outcome.kind === 'analysed' ? outcome.result : null;
    }
  }

  /**
   * The whole document model of a document's result. A result from the worker has the outline
   * only (worker-protocol.ts): the text is parsed again here, once per result, when asked.
   */
  fullDocument(uri: string, result: OutlineResult): ReportDocument {
    if (isWholeResult(result)) return result.document;
    const state = this.state(uri);
    if (state.parsed?.from !== result) state.parsed = { from: result, document: parseReport(result.document.text) };
    return state.parsed.document;
  }

  /** Whether the open document still has this version and this text. */
  private isCurrent(uri: string, version: number, text: string): boolean {
    const doc = this.host.document(uri);
    return doc !== undefined && doc.version === version && doc.getText() === text;
  }

  /** The document changed: a run for its older version is useless now. */
  changed(uri: string): void {
    const state = this.docs.get(uri);
    if (state) this.background.cancel(state, 'a newer version arrived');
  }

  /** Analyses after `delayMs`, replacing any pending run for the document. */
  schedule(uri: string, delayMs: number): void {
    const state = this.state(uri);
    state.clearTimer();
    state.timer = setTimeout(
      guard(this.log, 'scheduled analysis', () => {
        state.timer = undefined;
        return this.validate(uri);
      }),
      delayMs,
    );
  }

  /**
   * Analyses the document and publishes, unless it changed meanwhile. A small document is
   * analysed synchronously, so first the connection handles the messages already received (it
   * handles one per event-loop turn): when edits arrive faster than analyses run, only the
   * newest version is analysed and the older ones are dropped before they cost anything. A large
   * one is analysed on a worker thread, which the next version's analysis stops.
   */
  async validate(uri: string): Promise<void> {
    const doc = this.host.document(uri);
    if (!doc) return;
    const version = doc.version;
    const text = doc.getText();
    await new Promise<void>((resolve) => setImmediate(resolve));
    if (!this.isCurrent(uri, version, text)) return;
    let settings: Settings;
    try {
      settings = await this.host.settings(uri);
    } catch (e) {
      this.host.connection.console.error(`report-lint: settings for ${uri}: ${String(e)}`);
      settings = this.host.knownSettings(uri);
    }
    // A newer version has its own run scheduled; a closed document gets nothing.
    if (!this.isCurrent(uri, version, text)) return;
    const outcome = await this.analyseNow(this.host.document(uri) as TextDocument, settings);
    if (!outcome || outcome.kind === 'failed') return;
    if (!this.isCurrent(uri, version, text)) return;
    this.publish(this.host.document(uri) as TextDocument, outcome);
  }

  /**
   * Analyses again although the text did not change (its config file did). If the inputs turn
   * out the same, the cached outcome is published again; if not, a run with the old inputs is
   * stopped (BackgroundAnalyses.analyse).
   */
  refresh(uri: string): void {
    this.docs.get(uri)?.stale();
    this.validateSafely(uri);
  }

  /** refresh() for every open report: settings, trust, folders or config files changed. */
  validateAll(): void {
    for (const state of this.docs.values()) state.stale();
    for (const doc of this.host.allDocuments()) this.validateSafely(doc.uri);
  }

  /** validate() from an event: an error is logged, never left to escape. */
  validateSafely(uri: string): void {
    guard(this.log, `analysis of ${uri}`, () => this.validate(uri))();
  }

  private readonly log = (m: string) => errorLog(this.host.connection)(m);

  private publish(doc: TextDocument, outcome: Exclude<Outcome, { kind: 'failed' }>): void {
    const { connection } = this.host;
    let diagnostics: Diagnostic[] = [];
    let status: StatusParams;
    if (outcome.kind === 'analysed') {
      const { result } = outcome;
      diagnostics = result.findings.map((f) => toDiagnostic(doc.uri, result.document.lineStarts, f));
      status = {
        uri: doc.uri,
        version: doc.version,
        profile: { id: result.profile.id, name: result.profile.name },
        counts: countSeverities(result.findings),
        ...(outcome.configFile ? { configFile: outcome.configFile } : {}),
      };
    } else {
      if (outcome.reason === 'too-large') {
        diagnostics = [
          information(
            'file-too-large',
            `文件过大（${mb(outcome.bytes)} MB，超过 ${mb(outcome.limit)} MB 上限），已跳过检查。可在设置 reportLint.maxFileSize 中调整。`,
          ),
        ];
      } else if (outcome.reason === 'binary') {
        diagnostics = [
          information(
            'binary-file',
            '此文件看起来不是文本（含有空字符或大量乱码），可能是二进制文件或编码不是 UTF-8，已跳过检查。如是报告，请另存为 UTF-8 文本或 Markdown 后再打开。',
          ),
        ];
      }
      status = {
        uri: doc.uri,
        version: doc.version,
        profile: { id: '', name: '' },
        counts: { error: 0, warning: 0, info: diagnostics.length, hint: 0 },
        skipped: outcome.reason,
      };
    }
    void connection.sendDiagnostics({ uri: doc.uri, version: doc.version, diagnostics });
    void connection.sendNotification(statusNotification, status);
  }

  forget(uri: string): void {
    const state = this.docs.get(uri);
    if (!state) return;
    this.docs.delete(uri);
    state.clearTimer();
    this.background.forget(state);
  }

  dispose(): void {
    this.background.dispose();
    for (const state of this.docs.values()) state.clearTimer();
    this.docs.clear();
  }
}
