// The server's diagnostics as findings in offsets of the current text, for the preview, the
// placeholder navigation and the findings list. Pure (no vscode import) so it is unit-tested.
//
// Why the diagnostics and not analyze() run in the client: the diagnostics are what the server
// computed with everything that applies to the document (the nearest .reportlintrc.json, its term
// packs and custom profiles, the settings, the workspace trust), so the preview and the lists show
// exactly the findings of the Problems panel. Re-running the engine here would need all of that
// config loading in the client too, or show different findings. The one cost, diagnostics that
// lag the text by the server's debounce, is covered by shifting them with each edit (shiftFindings).
import type { PreviewFinding } from '../../../server/src/shared/preview/render';
import { DIAGNOSTIC_SOURCE } from '../../../server/src/shared/protocol';


/** The fields of a vscode.Diagnostic that are read here. */
export interface DiagnosticLike {
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  /** vscode.DiagnosticSeverity: 0 error, 1 warning, 2 information, 3 hint. */
  severity: number;
  source?: string;
  code?: string | number | { value: string | number };
  message: string;
}

const SEVERITIES: PreviewFinding['severity'][] = ['error', 'warning', 'info', 'hint'];

/** The rule id of a report-lint diagnostic, or null for another source's (or a config file's). */
export function ruleOf(d: DiagnosticLike): string | null {
  if (d.source !== DIAGNOSTIC_SOURCE) return null;
  const code = typeof d.code === 'object' && d.code !== null ? d.code.value : d.code;
  return code === undefined || code === '' ? null : String(code);
}

/** report-lint diagnostics as findings (other sources dropped), in document order. */
export function findingsFromDiagnostics(diagnostics: readonly DiagnosticLike[], offsetAt: (pos: { line: number; character: number }) => number): PreviewFinding[] {
  const out: PreviewFinding[] = [];
  for (const d of diagnostics) {
    const rule = ruleOf(d);
    if (rule === null) continue;
    const start = offsetAt(d.range.start);
    const end = Math.max(start, offsetAt(d.range.end));
    out.push({ rule, severity: SEVERITIES[d.severity] ?? 'warning', message: d.message, span: { start, end } });
  }
  return out.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
}

/** One edit of a document change event (vscode.TextDocumentContentChangeEvent). */
export interface TextChange {
  rangeOffset: number;
  rangeLength: number;
  text: string;
}

/**
 * Findings moved through edits made since the diagnostics were computed, each change applied to
 * the text the previous one left (as VS Code's change events are). A finding whose text an edit
 * touches is dropped (it is being rewritten: a placeholder being filled), unless the edit lies
 * strictly inside it; the next diagnostics bring it back if it still stands.
 */
export function shiftFindings<T extends PreviewFinding>(findings: readonly T[], changes: readonly TextChange[]): T[] {
  let current: T[] = [...findings];
  for (const c of changes) {
    const start = c.rangeOffset;
    const end = c.rangeOffset + c.rangeLength;
    const delta = c.text.length - c.rangeLength;
    const next: T[] = [];
    for (const f of current) {
      const s = f.span;
      if (end <= s.start) next.push({ ...f, span: { start: s.start + delta, end: s.end + delta } }); // before it (or typed at its start)
      else if (start >= s.end) next.push(f); // after it
      else if (start > s.start && end < s.end) next.push({ ...f, span: { start: s.start, end: s.end + delta } }); // inside it
      // Otherwise the edit rewrites one of its ends: dropped.
    }
    current = next;
  }
  return current;
}
