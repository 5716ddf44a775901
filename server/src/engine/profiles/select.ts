// Choosing the profile for a document: front matter, then config, then recognition, then generic.
import type { EngineConfig, ProfileData, ReportDocument } from '../types';
import { builtinProfiles, genericProfile } from './builtin';
import type { PatternBudget } from '../packs/budget';
import { MAX_MATCH_TEXT, normaliseHeading, partOfHeading, profilePattern, type ProfileText } from './match';
import { isReportTitle, titleCandidates } from '../parse/title-lines';

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
 * reports (现将本人…述职如下), or a top-level heading that names the kind (一、2023年工作总结, in a
 * text kept without its title), is next; subject words and matched headings only add up.
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
 * How much of the report's opening (lead-in, headings and body after the title) is read for
 * subject words: a text kept without its title or lead-in still shows its subject there
 * (（三）严格履行法治建设第一责任人职责, 书记抓、抓书记的党建工作责任制).
 */
const OPENING_CHARS = 2000;

interface ProfileScore {
  profile: ProfileData;
  score: number;
  /** Distinct parts matched by top-level headings. */
  parts: number;
}

/** Each profile's evidence score (profiles without parts left out). */
function profileScores(doc: ReportDocument, profiles: ProfileData[], budget: PatternBudget): ProfileScore[] {
  const titles = titleCandidates(doc);
  const leadIn = doc.leadIn.map((p) => p.text).join('\n').slice(0, LEAD_IN_CHARS);
  const opening = reportOpening(doc);
  // A top-level heading that names a report (一、2023年工作总结), not one of its parts (…职责情况).
  const namingHeadings = doc.sections.map((s) => normaliseHeading(s.heading.text).slice(0, MAX_MATCH_TEXT)).filter(isReportTitle);
  const out: ProfileScore[] = [];
  for (const profile of profiles) {
    if (profile.parts.length === 0) continue;
    let score = 0;
    const namedBy = (texts: string[]): boolean => texts.some((t) => profile.recognise.title.some((re) => safeTest(re, t, 'heading', budget)));
    if (namedBy(titles)) score += TITLE;
    if (leadIn && profile.recognise.leadIn.some((re) => safeTest(re, leadIn, 'lead-in', budget))) score += LEAD_IN;
    else if (namedBy(namingHeadings)) score += LEAD_IN;
    score += topicScore(profile.recognise.topic ?? [], leadIn, opening, budget);
    const parts = new Set<number>();
    for (const s of doc.sections) {
      const i = partOfHeading(profile, s.heading, false, budget);
      if (i >= 0) parts.add(i);
    }
    score += parts.size;
    out.push({ profile, score, parts: parts.size });
  }
  return out;
}

/**
 * Scores each profile on its title, lead-in, subject words and top-level headings; the best
 * wins. A tie between kinds with no title or lead-in behind it is left unresolved (generic)
 * rather than guessed.
 */
export function recogniseProfile(doc: ReportDocument, profiles: ProfileData[], budget: PatternBudget): ProfileData | null {
  let best: ProfileData | null = null;
  let bestScore = 0;
  let tie = false;
  for (const { profile, score, parts } of profileScores(doc, profiles, budget)) {
    if (score < MIN_SCORE && parts < 2) continue;
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

/** The text after the title, up to OPENING_CHARS. */
function reportOpening(doc: ReportDocument): string {
  const start = doc.title ? doc.title.span.end : 0;
  return doc.prose.slice(start, start + OPENING_CHARS);
}

/**
 * The subject words' weight: breadth, not repetition (each different word counts once, the best
 * MAX_TOPIC_HITS of them). A word in the lead-in, where the writer says what the report is about,
 * counts TOPIC; one only in the body's opening counts half (年终述职 in 纳入领导干部年终述职核心内容
 * is a mention, not a 述职).
 */
function topicScore(patterns: readonly string[], leadIn: string, opening: string, budget: PatternBudget): number {
  const weights: number[] = [];
  for (const source of patterns) {
    // Run on long text: the lead-in's check, and the analysis's pattern budget.
    const re = profilePattern(source, 'lead-in');
    if (!re) continue;
    if (leadIn && budget.run(() => re.test(leadIn)) === true) weights.push(TOPIC);
    else if (budget.run(() => re.test(opening)) === true) weights.push(TOPIC / 2);
  }
  return weights
    .sort((a, b) => b - a)
    .slice(0, MAX_TOPIC_HITS)
    .reduce((a, b) => a + b, 0);
}
