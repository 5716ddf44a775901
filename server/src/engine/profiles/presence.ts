// Which mandated parts a report has, read the way an editor reads it: by a heading at any level
// (one heading may stand for two parts: 存在的问题及下一步打算), by its place (the body before the
// problems part is the work part, whatever its thematic headings say), or by its content (a
// paragraph 还存在一些不足… or 下一步，我们将… where the part has no heading of its own).
import type { PatternBudget } from '../packs/budget';
import type { Paragraph, ProfileData, ReportDocument, Section } from '../types';
import { MAX_MATCH_TEXT, type PartMatch, partsOfHeading, profilePattern } from './match';

export type PresentBy = 'heading' | 'place' | 'content';

/**
 * The parts present in the document (by profile part index), each with how it was found;
 * `matches`: matchParts of the same document and profile. Read once per analysis
 * (AnalysisContext.presentParts).
 */
export function presentParts(doc: ReportDocument, profile: ProfileData, matches: readonly PartMatch[], budget: PatternBudget): Map<number, PresentBy> {
  const present = new Map<number, PresentBy>();
  if (profile.parts.length === 0) return present;
  // Headings at every level: a part nested under another (（二）存在的不足) is still written.
  const partsOf = new Map<Section, number[]>();
  const visit = (sections: Section[]): void => {
    for (const s of sections) {
      const parts = partsOfHeading(profile, s.heading);
      partsOf.set(s, parts);
      for (const i of parts) present.set(i, 'heading');
      visit(s.children);
    }
  };
  visit(doc.sections);
  for (const m of matches) present.set(m.index, 'heading');

  profile.parts.forEach((part, i) => {
    if (present.has(i)) return;
    if (part.byPlace && bodyBefore(doc, profile, i, partsOf)) present.set(i, 'place');
    else if (part.content && part.content.length > 0 && hasContent(doc.paragraphs, part.content, budget)) present.set(i, 'content');
  });
  return present;
}

/**
 * Whether the report has a body where part `index` belongs: a top-level section standing for no
 * other mandated part, before the first section of a part the kind's order puts after it (or
 * anywhere when none is written, or when the kind fixes no order). A report with no headings at all is judged by its paragraphs past the lead-in.
 */
function bodyBefore(doc: ReportDocument, profile: ProfileData, index: number, partsOf: Map<Section, number[]>): boolean {
  // No headings at all (or all run into one pasted line): the text itself is the body.
  if (doc.sections.length === 0) return doc.paragraphs.length >= 2 || (doc.paragraphs[0]?.text.length ?? 0) >= MIN_BODY_CHARS;
  const isOther = (i: number): boolean => i !== index && profile.parts[i].required;
  // Where the kind fixes no order (法治政府建设: 第一责任人职责 often comes first) no part bounds the body.
  const fixed = profile.order ? new Set(profile.order.fixed) : null;
  const ordered = (i: number): boolean => fixed === null || (fixed.has(profile.parts[index].id) && fixed.has(profile.parts[i].id));
  const isLater = (i: number): boolean => i > index && profile.parts[i].required && ordered(i);
  for (const s of doc.sections) {
    const parts = partsOf.get(s) ?? [];
    if (parts.some(isLater)) return false;
    if (!parts.some(isOther)) return true;
  }
  return false;
}

/** A report without headings is all body once it holds more than a lead-in: a second paragraph, or one this long. */
const MIN_BODY_CHARS = 200;

/** How much of a paragraph's start content patterns read (the part's opening sentence). */
const CONTENT_WINDOW = MAX_MATCH_TEXT;

function hasContent(paragraphs: readonly Paragraph[], patterns: readonly string[], budget: PatternBudget): boolean {
  // Windows of MAX_MATCH_TEXT: the heading check; config patterns share the analysis's budget.
  const res = patterns.map((source) => profilePattern(source)).filter((re): re is RegExp => re !== null);
  return paragraphs.some((p) => {
    const start = p.text.slice(0, CONTENT_WINDOW);
    return res.some((re) => budget.run(() => re.test(start)) === true);
  });
}
