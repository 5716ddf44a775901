// Runs the engine on open documents: debouncing, the per-document cache, and publishing.
// Never publishes a result for a version older than the document's current one.
import type { Connection, Diagnostic } from 'vscode-languageserver/node';
import { DiagnosticSeverity } from 'vscode-languageserver/node';
import { isPlaintext } from './document-format';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { analyze, createAnalysisCache, type AnalysisCache, type AnalysisResult, type EngineConfig, type ReportDocument } from '../engine';
import { parseReport } from '../engine/parse/document';
import { BackgroundAnalyses, isPartial } from './background';
import { looksBinary } from './binary-text';
import { errorText } from './error-text';
import { errorLog, guard } from './guard';
import { beginProgress } from './progress';
import { countSeverities, toDiagnostic } from './diagnostics';
import { DIAGNOSTIC_SOURCE, statusNotification, type StatusParams } from './protocol';
import type { Settings } from './settings';

/** What analysing one version of a document produced. */
export type Outcome =
  | { kind: 'analysed'; result: AnalysisResult; configFile: string | null }
  | { kind: 'skipped'; reason: 'plaintext' }
  | { kind: 'skipped'; reason: 'too-large'; bytes: number; limit: number }
  | { kind: 'skipped'; reason: 'binary' }
  | { kind: 'failed' };

interface Cached {
  version: number;
  /**
   * The text it was computed from: a client may send one version number twice with different
   * text, so the version alone does not identify the input (comparing the same string is O(1)).
   */
  text: string;
  /** What the outcome was computed from besides the text (inputKey). */
  key: string;
  outcome: Outcome;
  /** False once a settings or config event may have changed the inputs (until analysed again). */
  fresh: boolean;
}

/**
 * What an analysis depends on besides the text: the settings, the engine config and the config
 * file it came from, as text. A settings or config event that changes none of them (VS Code sends
 * one after every start) then costs no analysis.
 */
function inputKey(settings: Settings, input: { config: EngineConfig; configFile: string | null } | null): string {
  try {
    return JSON.stringify([settings, input]);
  } catch {
    // Not plain data (it always should be): never equal to another.
    return `unkeyed:${Math.random()}`;
  }
}

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

export class Analyser {
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private readonly cache = new Map<string, Cached>();
  /** Per-document engine memo: re-analysis reuses the work of unchanged paragraphs. */
  private readonly memos = new Map<string, AnalysisCache>();
  private readonly background: BackgroundAnalyses;
  private readonly parsed = new WeakMap<AnalysisResult, ReportDocument>();
  /** The analysis in progress per document (on the worker, it takes a while). */
  private readonly inflight = new Map<string, { version: number; text: string; running: Promise<Outcome | null> }>();

  constructor(
    private readonly host: AnalysisHost,
    private readonly options: AnalyserOptions,
  ) {
    this.background = new BackgroundAnalyses({
      workerFile: options.workerFile,
      log: (m) => host.connection.console.log(m),
      started: (uri, text) =>
        beginProgress(host.connection, '报告检查', `正在检查 ${fileName(uri)}（${mb(Buffer.byteLength(text, 'utf8'))} MB）…`),
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

  private ruleErrors(uri: string, result: AnalysisResult): void {
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
    let input: { config: EngineConfig; configFile: string | null } | null = null;
    let outcome: Outcome | null = this.skip(doc, text, settings);
    if (!outcome) {
      try {
        input = this.host.engineConfig(doc, settings);
      } catch (e) {
        return this.failed(uri, e);
      }
    }
    const key = inputKey(settings, input);
    const cached = this.cache.get(uri);
    if (cached?.version === version && cached.text === text && cached.key === key) {
      cached.fresh = true;
      return cached.outcome;
    }
    if (input) {
      const running = this.run(uri, version, text, input, key);
      this.inflight.set(uri, { version, text, running });
      outcome = await running;
      if (this.inflight.get(uri)?.running === running) this.inflight.delete(uri);
    }
    // A result that arrives after a newer version must not replace that version's.
    if (outcome && this.isCurrent(uri, version, text)) this.cache.set(uri, { version, text, key, outcome, fresh: true });
    return outcome;
  }

  private async run(uri: string, version: number, text: string, input: { config: EngineConfig; configFile: string | null }, key: string): Promise<Outcome | null> {
    const { config, configFile } = input;
    const onWorker = this.options.backgroundChars > 0 && (text.length >= this.options.backgroundChars || usesConfigPatterns(config));
    if (onWorker && this.background.available) {
      // The worker keeps its own memo.
      this.memos.delete(uri);
      const outcome = await this.background.analyse(uri, version, key, text, config);
      if (outcome.kind === 'cancelled') return null;
      if (outcome.kind === 'failed') return this.failed(uri, outcome.error);
      this.ruleErrors(uri, outcome.result);
      return { kind: 'analysed', result: outcome.result, configFile };
    }
    this.background.forget(uri);
    try {
      let memo = this.memos.get(uri);
      if (!memo) this.memos.set(uri, (memo = createAnalysisCache()));
      const result = analyze(text, config, undefined, memo);
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
  async current(uri: string): Promise<AnalysisResult | null> {
    for (;;) {
      const doc = this.host.document(uri);
      if (!doc) return null;
      const cached = this.cache.get(uri);
      // A request takes an analysis of this version in progress, whatever its inputs: starting
      // one with the settings known here could stop the one whose settings were just fetched.
      const inflight = this.inflight.get(uri);
      const text = doc.getText();
      const outcome =
        cached?.fresh && cached.version === doc.version && cached.text === text
          ? cached.outcome
          : inflight?.version === doc.version && inflight.text === text
            ? await inflight.running
            : await this.analyseNow(doc, this.host.knownSettings(uri));
      if (outcome) return outcome.kind === 'analysed' ? outcome.result : null;
    }
  }

  /**
   * The whole document model of a result. A result from the worker has a partial one
   * (worker-protocol.ts): the text is parsed again here, once per result, when asked.
   */
  fullDocument(result: AnalysisResult): ReportDocument {
    if (!isPartial(result.document)) return result.document;
    let full = this.parsed.get(result);
    if (!full) this.parsed.set(result, (full = parseReport(result.document.text)));
    return full;
  }

  /** Whether the open document still has this version and this text. */
  private isCurrent(uri: string, version: number, text: string): boolean {
    const doc = this.host.document(uri);
    return doc !== undefined && doc.version === version && doc.getText() === text;
  }

  /** The document changed: a run for its older version is useless now. */
  changed(uri: string): void {
    this.background.cancel(uri, 'a newer version arrived');
  }

  /** Analyses after `delayMs`, replacing any pending run for the document. */
  schedule(uri: string, delayMs: number): void {
    clearTimeout(this.timers.get(uri));
    this.timers.set(
      uri,
      setTimeout(
        guard(this.log, 'scheduled analysis', () => {
          this.timers.delete(uri);
          return this.validate(uri);
        }),
        delayMs,
      ),
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
    const cached = this.cache.get(uri);
    if (cached) cached.fresh = false;
    this.validateSafely(uri);
  }

  /** refresh() for every open report: settings, trust, folders or config files changed. */
  validateAll(): void {
    for (const cached of this.cache.values()) cached.fresh = false;
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
    this.memos.delete(uri);
    this.inflight.delete(uri);
    this.background.forget(uri);
    clearTimeout(this.timers.get(uri));
    this.timers.delete(uri);
    this.cache.delete(uri);
  }

  dispose(): void {
    this.memos.clear();
    this.inflight.clear();
    this.background.dispose();
    for (const t of this.timers.values()) clearTimeout(t);
    this.timers.clear();
    this.cache.clear();
  }
}
