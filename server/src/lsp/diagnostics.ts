// Engine findings -> LSP diagnostics. Offsets are UTF-16 code units, as are LSP positions.
import { Diagnostic, DiagnosticSeverity, Range, TextEdit } from 'vscode-languageserver/node';
import { offsetToPosition, type Finding, type Severity, type Span } from '../engine';
import { DIAGNOSTIC_SOURCE, type StatusCounts } from '../shared/protocol';


const severities: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/** A fix in LSP terms, carried in `Diagnostic.data` so clients can hand it back. */
interface FixData {
  title: string;
  edits: TextEdit[];
  preferred?: boolean;
}

interface DiagnosticData {
  fixes: FixData[];
}

export function spanToRange(lineStarts: readonly number[], span: Span): Range {
  return { start: offsetToPosition(lineStarts, span.start), end: offsetToPosition(lineStarts, span.end) };
}

export function toDiagnostic(uri: string, lineStarts: readonly number[], f: Finding): Diagnostic {
  const data: DiagnosticData = {
    fixes: (f.fixes ?? []).map((fix) => ({
      title: fix.title,
      preferred: fix.preferred,
      edits: fix.edits.map((e) => ({ range: spanToRange(lineStarts, e), newText: e.text })),
    })),
  };
  const d: Diagnostic = {
    range: spanToRange(lineStarts, f.span),
    severity: severities[f.severity],
    source: DIAGNOSTIC_SOURCE,
    code: f.rule,
    message: f.message,
    data,
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
