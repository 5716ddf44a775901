// `report-lint [options] FILE|DIR|GLOB...`: expands the inputs, checks them (on the worker pool
// when there are several), and prints the outcomes in input order as text, JSON, SARIF or the
// HTML review page; with --summary, the reviewer's table. Returns the exit code: the worst file's.
import { writeFileSync } from 'node:fs';
import { allRules, compareRules, type Severity } from '../engine';
import { version } from '../version';
import { UsageError, type CliOptions } from './args';
import { CliConfigs } from './config';
import { checkFiles } from './check-files';
import type { FileOutcome } from './check-file';
import { summaryLine, textLines, type JsonFileReport } from './format';
import { expandInputs } from './inputs';
import { printableJson } from './printable';
import { reviewPage } from './review-page/page';
import { toSarif } from './sarif';
import { sortRows, summaryTable } from './summary';

export interface Io {
  out(s: string): void;
  err(s: string): void;
}

/** The output: to --output FILE when given, else stdout. */
function emit(io: Io, o: CliOptions, text: string): void {
  if (o.output === undefined) {
    io.out(text);
    return;
  }
  try {
    writeFileSync(o.output, text.endsWith('\n') ? text : `${text}\n`);
  } catch (e) {
    throw new UsageError(`无法写入 ${o.output}：${(e as NodeJS.ErrnoException).code ?? String(e)}`);
  }
}

export async function runCheck(o: CliOptions, io: Io): Promise<number> {
  // A bad --config stops here, before any file is read (the threads build their own).
  void new CliConfigs(o, () => undefined);
  const { files, empty } = expandInputs(o.files);
  for (const arg of empty) io.err(`report-lint: ${arg}: 没有找到报告文件（.md、.txt、.docx 等），或都被 .reportlintignore 排除 (no report files)`);
  const outcomes: FileOutcome[] = await checkFiles(
    files,
    { profile: o.profile, rules: o.rules, maxSize: o.maxSize, config: o.config, noConfig: o.noConfig, withContext: o.format === 'html', withFixes: o.format === 'sarif' },
    { jobs: o.jobs },
  );

  const printed = new Set<string>();
  const reports: JsonFileReport[] = [];
  const failures: { file: string; reason: string }[] = [];
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0, hint: 0 };
  const textOut: string[] = [];
  for (const outcome of outcomes) {
    for (const line of outcome.configErrors) {
      if (printed.has(line)) continue;
      printed.add(line);
      io.err(line);
    }
    if (!outcome.ok) {
      failures.push({ file: outcome.file, reason: outcome.reason });
      io.err(`report-lint: ${outcome.file}: ${outcome.reason}`);
      continue;
    }
    for (const d of outcome.report.diagnostics) counts[d.severity]++;
    // SARIF carries each finding's fixes; the JSON output stays as it is.
    reports.push(outcome.fixes ? { ...outcome.report, diagnostics: outcome.report.diagnostics.map((d, i) => ({ ...d, fixes: outcome.fixes![i] })) } : outcome.report);
    if (o.format === 'text' && !o.summary) textOut.push(...textLines(outcome.report));
  }
  const rows = sortRows(outcomes.flatMap((x) => (x.ok ? [x.row] : [])));

  switch (o.format) {
    case 'json':
      emit(io, o, printableJson(JSON.stringify(o.summary ? { files: reports, summary: rows } : reports, null, 2)));
      break;
    case 'sarif':
      emit(io, o, printableJson(JSON.stringify(toSarif(reports, [...allRules, ...compareRules], failures, version), null, 2)));
      break;
    case 'html':
      emit(io, o, reviewPage(outcomes, version));
      break;
    default:
      if (o.summary) textOut.push(summaryTable(rows));
      if (textOut.length > 0 || o.output !== undefined) emit(io, o, textOut.join('\n'));
  }
  if (o.format === 'text') io.err(summaryLine(reports.length, counts, failures.length + empty.length, printed.size));
  if (failures.length > 0 || empty.length > 0) return 2;
  if (o.maxWarnings >= 0 && counts.warning > o.maxWarnings) {
    io.err(`report-lint: 警告数 ${counts.warning} 超过 --max-warnings ${o.maxWarnings}`);
    return 1;
  }
  return counts.error > 0 ? 1 : 0;
}
