// Checking one report file: read it (by extension), find its config, analyse, and return plain
// data (a worker thread sends it back as is). Used one by one and on the worker pool alike.
import { overrideConfig } from '../config';
import { analyze, type AnalysisResult, type EngineConfig, type Finding, type Severity } from '../engine';
import { reportYear } from '../engine/report-year-of';
import { CliConfigs, knownProfileIds } from './config';
import { fixesData, type JsonFix } from './fixes-data';
import { toJsonReport, type JsonFileReport } from './format';
import { readAnyReport } from './readers';
import { reviewRules } from './review-rules';
import { summaryRow, type SummaryRow } from './summary';

/** What a check needs besides the file: the command line's settings (plain data). */
export interface CheckSettings {
  profile: string | undefined;
  rules: Record<string, Severity | 'off'>;
  maxSize: number;
  config: string | undefined;
  noConfig: boolean;
  /** Also return each finding's sentence and fixes (for the HTML page). */
  withContext: boolean;
  /** Also return each finding's fixes as positions (for SARIF). */
  withFixes?: boolean;
  /**
   * Settings beneath the config files (the editor's reportLint.rules and reportLint.profile),
   * where `profile` and `rules` above win over the files as the CLI's flags do.
   */
  base?: EngineConfig;
}

/** A finding's sentence, cut around it, and what would fix it. */
export interface FindingContext {
  before: string;
  text: string;
  after: string;
  fixes: string[];
}

export type FileOutcome =
  | { ok: true; file: string; report: JsonFileReport; row: SummaryRow; kind: string; context?: FindingContext[]; fixes?: JsonFix[][]; configErrors: string[] }
  | { ok: false; file: string; reason: string; configErrors: string[] };

const configsBySettings = new Map<string, CliConfigs>();
/** Where the config errors met while checking the current file go (the configs are shared across files). */
let configErrorSink: string[] = [];
const SENTENCE_END = /[。！？!?\n]/;
const CONTEXT = 80;

/** The sentence around a finding (at most CONTEXT characters each side). */
function contextOf(text: string, f: Finding): FindingContext {
  let s = f.span.start;
  while (s > 0 && f.span.start - s < CONTEXT && !SENTENCE_END.test(text[s - 1])) s--;
  let e = f.span.end;
  while (e < text.length && e - f.span.end < CONTEXT && !SENTENCE_END.test(text[e - 1] ?? '')) e++;
  const fixes = (f.fixes ?? []).map((x) => {
    const insert = x.edits.map((ed) => ed.text).filter((t) => t.length > 0 && t.length <= 40);
    return insert.length > 0 && !x.title.includes(insert[0]) ? `${x.title}（${insert.join('、')}）` : x.title;
  });
  return { before: text.slice(s, f.span.start), text: text.slice(f.span.start, Math.min(f.span.end, f.span.start + 200)), after: text.slice(f.span.end, e), fixes };
}

export function checkFile(file: string, settings: CheckSettings): FileOutcome {
  // Config errors are printed by the caller, once each over all files and threads.
  const configErrors: string[] = [];
  configErrorSink = configErrors;
  const key = JSON.stringify([settings.config, settings.noConfig, settings.base ?? null]);
  let configs = configsBySettings.get(key);
  if (!configs) configsBySettings.set(key, (configs = new CliConfigs(settings, (line) => configErrorSink.push(line))));
  const read = readAnyReport(file, settings.maxSize);
  if (!read.ok) return { ok: false, file, reason: read.reason, configErrors };
  const loaded = configs.forFile(file);
  if (settings.profile !== undefined) {
    const known = knownProfileIds(loaded);
    if (!known.includes(settings.profile)) {
      return { ok: false, file, reason: `未知报告类型 "${settings.profile}"（--profile），可选：${known.join(', ')}`, configErrors };
    }
  }
  let result: AnalysisResult;
  try {
    const config = overrideConfig(loaded.config, { profile: settings.profile, rules: settings.rules });
    // A .txt file is plain text: there `*…*` is never emphasis (a Word document is read as Markdown).
    result = analyze(read.text, /\.txt$/i.test(file) ? { ...config, format: 'text' } : config);
  } catch (e) {
    return { ok: false, file, reason: `检查时出错 (internal error): ${e instanceof Error ? e.message : String(e)}`, configErrors };
  }
  const report = toJsonReport(file, result, 'paragraphOfLine' in read ? read.paragraphOfLine : undefined);
  const row = summaryRow(report, result.profile.name, reportYear(result.document), reviewRules(loaded));
  const context = settings.withContext ? result.findings.map((f) => contextOf(read.text, f)) : undefined;
  const fixes = settings.withFixes && !('paragraphOfLine' in read) ? fixesData(result.document.lineStarts, result.findings) : undefined;
  return { ok: true, file, report, row, kind: result.profile.name, context, fixes, configErrors };
}
