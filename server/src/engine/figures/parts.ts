// Which mandated part of the report (profile part id) a paragraph or heading belongs to. The
// figure and year rules treat the plans part differently: its figures and years are targets.
import { matchParts } from '../profiles/match';
import type { Paragraph, ProfileData, ReportDocument, Span } from '../types';

export const LEAD_IN = 'leadIn';
export const PLANS = 'plans';

/** Headings of a plans part when the profile has none that matches (generic documents). */
const PLANS_FALLBACK = /下一步|打算|今后|努力方向|整改(措施|举措)|(工作)?(计划|安排|思路|要点)$|展望/u;

export interface PartRegion {
  span: Span;
  part: string;
}

/** Spans of the sections that stand for profile parts (plus fallback plans sections). */
export function partRegions(doc: ReportDocument, profile: ProfileData): PartRegion[] {
  const regions: PartRegion[] = [];
  const matched = matchParts(doc, profile);
  for (const m of matched) regions.push({ span: m.section.span, part: m.part.id });
  for (const s of doc.sections) {
    if (!matched.some((m) => m.section === s) && PLANS_FALLBACK.test(s.heading.text)) regions.push({ span: s.span, part: PLANS });
  }
  return regions;
}

/** The part at a document offset (the innermost region wins), or null. */
export function partAt(regions: readonly PartRegion[], offset: number): string | null {
  let best: PartRegion | null = null;
  for (const r of regions) {
    if (r.span.start <= offset && offset < r.span.end && (!best || r.span.start >= best.span.start)) best = r;
  }
  return best ? best.part : null;
}

export interface PartedParagraph {
  paragraph: Paragraph;
  /** Profile part id, 'leadIn', 'plans' (also by fallback), or null when unknown. */
  part: string | null;
}

export function paragraphParts(doc: ReportDocument, profile: ProfileData): PartedParagraph[] {
  const regions = partRegions(doc, profile);
  const leadIn = new Set(doc.leadIn);
  return doc.paragraphs.map((paragraph) => ({
    paragraph,
    part: leadIn.has(paragraph) ? LEAD_IN : partAt(regions, paragraph.span.start),
  }));
}
