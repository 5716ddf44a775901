// Builds the section tree from headings in document order, and assigns paragraphs to sections.
import type { Heading, Paragraph, Section } from '../types';

/** Rank for nesting: numbered headings by their GB/T 9704 level, unnumbered Markdown headings by '#' count. */
export function rankOf(h: Heading): number {
  if (h.level > 0) return h.level;
  return Math.max(1, (h.markdownLevel ?? 2) - 1);
}

export function buildSections(headings: Heading[], paragraphs: Paragraph[], textLength: number): { sections: Section[]; leadIn: Paragraph[] } {
  const roots: Section[] = [];
  const stack: Section[] = [];
  const flat: Section[] = [];
  for (const h of headings) {
    const section: Section = { heading: h, span: { start: h.lineSpan.start, end: textLength }, children: [], paragraphs: [] };
    while (stack.length > 0 && rankOf(stack[stack.length - 1].heading) >= rankOf(h)) {
      stack.pop()!.span.end = h.lineSpan.start;
    }
    (stack.length > 0 ? stack[stack.length - 1].children : roots).push(section);
    stack.push(section);
    flat.push(section);
  }
  // Sections end where a later heading of the same or higher rank begins; the ones still open run to the end.
  const leadIn: Paragraph[] = [];
  let i = -1;
  for (const p of paragraphs) {
    while (i + 1 < flat.length && flat[i + 1].heading.lineSpan.start <= p.span.start) i++;
    if (i < 0) leadIn.push(p);
    else flat[i].paragraphs.push(p);
  }
  return { sections: roots, leadIn };
}
