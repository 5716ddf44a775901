// `report-lint compare LAST THIS`: this year's report against last year's. Prints the findings
// on THIS like a check (text, JSON: one entry, SARIF), each with last year's place as related
// information; exit code as for a check.
import { overrideConfig } from '../config';
import { compareReports, offsetToPosition, type CompareResult, type Finding, type ReportDocument, type Severity } from '../engine';
import { version } from '../version';
import { UsageError, type CliOptions } from './args';
import { CliConfigs, knownProfileIds } from './config';
import { compareRules, allRules } from '../engine';
import { fixesData } from './fixes-data';
import type { JsonDiagnostic, JsonFileReport } from './format';
import { printableJson } from './printable';
import { readAnyReport } from './readers';
import type { Io } from './run-check';
import { toSarif, type JsonRelated } from './sarif';

type RelatedDiagnostic = JsonDiagnostic & { related?: JsonRelated[] };

function place(doc: ReportDocument, start: number, end: number) {
  const a = offsetToPosition(doc.lineStarts, start);
  const b = offsetToPosition(doc.lineStarts, end);
  return { line: a.line + 1, column: a.character + 1, endLine: b.line + 1, endColumn: b.character + 1 };
}

/** The comparison as a check's JSON entry for THIS; related places in LAST name its file. */
export function compareReport(lastFile: string, currentFile: string, result: CompareResult): JsonFileReport {
  const diagnostics: RelatedDiagnostic[] = result.findings.map((f: Finding) => ({
    ...place(result.current.doc, f.span.start, f.span.end),
    severity: f.severity,
    rule: f.rule,
    message: f.message,
    related: (f.related ?? []).map((r) => ({
      file: r.other ? lastFile : currentFile,
      ...place(r.other ? result.last.doc : result.current.doc, r.span.start, r.span.end),
      message: r.message,
    })),
  }));
  return { file: currentFile, profile: result.current.profile.id, diagnostics };
}

export function runCompare(o: CliOptions, lastFile: string, currentFile: string, io: Io): number {
  const configs = new CliConfigs(o, io.err);
  const texts: string[] = [];
  for (const file of [lastFile, currentFile]) {
    const read = readAnyReport(file, o.maxSize);
    if (!read.ok) {
      io.err(`report-lint: ${file}: ${read.reason}`);
      return 2;
    }
    texts.push(read.text);
  }
  const lastLoaded = configs.forFile(lastFile);
  const loaded = configs.forFile(currentFile);
  if (o.profile !== undefined && !knownProfileIds(loaded).includes(o.profile)) {
    throw new UsageError(`未知报告类型 "${o.profile}"（--profile），可选：${knownProfileIds(loaded).join(', ')}`);
  }
  const over = { profile: o.profile, rules: o.rules };
  const result = compareReports(texts[0], texts[1], overrideConfig(loaded.config, over), overrideConfig(lastLoaded.config, { profile: o.profile }));
  for (const e of result.ruleErrors) io.err(`report-lint: 规则 ${e.rule} 出错 (internal error): ${e.error}`);
  if (!result.related) {
    io.err(`report-lint: ${lastFile} 与 ${currentFile} 相同的文字不足四成（不同单位的报告因套话也有约三成相同），不像同一单位由去年报告改写的今年报告，未作对比。`);
  }
  const report = compareReport(lastFile, currentFile, result);
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0, hint: 0 };
  for (const d of report.diagnostics) counts[d.severity]++;
  if (o.format === 'json') io.out(printableJson(JSON.stringify([report], null, 2)));
  else if (o.format === 'sarif') {
    // SARIF also carries the fixes (compare-stale-year's), of a text file only (see fixes-data.ts).
    const fixes = /\.(md|markdown|txt)$/i.test(currentFile) ? fixesData(result.current.doc.lineStarts, result.findings) : [];
    const withFixes = { ...report, diagnostics: report.diagnostics.map((d, i) => ({ ...d, fixes: fixes[i] })) };
    io.out(printableJson(JSON.stringify(toSarif([withFixes], [...allRules, ...compareRules], [], version), null, 2)));
  }
  else {
    for (const d of report.diagnostics as RelatedDiagnostic[]) {
      io.out(`${report.file}:${d.line}:${d.column} ${d.severity} ${d.rule} ${d.message.replace(/\r?\n/g, ' ')}`);
      for (const r of d.related ?? []) io.out(`  ${r.file}:${r.line}:${r.column} ${r.message}`);
    }
    const shares = result.parts.filter((p) => p.part !== 'leadIn').map((p) => `${p.name} ${Math.round(p.share * 100)}%`);
    if (result.related && shares.length > 0) io.err(`report-lint: 与去年相同的文字：${shares.join('，')}`);
    io.err(`report-lint: 对比了 ${lastFile} → ${currentFile}，${counts.error} 个错误，${counts.warning} 个警告，${counts.info + counts.hint} 个提示`);
  }
  if (o.maxWarnings >= 0 && counts.warning > o.maxWarnings) return 1;
  return counts.error > 0 ? 1 : 0;
}
