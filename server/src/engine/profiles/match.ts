// Matching a document's headings to a profile's mandated parts.
import { budgeted } from '../packs/budget';
import { checkPattern, PROFILE_BUDGET, type PatternCheck } from '../packs/safe-regex';
import type { Heading, ProfileData, ProfilePart, ReportDocument, Section } from '../types';

/**
 * Longest heading or title text that profile patterns run on. Profiles also come from config
 * files, and JavaScript regexes backtrack: a bound on the text (with checkPattern's bound on the
 * pattern) keeps each match cheap however long a heading line is.
 */
export const MAX_MATCH_TEXT = 100;

/** Where a profile pattern runs: a heading or title (at most MAX_MATCH_TEXT), or the lead-in (longer). */
export type ProfileText = 'heading' | 'lead-in';

/**
 * The one check for profile patterns, at load time (config errors) and at run time: the same
 * budget in both places, so a pattern the config accepts is never silently dropped. On a
 * heading or title (at most MAX_MATCH_TEXT characters) two unbounded repeats are cheap; the
 * lead-in is longer, so there only one.
 */
export function checkProfilePattern(source: string, where: ProfileText = 'heading'): PatternCheck {
  return checkPattern(source, where === 'heading' ? { budget: PROFILE_BUDGET } : {});
}

const checked = new Map<string, RegExp | null>();

/** A profile pattern compiled with the 'u' flag, or null (never run) when it is invalid or could backtrack out of control. */
export function profilePattern(source: string, where: ProfileText = 'heading'): RegExp | null {
  const key = `${where}\0${source}`;
  let re = checked.get(key);
  if (re === undefined) {
    const c = checkProfilePattern(source, where);
    re = c.ok ? c.regex : null;
    checked.set(key, re);
  }
  return re;
}

const compiled = new WeakMap<ProfileData, RegExp[][]>();

/** Heading patterns of each part, compiled once per profile object. */
function partPatterns(profile: ProfileData): RegExp[][] {
  let c = compiled.get(profile);
  if (!c) {
    c = profile.parts.map((p) => p.headings.map((h) => profilePattern(h)).filter((re): re is RegExp => re !== null));
    compiled.set(profile, c);
  }
  return c;
}

function normaliseHeading(text: string): string {
  return text.replace(/[\s\u3000*_`]/g, '');
}

/** Index of the part a heading stands for (longest pattern match wins, ties to the earlier part), or -1. */
export function partOfHeading(profile: ProfileData, h: Heading, onlyAnyLevel = false): number {
  const text = normaliseHeading(h.text).slice(0, MAX_MATCH_TEXT);
  let best = -1;
  let bestLen = 0;
  partPatterns(profile).forEach((patterns, i) => {
    if (onlyAnyLevel && !profile.parts[i].anyLevel) return;
    for (const re of patterns) {
      // Config files' patterns share the analysis's time budget (packs/budget.ts).
      const m = budgeted(() => re.exec(text));
      if (m && m[0].length + 1 > bestLen) {
        best = i;
        bestLen = m[0].length + 1;
      }
    }
  });
  return best;
}

/** Indices of every part a heading's text stands for: 存在的问题及下一步打算 stands for two. */
export function partsOfHeading(profile: ProfileData, h: Heading): number[] {
  const text = normaliseHeading(h.text).slice(0, MAX_MATCH_TEXT);
  const out: number[] = [];
  partPatterns(profile).forEach((patterns, i) => {
    if (patterns.some((re) => re.test(text))) out.push(i);
  });
  return out;
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
export function matchParts(doc: ReportDocument, profile: ProfileData): readonly PartMatch[] {
  // Several rules ask for the same document and profile: match each heading once.
  let byProfile = matched.get(doc);
  if (!byProfile) matched.set(doc, (byProfile = new WeakMap()));
  let parts = byProfile.get(profile);
  if (!parts) byProfile.set(profile, (parts = computeMatchParts(doc, profile)));
  return parts;
}

const matched = new WeakMap<ReportDocument, WeakMap<ProfileData, readonly PartMatch[]>>();

function computeMatchParts(doc: ReportDocument, profile: ProfileData): PartMatch[] {
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
    const found = new Set(out.map((m) => m.index)); // a set, not out.some: thousands of headings stay linear
    const visit = (sections: Section[]): void => {
      for (const s of sections) {
        if (!seen.has(s)) {
          const i = partOfHeading(profile, s.heading, true);
          if (i >= 0 && !found.has(i)) {
            out.push({ part: profile.parts[i], index: i, section: s });
            found.add(i);
          }
        }
        visit(s.children);
      }
    };
    visit(doc.sections);
    out.sort((a, b) => a.section.span.start - b.section.span.start);
  }
  return out;
}
