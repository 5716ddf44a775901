// Choosing the profile for a document: front matter, then config, then recognition, then generic.
import type { EngineConfig, ProfileData, ReportDocument } from '../types';
import { builtinProfiles, genericProfile } from './builtin';
import type { PatternBudget } from '../packs/budget';
import { partOfHeading, profilePattern, type ProfileText } from './match';
import { titleCandidates } from '../parse/title-lines';

export interface SelectedProfile {
  profile: ProfileData;
  how: 'front-matter' | 'config' | 'recognised' | 'fallback';
}

export function allProfiles(config: EngineConfig): ProfileData[] {
  // Config profiles come first so a workspace can override a built-in id.
  const extra = config.profiles ?? [];
  return [...extra, ...builtinProfiles.filter((b) => !extra.some((e) => e.id === b.id))];
}

/** `budget`: the analysis's time budget for config patterns (packs/budget.ts). */
export function selectProfile(doc: ReportDocument, config: EngineConfig, budget: PatternBudget): SelectedProfile {
  const profiles = allProfiles(config);
  const byId = (id: string | undefined): ProfileData | undefined => (id ? profiles.find((p) => p.id === id) : undefined);
  const fm = byId(doc.frontMatter?.profile);
  if (fm) return { profile: fm, how: 'front-matter' };
  const configured = byId(config.profile);
  if (configured) return { profile: configured, how: 'config' };
  const recognised = recogniseProfile(doc, profiles, budget);
  if (recognised) return { profile: recognised, how: 'recognised' };
  return { profile: genericProfile, how: 'fallback' };
}

/** An invalid or unsafe pattern (from a config file) never matches; see profilePattern. */
const safeTest = (pattern: string, text: string, where: ProfileText, budget: PatternBudget): boolean => {
  const re = profilePattern(pattern, where);
  return re !== null && budget.run(() => re.test(text)) === true;
};

/**
 * Evidence weights. The title is the writer's own name for the report and beats everything
 * else (a 述职述廉报告 whose lead-in mentions 述法 is a 述职报告); a lead-in that says what it
 * reports (现将本人…述职如下) is next; subject words and matched headings only add up.
 */
const TITLE = 20;
const LEAD_IN = 10;
const TOPIC = 4;
const MAX_TOPIC_HITS = 2;
/** Less than this (one subject word, or a single matched heading) is no kind. */
const MIN_SCORE = 5;
/** How much of the lead-in is read. */
const LEAD_IN_CHARS = 2000;

/**
 * Scores each profile on its title, lead-in, subject words and top-level headings; the best
 * wins. A tie between kinds with no title or lead-in behind it is left unresolved (generic)
 * rather than guessed.
 */
export function recogniseProfile(doc: ReportDocument, profiles: ProfileData[], budget: PatternBudget): ProfileData | null {
  const titles = titleCandidates(doc);
  const leadIn = doc.leadIn.map((p) => p.text).join('\n').slice(0, LEAD_IN_CHARS);
  let best: ProfileData | null = null;
  let bestScore = 0;
  let tie = false;
  for (const profile of profiles) {
    if (profile.parts.length === 0) continue;
    let score = 0;
    if (titles.some((t) => profile.recognise.title.some((re) => safeTest(re, t, 'heading', budget)))) score += TITLE;
    if (leadIn && profile.recognise.leadIn.some((re) => safeTest(re, leadIn, 'lead-in', budget))) score += LEAD_IN;
    score += TOPIC * topicHits(profile.recognise.topic ?? [], leadIn, budget);
    const parts = new Set<number>();
    for (const s of doc.sections) {
      const i = partOfHeading(profile, s.heading, false, budget);
      if (i >= 0) parts.add(i);
    }
    score += parts.size;
    if (score < MIN_SCORE && parts.size < 2) continue;
    if (score > bestScore) {
      best = profile;
      bestScore = score;
      tie = false;
    } else if (score === bestScore) {
      tie = true;
    }
  }
  return tie && bestScore < LEAD_IN ? null : best;
}

/** Occurrences of the subject words in the lead-in, up to MAX_TOPIC_HITS. */
function topicHits(patterns: readonly string[], text: string, budget: PatternBudget): number {
  let hits = 0;
  for (const source of patterns) {
    // Run on the lead-in (long): the lead-in's check, and the analysis's pattern budget.
    const re = profilePattern(source, 'lead-in');
    if (!re) continue;
    const all = new RegExp(re.source, 'gu');
    while (hits < MAX_TOPIC_HITS && budget.run(() => all.exec(text)) !== null) {
      hits++;
      if (all.lastIndex === 0) break;
    }
  }
  return Math.min(hits, MAX_TOPIC_HITS);
}
