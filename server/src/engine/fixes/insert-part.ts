// The fix of a missing mandated part (required-section): insert its heading and a placeholder body
// where the profile puts it, numbered after the part before it, renumbering only the parts after
// it whose numbers would then clash, and spaced as the document spaces its paragraphs.
import { eolOf, renumberHeadings } from '../edits';
import { formatMarker } from '../parse/markers';
import type { Fix, Heading, ProfilePart, ReportDocument, Section, TextEditData } from '../types';
import { endsWithBlankLine, usesBlankLines } from './spacing';

/** The body the fix leaves to write: a placeholder the placeholder rule points the writer to. */
const PART_BODY = '【待补充】';

/**
 * Edits that make room for a number: `headings` (in order) should be numbered `first` or more. A
 * heading whose number is too low takes the next free one; the first heading whose number is high
 * enough ends the clash, and it and the rest keep their numbers.
 */
function renumberClashing(headings: readonly Heading[], first: number, style: Heading['style']): TextEditData[] {
  let want = first;
  let end = 0;
  for (const h of headings) {
    if ((h.number ?? 0) >= want) break;
    end++;
    want++;
  }
  return renumberHeadings(headings.slice(0, end), first, style);
}

/** Whether the document's last character is prose: text appended after an unclosed code fence or comment would stay inside it. */
function endsInProse(doc: ReportDocument): boolean {
  let end = doc.text.length;
  while (end > 0 && /\s/.test(doc.text[end - 1])) end--;
  return end > 0 && !/\s/.test(doc.prose[end - 1]);
}

/** Inserts "N、<part>" plus a placeholder body before `before` (a top-level section), or at the end. */
export function insertPartFix(doc: ReportDocument, part: ProfilePart, before: Section | null): Fix {
  const eol = eolOf(doc);
  const tops = doc.sections;
  const model = tops.find((s) => s.heading.number !== null) ?? tops[0];
  const style = model?.heading.style ?? 'cn-comma';
  const marker = style === 'none' ? 'cn-comma' : style;
  const hashes = model?.heading.markdownLevel ? '#'.repeat(model.heading.markdownLevel) + ' ' : '';
  const gap = hashes || usesBlankLines(doc) ? eol : '';
  const numbered = tops.filter((s) => s.heading.number !== null && s.heading.style === style);
  const at = before ? before.span.start : doc.text.length;
  const previous = numbered.filter((s) => s.span.start < at).pop();
  const number = (previous?.heading.number ?? 0) + 1;
  const after = numbered.filter((s) => s.span.start >= at).map((s) => s.heading);
  const edits = renumberClashing(after, number + 1, style);
  const heading = `${hashes}${formatMarker(marker, number)}${part.skeleton}`;
  let text: string;
  if (before) {
    text = `${heading}${eol}${gap}${PART_BODY}${eol}${gap}`;
  } else {
    const lead = doc.text.length === 0 || /[\r\n]$/.test(doc.text) ? '' : eol;
    const space = gap && !endsWithBlankLine(doc.text + lead) ? gap : '';
    text = `${lead}${space}${heading}${eol}${gap}${PART_BODY}${eol}`;
  }
  // An insertion touching a renumbered marker merges with it: LSP edits must not overlap.
  const touching = edits.find((e) => e.start === at);
  if (touching) touching.text = text + touching.text;
  else edits.unshift({ start: at, end: at, text });
  const renumbered = edits.length > 1 || touching !== undefined;
  // The right fix when the new heading takes its place among parts numbered alike; beside an
  // unnumbered or differently marked heading it may not become a part of its own.
  const neighbour = (before ?? tops[tops.length - 1])?.heading;
  const fits = !!neighbour && neighbour.style === style && neighbour.markdownLevel === (model?.heading.markdownLevel ?? null) && (before !== null || endsInProse(doc));
  return { title: `插入「${heading.replace(/^#+ /, '')}」部分${renumbered ? '并顺延后续编号' : ''}`, edits, ...(fits ? { preferred: true } : {}) };
}
