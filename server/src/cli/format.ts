// CLI output: the text lines and the JSON report. Positions are 1-based, columns in UTF-16
// code units (JS string indices), end positions exclusive.
import { offsetToPosition, type AnalysisResult, type Severity } from '../engine';

export interface JsonDiagnostic {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  severity: Severity;
  rule: string;
  message: string;
}

export interface JsonFileReport {
  file: string;
  profile: string;
  diagnostics: JsonDiagnostic[];
}

export function toJsonReport(file: string, result: AnalysisResult): JsonFileReport {
  const { lineStarts } = result.document;
  return {
    file,
    profile: result.profile.id,
    diagnostics: result.findings.map((f) => {
      const start = offsetToPosition(lineStarts, f.span.start);
      const end = offsetToPosition(lineStarts, f.span.end);
      return {
        line: start.line + 1,
        column: start.character + 1,
        endLine: end.line + 1,
        endColumn: end.character + 1,
        severity: f.severity,
        rule: f.rule,
        message: f.message,
      };
    }),
  };
}

/** `file:line:col severity rule message`, one line per finding. */
export function textLines(report: JsonFileReport): string[] {
  return report.diagnostics.map((d) => `${report.file}:${d.line}:${d.column} ${d.severity} ${d.rule} ${d.message.replace(/\r?\n/g, ' ')}`);
}

export function summaryLine(files: number, counts: Record<Severity, number>, failed: number, configErrors = 0): string {
  const parts = [`检查了 ${files} 个文件`, `${counts.error} 个错误`, `${counts.warning} 个警告`, `${counts.info} 个提示`, `${counts.hint} 个建议`];
  if (failed) parts.push(`${failed} 个文件无法检查`);
  if (configErrors) parts.push(`配置文件中有 ${configErrors} 处问题`);
  return `report-lint: ${parts.join('，')}`;
}
