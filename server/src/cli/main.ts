// Entry point of dist/cli.js (bin/report-lint.js).
import { overrideConfig } from '../config';
import { allRules, analyze, type Severity } from '../engine';
import { version } from '../version';
import { parseCommand, usage, UsageError, type CliOptions, type Command } from './args';
import { CliConfigs, knownProfileIds } from './config';
import { summaryLine, textLines, toJsonReport, type JsonFileReport } from './format';
import { exportUsage, parseExport, runExport } from './export';
import { readWordReport, WORD_FILE } from './read-docx';
import { printable, printableJson } from './printable';
import { readReport } from './read-report';

// Every line printed passes printable(): file names and quoted text may hold control sequences.
const out = (s: string) => process.stdout.write(printable(s.endsWith('\n') ? s : `${s}\n`));
const err = (s: string) => process.stderr.write(`${printable(s)}\n`);

/**
 * Checks the files; returns the exit code. Config errors are printed (stderr) but do not change
 * it: the bad parts of a config fall back to the defaults and the findings decide.
 */
function check(o: CliOptions): number {
  const configs = new CliConfigs(o, err);
  const reports: JsonFileReport[] = [];
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0, hint: 0 };
  let failed = 0;
  for (const file of o.files) {
    const read = WORD_FILE.test(file) ? readWordReport(file, o.maxSize) : readReport(file, o.maxSize);
    if (!read.ok) {
      failed++;
      err(`report-lint: ${file}: ${read.reason}`);
      continue;
    }
    const loaded = configs.forFile(file);
    if (o.profile !== undefined) {
      const known = knownProfileIds(loaded);
      if (!known.includes(o.profile)) {
        failed++;
        err(`report-lint: ${file}: 未知报告类型 "${o.profile}"（--profile），可选：${known.join(', ')}`);
        continue;
      }
    }
    let report: JsonFileReport;
    try {
      const paragraphs = (read as { paragraphOfLine?: number[] }).paragraphOfLine;
      const config = overrideConfig(loaded.config, { profile: o.profile, rules: o.rules });
      // A .txt file is plain text: there `*…*` is never emphasis (a Word document is read as Markdown).
      report = toJsonReport(file, analyze(read.text, /\.txt$/i.test(file) ? { ...config, format: 'text' } : config), paragraphs);
    } catch (e) {
      failed++;
      err(`report-lint: ${file}: 检查时出错 (internal error): ${e instanceof Error ? e.message : String(e)}`);
      continue;
    }
    for (const d of report.diagnostics) counts[d.severity]++;
    reports.push(report);
    if (o.format === 'text') for (const line of textLines(report)) out(line);
  }
  if (o.format === 'json') out(printableJson(JSON.stringify(reports, null, 2)));
  else err(summaryLine(reports.length, counts, failed, configs.errorCount));
  if (failed) return 2;
  if (o.maxWarnings >= 0 && counts.warning > o.maxWarnings) {
    err(`report-lint: 警告数 ${counts.warning} 超过 --max-warnings ${o.maxWarnings}`);
    return 1;
  }
  return counts.error > 0 ? 1 : 0;
}

function listRules(): void {
  const width = Math.max(...allRules.map((r) => r.id.length));
  for (const r of allRules) out(`${r.id.padEnd(width)}  ${r.defaultSeverity.padEnd(7)}  ${r.description}`);
}

function run(command: Command): void {
  switch (command.kind) {
    case 'help':
      out(usage);
      return;
    case 'version':
      out(version);
      return;
    case 'list-rules':
      listRules();
      return;
    case 'stdio':
      // The server is its own bundle beside this one (dist/server.js, which starts it on load):
      // checking files never loads the protocol libraries.
      require(serverBundle());
      return;
    case 'check':
      process.exitCode = check(command.options);
      return;
  }
}

/** dist/server.js beside the running dist/cli.js. */
function serverBundle(): string {
  return require('node:path').join(__dirname, 'server.js');
}

function main(argv: string[]): void {
  try {
    if (argv[0] === 'export') {
      const o = parseExport(argv.slice(1));
      if (o === 'help') out(exportUsage);
      else void runExport(o, out, err).then((code) => (process.exitCode = code));
      return;
    }
    // A usage error (a bad flag, a missing --config file) is thrown before any file is checked.
    run(parseCommand(argv, new Set(allRules.map((r) => r.id))));
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    err(`report-lint: ${e.message}（用 --help 查看用法）`);
    process.exitCode = 2;
  }
}

main(process.argv.slice(2));
