// Matching a document's headings to a profile's mandated parts.
import type { Heading, ProfileData, ProfilePart, ReportDocument, Section } from '../types';

const compiled = new WeakMap<ProfileData, RegExp[][]>();

/** Heading patterns of each part, compiled once per profile object. */
export function partPatterns(profile: ProfileData): RegExp[][] {
  let c = compiled.get(profile);
  if (!c) {
    c = profile.parts.map((p) => p.headings.map((h) => new RegExp(h, 'u')));
    compiled.set(profile, c);
  }
  return c;
}

export function normaliseHeading(text: string): string {
  return text.replace(/[\s\u3000*_`]/g, '');
}

/** Index of the part a heading stands for (longest pattern match wins, ties to the earlier part), or -1. */
export function partOfHeading(profile: ProfileData, h: Heading, onlyAnyLevel = false): number {
  const text = normaliseHeading(h.text);
  let best = -1;
  let bestLen = 0;
  partPatterns(profile).forEach((patterns, i) => {
    if (onlyAnyLevel && !profile.parts[i].anyLevel) return;
    for (const re of patterns) {
      const m = re.exec(text);
      if (m && m[0].length + 1 > bestLen) {
        best = i;
        bestLen = m[0].length + 1;
      }
    }
  });
  return best;
}

export interface PartMatch {
  part: ProfilePart;
  index: number;
  section: Section;
}

/**
 * The top-level sections that stand for profile parts, in document order; parts marked
 * anyLevel are also found among nested headings.
 */
export function matchParts(doc: ReportDocument, profile: ProfileData): PartMatch[] {
  if (profile.parts.length === 0) return [];
  const out: PartMatch[] = [];
  const seen = new Set<Section>();
  for (const section of doc.sections) {
    const i = partOfHeading(profile, section.heading);
    if (i >= 0) {
      out.push({ part: profile.parts[i], index: i, section });
      seen.add(section);
    }
  }
  if (profile.parts.some((p) => p.anyLevel)) {
    const visit = (sections: Section[]): void => {
      for (const s of sections) {
        if (!seen.has(s)) {
          const i = partOfHeading(profile, s.heading, true);
          if (i >= 0 && !out.some((m) => m.index === i)) out.push({ part: profile.parts[i], index: i, section: s });
        }
        visit(s.children);
      }
    };
    visit(doc.sections);
    out.sort((a, b) => a.section.span.start - b.section.span.start);
  }
  return out;
}
