// Where each profile part of a report starts (its heading), and what to call it in a message.
import { LEAD_IN, PLANS } from '../figures/parts';
import type { Span } from '../types';
import type { ReportSide } from './side';

export interface PartPlace {
  /** The heading's text span (the lead-in's first paragraph for the lead-in). */
  span: Span;
  name: string;
}

/** The display name of a part id. */
export function partName(side: ReportSide, part: string): string {
  if (part === LEAD_IN) return '导语';
  const p = side.profile.parts.find((x) => x.id === part);
  if (p) return p.name;
  return part === PLANS ? '下一步打算' : part;
}

/** The first heading of each part (the outermost section standing for it), by part id. */
export function partPlaces(side: ReportSide): Map<string, PartPlace> {
  const out = new Map<string, PartPlace>();
  const byLine = new Map(side.doc.headings.map((h) => [h.lineSpan.start, h]));
  const regions = [...side.regions.list].sort((a, b) => a.span.start - b.span.start);
  for (const r of regions) {
    if (out.has(r.part)) continue;
    const h = byLine.get(r.span.start);
    out.set(r.part, { span: h ? h.textSpan : { start: r.span.start, end: r.span.start }, name: partName(side, r.part) });
  }
  const first = side.doc.leadIn[0];
  if (first) out.set(LEAD_IN, { span: first.span, name: '导语' });
  return out;
}
