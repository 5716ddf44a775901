// Which mandated part of the report (profile part id) a paragraph or heading belongs to. The
// year rule treats the plans part differently (its years are targets); the figure rules read
// the parts through figures/scope.ts.
import type { PartMatch } from '../profiles/match';
import type { Paragraph, ReportDocument, Span } from '../types';

export const LEAD_IN = 'leadIn';
export const PLANS = 'plans';

/** Headings of a plans part when the profile has none that matches (generic documents). */
const PLANS_FALLBACK = /下一步|打算|今后|努力方向|整改(措施|举措)|(工作)?(计划|安排|思路|要点)$|展望/u;

export interface PartRegion {
  span: Span;
  part: string;
}

/**
 * Spans of the sections that stand for profile parts (plus fallback plans sections);
 * `matched`: matchParts of the document. Read once per analysis (AnalysisContext.partRegions).
 */
export function partRegions(doc: ReportDocument, matched: readonly PartMatch[]): PartRegions {
  const regions: PartRegion[] = [];
  const matchedSections = new Set(matched.map((m) => m.section));
  for (const m of matched) regions.push({ span: m.section.span, part: m.part.id });
  for (const s of doc.sections) {
    if (!matchedSections.has(s) && PLANS_FALLBACK.test(s.heading.text)) regions.push({ span: s.span, part: PLANS });
  }
  return new PartRegions(regions);
}

/**
 * The regions, and an index built on the first lookup so that looking up every paragraph stays
 * linear: the regions sorted by start, each with the index of the innermost region around it
 * (-1: none). Regions are section spans, so two of them are either nested or disjoint: a stack
 * gives each its parent.
 */
export class PartRegions {
  private sorted: PartRegion[] | null = null;
  private parent: number[] = [];

  constructor(readonly list: readonly PartRegion[]) {}

  /** The part at a document offset (the innermost region wins), or null. */
  at(offset: number): string | null {
    if (this.sorted === null) this.index();
    return partAt(this.sorted as PartRegion[], this.parent, offset);
  }

  private index(): void {
    const sorted = [...this.list].sort((a, b) => a.span.start - b.span.start || b.span.end - a.span.end);
    const open: number[] = [];
    sorted.forEach((r, i) => {
      while (open.length > 0 && sorted[open[open.length - 1]].span.end <= r.span.start) open.pop();
      this.parent.push(open.length > 0 ? open[open.length - 1] : -1);
      open.push(i);
    });
    this.sorted = sorted;
  }
}

function partAt(sorted: readonly PartRegion[], parent: readonly number[], offset: number): string | null {
  // The last region starting at or before the offset; if it has ended, only its ancestors can hold the offset.
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid].span.start <= offset) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo - 1; i >= 0; i = parent[i]) {
    if (offset < sorted[i].span.end) return sorted[i].part;
  }
  return null;
}

export interface PartedParagraph {
  paragraph: Paragraph;
  /** Profile part id, 'leadIn', 'plans' (also by fallback), or null when unknown. */
  part: string | null;
}

/** The part of every paragraph (AnalysisContext.paragraphParts). */
export function paragraphParts(doc: ReportDocument, regions: PartRegions): PartedParagraph[] {
  const leadIn = new Set(doc.leadIn);
  return doc.paragraphs.map((paragraph) => ({
    paragraph,
    part: leadIn.has(paragraph) ? LEAD_IN : regions.at(paragraph.span.start),
  }));
}
