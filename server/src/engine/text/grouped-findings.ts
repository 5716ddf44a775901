// One finding per paragraph for slips that come in swarms: text pasted from an English input
// method has half-width marks everywhere, and 50 squiggles in 700 characters are not something a
// writer can act on. The marks of one paragraph become one finding on the first of them, with a
// fix for the paragraph and, where the document has several such paragraphs, one for the whole
// document; the other marks are listed as related places.
import type { Candidate } from '../packs/finding-sink';
import { lineOfOffset } from '../positions';
import type { Fix, RelatedInfo, Span, TextEditData } from '../types';

/** Related places listed per finding, at most (the fix covers them all). */
const MAX_RELATED = 20;
/** Edits of the whole-document fix, at most: beyond that each finding would carry a large payload. */
const MAX_DOCUMENT_EDITS = 500;

export interface GroupWording {
  /** The message of a group of `n` (> 1) slips, given their summary (“,”×3、“:”×1). */
  message(n: number, summary: string): string;
  /** The title of the fix for a paragraph's `n` slips, and for the document's. */
  paragraphFix(n: number): string;
  documentFix(n: number): string;
  /** What one slip is called among the related places (半角“,”). */
  related(c: Candidate): string;
  /** Its key in the summary (“,”). */
  kind(c: Candidate): string;
}

/**
 * Groups `candidates` (each with one preferred fix) by the unit holding them (`units`: sorted,
 * disjoint paragraphs, headings and titles; outside them, by line), in text order.
 */
export function groupByUnit(candidates: readonly Candidate[], units: readonly Span[], lineStarts: number[], wording: GroupWording): Candidate[] {
  const sorted = [...candidates].sort((a, b) => a.span.start - b.span.start);
  const groups: Candidate[][] = [];
  let u = 0;
  let lastKey = '';
  for (const c of sorted) {
    while (u < units.length && units[u].end <= c.span.start) u++;
    const inUnit = u < units.length && units[u].start <= c.span.start;
    const key = inUnit ? `u${u}` : `l${lineOfOffset(lineStarts, c.span.start)}`;
    if (key !== lastKey || groups.length === 0) groups.push([]);
    groups[groups.length - 1].push(c);
    lastKey = key;
  }
  const allEdits = editsIn(sorted);
  const documentFix: Fix | null =
    groups.length > 1 && allEdits.length <= MAX_DOCUMENT_EDITS ? { title: wording.documentFix(sorted.length), edits: allEdits, preferred: false } : null;
  return groups.map((g) => {
    const first = g[0];
    const fixes: Fix[] = g.length === 1 ? [...(first.fixes ?? [])] : [{ title: wording.paragraphFix(g.length), edits: editsIn(g), preferred: true }];
    if (documentFix) fixes.push(documentFix);
    if (g.length === 1) return { ...first, fixes };
    const counts = new Map<string, number>();
    for (const c of g) counts.set(wording.kind(c), (counts.get(wording.kind(c)) ?? 0) + 1);
    const summary = [...counts].map(([k, n]) => `${k}${n}处`).join('、');
    const related: RelatedInfo[] = g.slice(1, 1 + MAX_RELATED).map((c) => ({ span: c.span, message: wording.related(c) }));
    return { message: wording.message(g.length, summary), span: first.span, fixes, related };
  });
}

/** The edits of the candidates' first fixes, in text order. */
function editsIn(cs: readonly Candidate[]): TextEditData[] {
  return cs.flatMap((c) => c.fixes?.[0]?.edits ?? []).sort((a, b) => a.start - b.start);
}
