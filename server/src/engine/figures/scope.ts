// Where each paragraph of a report stands: in a review of work done, in a plan, or elsewhere,
// and which period its figures cover. Read from the profile's parts, from headings of any
// report (2025年工作回顾, 2026年重点工作, “十五五”时期主要目标任务), from short heading-like
// lines that the parser reads as paragraphs, and from lead words that open a paragraph or a
// sentence (这五年，… / 刚刚过去的2025年… / 今年是…). One pass over headings and paragraphs in
// document order; lead words are tried on a bounded window at each sentence start.
import { rankOf } from '../parse/sections';
import { reportYear } from '../report-year-of';
import type { Heading, Paragraph, ProfileData, ReportDocument } from '../types';
import { LEAD_IN, partAt, partRegions } from './parts';
import { perDocument } from './per-document';
import words from './scope-words.json';

export type Scope = 'review' | 'plan' | 'other';

/**
 * Where a stretch of text stands. `scope` null: unknown or mixed (2025年和“十四五”时期工作回顾
 * before a lead word says which). `period`: 'y:2025' one year, 'span:十四五' / 'span' several
 * years, 'this' the report's own period when its year is unknown, null unknown or mixed.
 */
export interface Place {
  scope: Scope | null;
  period: string | null;
}

/** A change of place inside a paragraph, from the sentence at `at` (document offset) on. */
interface PlaceChange {
  at: number;
  place: Place;
}

export interface PlacedParagraph {
  paragraph: Paragraph;
  /** Place at the paragraph's start. */
  place: Place;
  /** Changes made by lead words of later sentences, in order (usually none). */
  changes: PlaceChange[];
}

const PART_SCOPE = new Map<string, Scope>();
for (const scope of ['review', 'plan', 'other'] as const) for (const id of words.partScopes[scope]) PART_SCOPE.set(id, scope);

const HEADING_PATTERNS = words.headings.map((h) => ({ scope: h.scope as Scope, re: new RegExp(h.pattern, 'u') }));
const NEUTRAL_PLAN = new RegExp(words.neutralPlanHeading.pattern, 'u');
const LEADS = words.leads.map((l) => ({ scope: l.scope as Scope, period: l.period, re: new RegExp(l.pattern, 'u') }));
const PLAN_SENTENCE = new RegExp(words.planSentence.pattern, 'u');
const LEAD_IN_YEAR = new RegExp(words.leadInYear.pattern, 'u');
/** How much of the lead-in is read for its year. */
const LEAD_IN_WINDOW = 600;

/** Longest text read for a heading-like line or at a sentence start (keeps each test bounded). */
const HEADING_LIKE_MAX = 40;
const LEAD_WINDOW = 40;
const YEAR = /((?:19|20)[0-9]{2})\s*年/gu;
const FIVE_YEAR_PLAN = /十[一二三四五六七八九]五/gu;
const SENTENCE_END = /[。！？!?\n]/gu;

/** What a heading (or a heading-like line) says about scope and period; undefined: nothing. */
interface HeadingPlace {
  scope: Scope | null | undefined;
  period: string | null | undefined;
  /** Years the heading names. */
  years: number[];
}

export function classifyHeading(text: string): HeadingPlace {
  const t = text.slice(0, 2 * HEADING_LIKE_MAX);
  // Most headings name no year and no plan period: skip reading them.
  const years = t.includes('年') ? [...t.matchAll(YEAR)].map((m) => Number(m[1])) : [];
  const plans = t.includes('五') ? [...t.matchAll(FIVE_YEAR_PLAN)].map((m) => `span:${m[0]}`) : [];
  const scopes = new Set<Scope>();
  for (const { scope, re } of HEADING_PATTERNS) if (re.test(t)) scopes.add(scope);
  let scope: Scope | null | undefined;
  if (scopes.size === 1) scope = [...scopes][0];
  // 目标任务完成情况 reports results; 2025年工作回顾和2026年工作安排 is both.
  else if (scopes.size > 1) scope = scopes.has('review') && /情况$/u.test(t) ? 'review' : null;
  const periods = new Set<string>([...years.map((y) => `y:${y}`), ...plans]);
  let period = periods.size === 0 ? undefined : periods.size === 1 ? [...periods][0] : null;
  if (period?.startsWith('span:') && scope) period = `${scope}-span`;
  return { scope, period, years };
}

/**
 * A lead word at the start of `text` (a sentence): the place it sets, or null. Spans are named
 * by the part they stand in ('review-span': the past five years, whether written 这五年 or
 * “十四五”时期), and a year lead without a year keeps the year the place already has.
 */
export function leadPlace(text: string, cur: Place): Place | null {
  const t = text.slice(0, LEAD_WINDOW);
  for (const lead of LEADS) {
    const m = lead.re.exec(t);
    if (!m) continue;
    if (lead.period !== 'year') return { scope: lead.scope, period: `${lead.scope}-span` };
    const y = /((?:19|20)[0-9]{2})年/u.exec(m[0]);
    if (y) return { scope: lead.scope, period: `y:${y[1]}` };
    const keep = cur.period !== null && cur.period.startsWith('y:') && (cur.scope === lead.scope || lead.scope === 'review');
    return { scope: lead.scope, period: keep ? cur.period : `${lead.scope}-year` };
  }
  return null;
}

/** The year the lead-in opens with or reports on (2024年，我坚持… / 现将本人2024年…报告如下), or null. */
function leadInYear(doc: ReportDocument): number | null {
  if (doc.leadIn.length === 0) return null;
  const start = doc.leadIn[0].span.start;
  const end = doc.leadIn[doc.leadIn.length - 1].span.end;
  const m = LEAD_IN_YEAR.exec(doc.prose.slice(start, Math.min(end, start + LEAD_IN_WINDOW)));
  return m ? Number(m[1] ?? m[2]) : null;
}

/** Where the words that make a sentence a plan inside a review (今年将…, 力争…) end in `text`, or -1. */
export function planWordsEnd(text: string): number {
  const m = PLAN_SENTENCE.exec(text);
  return m ? m.index + m[0].length : -1;
}

/** The line at `i` when it is short and has no sentence punctuation: an unnumbered heading the parser kept as text. */
function headingLine(text: string, i: number): string | null {
  let end = text.indexOf('\n', i);
  if (end < 0) end = text.length;
  if (end - i > HEADING_LIKE_MAX + 4) return null;
  const t = text.slice(i, end).trim();
  if (t.length === 0 || t.length > HEADING_LIKE_MAX || /[。；;，,：:！？]/u.test(t)) return null;
  return t;
}

interface Frame {
  rank: number;
  place: Place;
}

/** The place of every paragraph (doc.paragraphs order), computed once per document and profile. */
export const paragraphPlaces = perDocument(computePlaces);

function computePlaces(doc: ReportDocument, profile: ProfileData): PlacedParagraph[] {
  const year = reportYear(doc) ?? leadInYear(doc);
  const regions = partRegions(doc, profile);
  // Before any heading: the lead-in, which states work done (2022年以来，本人……).
  let root: Place = { scope: PART_SCOPE.get(LEAD_IN) ?? 'review', period: year !== null ? `y:${year}` : 'this' };
  const stack: Frame[] = [];
  const top = (): Place => (stack.length > 0 ? stack[stack.length - 1].place : root);
  /** The latest year named by a review heading: a later year in a neutral heading is the plan's. */
  let reviewYear = -1;
  const out: PlacedParagraph[] = [];
  let h = 0;
  /**
   * The place a heading (or heading-like line) sets under `cur`, or null when it says nothing of
   * scope or period. `part`: the profile part the heading stands for, if any. A line that is
   * not a parsed heading must name a scope: 2025年2月 under a title is the date of writing, and
   * 2026年甘肃省政府工作报告 the report's name, not the period of what follows.
   */
  const headingPlace = (text: string, cur: Place, part: string | null, parsed = true): Place | null => {
    const said = classifyHeading(text);
    let scope = said.scope;
    if (scope === undefined && said.years.length > 0 && reviewYear > 0 && Math.min(...said.years) > reviewYear && NEUTRAL_PLAN.test(text)) scope = 'plan';
    if (scope === undefined && part !== null) scope = PART_SCOPE.get(part);
    if (scope === 'review' && said.years.length > 0) reviewYear = Math.max(reviewYear, ...said.years);
    if (scope === undefined && (said.period === undefined || !parsed)) return null;
    return { scope: scope === undefined ? cur.scope : scope, period: said.period === undefined ? cur.period : said.period };
  };
  const openHeading = (heading: Heading): void => {
    const rank = rankOf(heading);
    while (stack.length > 0 && stack[stack.length - 1].rank >= rank) stack.pop();
    const parent = top();
    stack.push({ rank, place: headingPlace(heading.text, parent, partAt(regions, heading.lineSpan.start)) ?? parent });
  };
  for (const p of doc.paragraphs) {
    while (h < doc.headings.length && doc.headings[h].lineSpan.start <= p.span.start) openHeading(doc.headings[h++]);
    const frame = stack.length > 0 ? stack[stack.length - 1] : null;
    // Places are never modified (paragraphs share them): a change replaces the frame's.
    const setPlace = (place: Place): void => {
      if (frame) frame.place = place;
      else root = place;
    };
    // Lead words at each sentence start, and heading-like lines (the parser keeps an
    // unnumbered 2026年重点工作 as the first line of a paragraph): the first sentence sets the
    // paragraph's place, later ones change it from there on, and the last change carries on.
    const changes: PlaceChange[] = [];
    let start: Place = top();
    const text = p.text;
    for (let i = 0; i < text.length; ) {
      const lineStart = i === 0 || text.charCodeAt(i - 1) === 10;
      const heading = lineStart ? headingLine(text, i) : null;
      const place = heading !== null ? headingPlace(heading, top(), null, false) : leadPlace(text.slice(i, i + LEAD_WINDOW), top());
      if (place) {
        setPlace(place);
        if (i === 0) start = place;
        else changes.push({ at: p.span.start + i, place });
      }
      SENTENCE_END.lastIndex = i;
      if (!SENTENCE_END.exec(text)) break;
      i = SENTENCE_END.lastIndex;
    }
    out.push({ paragraph: p, place: start, changes });
  }
  return out;
}

