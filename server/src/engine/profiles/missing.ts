// Where the mandated parts a document lacks belong: before the first present part the profile
// puts after each (as required-section places its finding and fix), or at the end.
import type { AnalysisContext } from '../context';
import type { Heading, ProfilePart } from '../types';

/** The missing mandated parts that belong right before each top-level heading. */
export function missingPartsBefore(ctx: AnalysisContext): Map<Heading, ProfilePart[]> {
  const { doc, profile } = ctx;
  const out = new Map<Heading, ProfilePart[]>();
  if (!profile.parts.some((p) => p.required)) return out;
  const matches = ctx.partMatches;
  const present = ctx.presentParts;
  const topLevel = new Set(doc.sections);
  profile.parts.forEach((part, index) => {
    if (!part.required || present.has(index)) return;
    const next = matches.find((m) => m.index > index && topLevel.has(m.section));
    if (!next) return;
    const list = out.get(next.section.heading) ?? [];
    list.push(part);
    out.set(next.section.heading, list);
  });
  return out;
}
