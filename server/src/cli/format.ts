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
  /** For a Word document: the 1-based paragraph of the .docx the finding starts in. */
  paragraph?: number;
}

export interface JsonFileReport {
  file: string;
  profile: string;
  diagnostics: JsonDiagnostic[];
}

/** `paragraphOfLine`: for a Word document, the paragraph behind each 0-based line of the checked text. */
export function toJsonReport(file: string, result: AnalysisResult, paragraphOfLine?: number[]): JsonFileReport {
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
        ...(paragraphOfLine ? { paragraph: paragraphOfLine[start.line] || nearestParagraph(paragraphOfLine, start.line) } : {}),
      };
    }),
  };
}

/** A finding on a blank line between blocks belongs to the paragraph before it. */
function nearestParagraph(paragraphOfLine: number[], line: number): number {
  for (let l = Math.min(line, paragraphOfLine.length - 1); l >= 0; l--) if (paragraphOfLine[l]) return paragraphOfLine[l];
  return paragraphOfLine.find((p) => p > 0) ?? 1;
}

/** `file:line:col severity rule message`, one line per finding; a Word paragraph is named after the message. */
export function textLines(report: JsonFileReport): string[] {
  return report.diagnostics.map((d) => {
    const where = d.paragraph ? `（Word 第 ${d.paragraph} 段）` : '';
    return `${report.file}:${d.line}:${d.column} ${d.severity} ${d.rule} ${d.message.replace(/\r?\n/g, ' ')}${where}`;
  });
}

export function summaryLine(files: number, counts: Record<Severity, number>, failed: number, configErrors = 0): string {
  const parts = [`检查了 ${files} 个文件`, `${counts.error} 个错误`, `${counts.warning} 个警告`, `${counts.info} 个提示`, `${counts.hint} 个建议`];
  if (failed) parts.push(`${failed} 个文件无法检查`);
  if (configErrors) parts.push(`配置文件中有 ${configErrors} 处问题`);
  return `report-lint: ${parts.join('，')}`;
}
