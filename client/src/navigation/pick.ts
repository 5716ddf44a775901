// Which placeholder "next" and "previous" go to, and how the findings list is ordered. Pure
// (offsets only) so it is unit-tested without VS Code.
import type { PreviewFinding } from '../../../server/src/shared/preview/render';

export interface Span {
  start: number;
  end: number;
}

export interface Pick {
  span: Span;
  /** The search went past the end (or the start) of the document and came round. */
  wrapped: boolean;
}

/**
 * The placeholder after the selection (direction 1) or before it (-1), wrapping round the
 * document. Going forward, a placeholder starting where the selection starts is next unless the
 * selection already covers it; going back, one starting before the selection's start is taken, so
 * from the middle or end of a placeholder "previous" selects that placeholder.
 */
export function pickPlaceholder(spans: readonly Span[], selection: Span, direction: 1 | -1): Pick | null {
  const sorted = [...spans].sort((a, b) => a.start - b.start || a.end - b.end);
  if (sorted.length === 0) return null;
  if (direction === 1) {
    const next = sorted.find((s) => s.start > selection.start || (s.start === selection.start && selection.end < s.end));
    return next ? { span: next, wrapped: false } : { span: sorted[0], wrapped: true };
  }
  for (let i = sorted.length - 1; i >= 0; i--) {
    if (sorted[i].start < selection.start) return { span: sorted[i], wrapped: false };
  }
  return { span: sorted[sorted.length - 1], wrapped: true };
}

export const placeholderRule = 'placeholder';

/** Placeholders first, then the other findings; each group in document order. */
export function groupFindings<T extends PreviewFinding>(findings: readonly T[]): { placeholders: T[]; others: T[] } {
  const byPlace = (a: T, b: T) => a.span.start - b.span.start || a.span.end - b.span.end || a.rule.localeCompare(b.rule);
  return {
    placeholders: findings.filter((f) => f.rule === placeholderRule).sort(byPlace),
    others: findings.filter((f) => f.rule !== placeholderRule).sort(byPlace),
  };
}
