// The CLI's JSON findings (1-based, UTF-16 columns) as VS Code diagnostics, with related places.
import * as vscode from 'vscode';
import type { JsonDiagnostic } from '../../../server/src/cli/format';
import type { JsonRelated } from '../../../server/src/cli/sarif';

const severities = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  info: vscode.DiagnosticSeverity.Information,
  hint: vscode.DiagnosticSeverity.Hint,
};

const range = (d: { line: number; column: number; endLine: number; endColumn: number }): vscode.Range =>
  new vscode.Range(d.line - 1, d.column - 1, d.endLine - 1, d.endColumn - 1);

export function toDiagnostics(ds: readonly (JsonDiagnostic & { related?: JsonRelated[] })[]): vscode.Diagnostic[] {
  return ds.map((d) => {
    const diag = new vscode.Diagnostic(range(d), d.message, severities[d.severity]);
    diag.source = 'report-lint';
    diag.code = d.rule;
    if (d.related && d.related.length > 0) {
      diag.relatedInformation = d.related.map((r) => new vscode.DiagnosticRelatedInformation(new vscode.Location(vscode.Uri.file(r.file), range(r)), r.message));
    }
    return diag;
  });
}
