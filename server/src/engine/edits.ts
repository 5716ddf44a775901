// Building blocks for fixes: renumbering markers and ordinals, line endings.
import type { Heading, Ordinal, ReportDocument, TextEditData } from './types';
import { formatMarker } from './parse/markers';
import { toChineseNumber } from './parse/numbers';

/** The document's (first) line break, so inserted text matches it: LF, CRLF, or CR alone. */
export function eolOf(doc: ReportDocument): string {
  return /\r\n?|\n/.exec(doc.text)?.[0] ?? '\n';
}

/** Edits that renumber `headings` as first, first+1, … in the style of each heading; unchanged ones are skipped. */
export function renumberHeadings(headings: readonly Heading[], first: number, style = headings[0]?.style): TextEditData[] {
  const edits: TextEditData[] = [];
  headings.forEach((h, i) => {
    if (!h.markerSpan || !style) return;
    const want = formatMarker(style, first + i);
    if (h.number !== first + i || h.style !== style) edits.push({ ...h.markerSpan, text: want });
  });
  return edits;
}

/** Edits that renumber run-in ordinals as first, first+1, … (一是, 二是 …). */
export function renumberOrdinals(ordinals: readonly Ordinal[], first: number): TextEditData[] {
  const edits: TextEditData[] = [];
  ordinals.forEach((o, i) => {
    if (o.value !== first + i) edits.push({ start: o.span.start, end: o.span.end, text: `${toChineseNumber(first + i)}是` });
  });
  return edits;
}
