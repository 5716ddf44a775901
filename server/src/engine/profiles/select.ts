// Choosing the profile for a document: front matter, then config, then recognition, then generic.
import type { EngineConfig, ProfileData, ReportDocument } from '../types';
import { builtinProfiles, genericProfile } from './builtin';
import { budgeted } from '../packs/budget';
import { MAX_MATCH_TEXT, partOfHeading, profilePattern, type ProfileText } from './match';

export interface SelectedProfile {
  profile: ProfileData;
  how: 'front-matter' | 'config' | 'recognised' | 'fallback';
}

export function allProfiles(config: EngineConfig): ProfileData[] {
  // Config profiles come first so a workspace can override a built-in id.
  const extra = config.profiles ?? [];
  return [...extra, ...builtinProfiles.filter((b) => !extra.some((e) => e.id === b.id))];
}

export function selectProfile(doc: ReportDocument, config: EngineConfig): SelectedProfile {
  const profiles = allProfiles(config);
  const byId = (id: string | undefined): ProfileData | undefined => (id ? profiles.find((p) => p.id === id) : undefined);
  const fm = byId(doc.frontMatter?.profile);
  if (fm) return { profile: fm, how: 'front-matter' };
  const configured = byId(config.profile);
  if (configured) return { profile: configured, how: 'config' };
  const recognised = recogniseProfile(doc, profiles);
  if (recognised) return { profile: recognised, how: 'recognised' };
  return { profile: genericProfile, how: 'fallback' };
}

/** An invalid or unsafe pattern (from a config file) never matches; see profilePattern. */
const safeTest = (pattern: string, text: string, where: ProfileText): boolean => {
  const re = profilePattern(pattern, where);
  return re !== null && budgeted(() => re.test(text)) === true;
};

/**
 * Scores each profile: a title or lead-in match is strong evidence; matched top-level headings
 * add evidence. Without a title or lead-in, at least two distinct parts must match, and a tie
 * between kinds is left unresolved (generic) rather than guessed.
 */
export function recogniseProfile(doc: ReportDocument, profiles: ProfileData[]): ProfileData | null {
  const title = (doc.title?.text ?? '').slice(0, MAX_MATCH_TEXT);
  const leadIn = doc.leadIn.map((p) => p.text).join('\n').slice(0, 2000);
  let best: ProfileData | null = null;
  let bestScore = 0;
  let tie = false;
  for (const profile of profiles) {
    if (profile.parts.length === 0) continue;
    let score = 0;
    if (title && profile.recognise.title.some((re) => safeTest(re, title, 'heading'))) score += 10;
    if (leadIn && profile.recognise.leadIn.some((re) => safeTest(re, leadIn, 'lead-in'))) score += 10;
    const parts = new Set<number>();
    for (const s of doc.sections) {
      const i = partOfHeading(profile, s.heading);
      if (i >= 0) parts.add(i);
    }
    if (score === 0 && parts.size < 2) continue;
    score += parts.size;
    if (score > bestScore) {
      best = profile;
      bestScore = score;
      tie = false;
    } else if (score === bestScore) {
      tie = true;
    }
  }
  return tie && bestScore < 10 ? null : best;
}
