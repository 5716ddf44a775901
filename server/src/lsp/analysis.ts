// Runs the engine on open documents: debouncing, the per-document cache, and publishing.
// Never publishes a result for a version older than the document's current one.
import type { Connection, Diagnostic } from 'vscode-languageserver/node';
import { DiagnosticSeverity } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { analyze, createAnalysisCache, type AnalysisCache, type AnalysisResult, type EngineConfig } from '../engine';
import { looksBinary } from './binary-text';
import { countSeverities, diagnosticSource, toDiagnostic } from './diagnostics';
import { statusNotification, type StatusParams } from './protocol';
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
  outcome: Outcome;
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

function isPlaintext(doc: TextDocument): boolean {
  return doc.languageId === 'plaintext' || doc.languageId === 'text';
}

function mb(bytes: number): string {
  return (bytes / 1_000_000).toFixed(1);
}

/** The one diagnostic of a skipped document, at its start. */
function information(code: string, message: string): Diagnostic {
  return {
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    severity: DiagnosticSeverity.Information,
    source: diagnosticSource,
    code,
    message,
  };
}

export class Analyser {
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private readonly cache = new Map<string, Cached>();
  /** Per-document engine memo: re-analysis reuses the work of unchanged paragraphs. */
  private readonly memos = new Map<string, AnalysisCache>();

  constructor(private readonly host: AnalysisHost) {}

  /** Runs the engine on the document's current text; never throws. */
  private run(doc: TextDocument, settings: Settings): Outcome {
    if (isPlaintext(doc) && !settings.plaintext) return { kind: 'skipped', reason: 'plaintext' };
    const text = doc.getText();
    // UTF-8 needs at most 3 bytes per UTF-16 code unit: skip the count for small documents.
    if (text.length * 3 > settings.maxFileSize) {
      const bytes = Buffer.byteLength(text, 'utf8');
      if (bytes > settings.maxFileSize) return { kind: 'skipped', reason: 'too-large', bytes, limit: settings.maxFileSize };
    }
    if (looksBinary(text)) return { kind: 'skipped', reason: 'binary' };
    try {
      const { config, configFile } = this.host.engineConfig(doc, settings);
      let memo = this.memos.get(doc.uri);
      if (!memo) this.memos.set(doc.uri, (memo = createAnalysisCache()));
      const result = analyze(text, config, undefined, memo);
      for (const e of result.ruleErrors) {
        this.host.connection.console.warn(`report-lint: rule ${e.rule} failed on ${doc.uri}: ${e.error}`);
      }
      return { kind: 'analysed', result, configFile };
    } catch (e) {
      this.host.connection.console.error(`report-lint: analysis of ${doc.uri} failed: ${e instanceof Error ? e.stack : String(e)}`);
      return { kind: 'failed' };
    }
  }

  private analyseNow(doc: TextDocument, settings: Settings): Outcome {
    const outcome = this.run(doc, settings);
    this.cache.set(doc.uri, { version: doc.version, outcome });
    return outcome;
  }

  /** The analysis of the document's current version (from the cache, or computed now). */
  current(doc: TextDocument): AnalysisResult | null {
    const cached = this.cache.get(doc.uri);
    const outcome =
      cached && cached.version === doc.version ? cached.outcome : this.analyseNow(doc, this.host.knownSettings(doc.uri));
    return outcome.kind === 'analysed' ? outcome.result : null;
  }

  /** Analyses after `delayMs`, replacing any pending run for the document. */
  schedule(uri: string, delayMs: number): void {
    clearTimeout(this.timers.get(uri));
    this.timers.set(
      uri,
      setTimeout(() => {
        this.timers.delete(uri);
        void this.validate(uri);
      }, delayMs),
    );
  }

  /**
   * Analyses the document and publishes, unless it changed meanwhile. The analysis is synchronous,
   * so first it lets the connection handle the messages already received (it handles one per
   * event-loop turn): when edits arrive faster than analyses run, only the newest version is
   * analysed and the older ones are dropped before they cost anything.
   */
  async validate(uri: string): Promise<void> {
    const doc = this.host.document(uri);
    if (!doc) return;
    const version = doc.version;
    await new Promise<void>((resolve) => setImmediate(resolve));
    if (this.host.document(uri)?.version !== version) return;
    let settings: Settings;
    try {
      settings = await this.host.settings(uri);
    } catch (e) {
      this.host.connection.console.error(`report-lint: settings for ${uri}: ${String(e)}`);
      settings = this.host.knownSettings(uri);
    }
    const now = this.host.document(uri);
    // A newer version has its own run scheduled; a closed document gets nothing.
    if (!now || now.version !== version) return;
    const outcome = this.analyseNow(now, settings);
    if (outcome.kind === 'failed') return;
    this.publish(now, outcome);
  }

  /** Analyses again although the text did not change (its config did). */
  refresh(uri: string): void {
    this.cache.delete(uri);
    void this.validate(uri);
  }

  validateAll(): void {
    this.cache.clear();
    for (const doc of this.host.allDocuments()) void this.validate(doc.uri);
  }

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
    clearTimeout(this.timers.get(uri));
    this.timers.delete(uri);
    this.cache.delete(uri);
  }

  dispose(): void {
    this.memos.clear();
    for (const t of this.timers.values()) clearTimeout(t);
    this.timers.clear();
    this.cache.clear();
  }
}
