// Engine findings -> LSP diagnostics. Offsets are UTF-16 code units, as are LSP positions.
import { Diagnostic, DiagnosticSeverity, Range } from 'vscode-languageserver/node';
import { offsetToPosition, type Finding, type Severity, type Span } from '../engine';
import { DIAGNOSTIC_SOURCE, type StatusCounts } from '../shared/protocol';


const severities: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export function spanToRange(lineStarts: readonly number[], span: Span): Range {
  return { start: offsetToPosition(lineStarts, span.start), end: offsetToPosition(lineStarts, span.end) };
}

/**
 * A finding as an LSP diagnostic. Its fixes are not carried in `data`: the code actions answer
 * from the analysis (code-actions.ts), and leaving them out keeps a keystroke's
 * publishDiagnostics a fifth smaller (docs/performance.md).
 */
export function toDiagnostic(uri: string, lineStarts: readonly number[], f: Finding): Diagnostic {
  const d: Diagnostic = {
    range: spanToRange(lineStarts, f.span),
    severity: severities[f.severity],
    source: DIAGNOSTIC_SOURCE,
    code: f.rule,
    message: f.message,
  };
  if (f.related?.length) {
    d.relatedInformation = f.related.map((r) => ({
      location: { uri, range: spanToRange(lineStarts, r.span) },
      message: r.message,
    }));
  }
  return d;
}

export function countSeverities(findings: readonly Finding[]): StatusCounts {
  const counts: StatusCounts = { error: 0, warning: 0, info: 0, hint: 0 };
  for (const f of findings) counts[f.severity]++;
  return counts;
}
