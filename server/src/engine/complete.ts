// Completions at the start of a line, from the document model and the report's profile: the next
// ordinal of the current run (三是 after 二是), the mandated parts still missing that belong here
// (二、存在的问题 after 一、主要做法和取得成效, numbered and styled as the document's other
// parts), and the next heading number at each level the cursor is in (（三） after （二）). Pure:
// offsets in, plain data out; the LSP layer turns it into CompletionItems.
import { renumberHeadings, renumberOrdinals } from './edits';
import { formatMarker } from './parse/markers';
import { toChineseNumber } from './parse/numbers';
import { buildSections } from './parse/sections';
import { lineOfOffset } from './positions';
import { PatternBudget } from './packs/budget';
import { matchParts } from './profiles/match';
import type { Heading, Ordinal, Paragraph, ProfileData, ReportDocument, Section, Span, TextEditData } from './types';

export type SuggestionKind = 'ordinal' | 'part' | 'lead-in' | 'heading';

export interface Suggestion {
  kind: SuggestionKind;
  /** What the writer sees and filters on (without Markdown '#'s). */
  label: string;
  /** The text that replaces `replace` (with the document's '#'s when it uses them). */
  insert: string;
  /** What the writer typed on the line so far (after indentation and any '#'s they typed). */
  replace: Span;
  /** One line, Chinese: what the item is. */
  detail: string;
  /** Renumbering of what follows, so the inserted number does not repeat one (never overlaps `replace`). */
  edits: TextEditData[];
}

/** The longest word typed at the line start that completions still answer (e.g. "二、存在"). */
const MAX_TYPED = 20;
/** Indentation, '#'s, then the start of a heading or ordinal: no spaces and no sentence punctuation. */
const LINE_START = /^([ \t\u3000]*)(#{1,6}[ \t]+)?([^\s\u3000，。；：！？,;:!?]*)$/;
const MAX_NUMBER = 99;

interface Context {
  doc: ReportDocument;
  line: number;
  lineStart: number;
  /** End of the cursor line's text (before its line break). */
  lineEnd: number;
  replace: Span;
  /** The writer typed '#'s already: the insert must not repeat them. */
  typedHashes: boolean;
  /** Top-level sections without any heading on the cursor line (the writer may be typing one). */
  tops: Section[];
  /** The sections the cursor line lies in, outermost first. */
  chain: Section[];
  leadIn: Paragraph[];
}

function lineEndOf(doc: ReportDocument, line: number): number {
  let end = line + 1 < doc.lineStarts.length ? doc.lineStarts[line + 1] : doc.text.length;
  const start = doc.lineStarts[line];
  if (end > start && doc.text[end - 1] === '\n') end--;
  if (end > start && doc.text[end - 1] === '\r') end--;
  return end;
}

function context(doc: ReportDocument, line: number, character: number): Context | null {
  if (!(line >= 0 && line < doc.lineStarts.length)) return null;
  const lineStart = doc.lineStarts[line];
  const lineEnd = lineEndOf(doc, line);
  const offset = Math.min(lineStart + Math.max(0, character), lineEnd);
  if (doc.frontMatter && offset < doc.frontMatter.span.end) return null;
  if (doc.text.slice(offset, lineEnd).trim() !== '') return null; // text after the cursor: not a new line
  const m = LINE_START.exec(doc.text.slice(lineStart, offset));
  if (!m || m[3].length > MAX_TYPED) return null;
  const wordStart = offset - m[3].length;
  // A typed word the engine does not read as prose is in code or a comment.
  if (m[3] && doc.prose.slice(wordStart, offset) !== m[3]) return null;
  // What the writer is typing on this line may already parse as a heading: leave it out.
  const headings = doc.headings.filter((h) => h.line !== line);
  const { sections: tops, leadIn } = headings.length === doc.headings.length ? doc : buildSections(headings, doc.paragraphs, doc.text.length);
  const chain: Section[] = [];
  for (let level = tops; ; ) {
    const s = lastBefore(level, line);
    // A section ends where the next one begins, or at the end of the text (where the cursor line may start).
    if (!s || (s.span.end <= lineStart && s.span.end < doc.text.length)) break;
    chain.push(s);
    level = s.children;
  }
  return { doc, line, lineStart, lineEnd, replace: { start: wordStart, end: offset }, typedHashes: !!m[2], tops, chain, leadIn };
}

/** The last section of a list whose heading is above `line`. */
function lastBefore(sections: Section[], line: number): Section | undefined {
  let found: Section | undefined;
  for (const s of sections) {
    if (s.heading.line < line) found = s;
    else break;
  }
  return found;
}

function hashesOf(h: Heading | undefined): string {
  return h?.markdownLevel ? `${'#'.repeat(h.markdownLevel)} ` : '';
}

/**
 * Completions for the cursor at (0-based) line and character; none when it is not at a line
 * start. Headings are matched to the profile's parts under a pattern budget of their own.
 */
export function completionsAt(doc: ReportDocument, profile: ProfileData, line: number, character: number): Suggestion[] {
  const ctx = context(doc, line, character);
  if (!ctx) return [];
  const parts = partSuggestions(ctx, profile, new PatternBudget());
  // With a part to offer, a bare next top-level number would only repeat its number.
  return [...ordinalSuggestions(ctx), ...parts, ...headingSuggestions(ctx, !parts.some((p) => p.kind === 'part'))];
}

// ---------------------------------------------------------------------------------------------
// 一是、二是……

/**
 * The run the cursor line continues, read as the ordinal-sequence rule reads runs: ordinals that
 * lead paragraphs run through the section; a 一是 inside a paragraph, once that run has begun,
 * starts a run of its own that ends with the paragraph.
 */
function currentRun(paragraphs: Paragraph[], lineStart: number): Ordinal[] {
  const outer: Ordinal[] = [];
  let run = outer;
  for (const p of paragraphs) {
    if (p.span.start >= lineStart) break;
    run = outer;
    const nested: Ordinal[] = [];
    for (const o of p.ordinals) {
      if (o.span.start >= lineStart) break;
      if (o.value === 1 && o.span.start !== p.span.start && run === outer && outer.length > 0) run = nested;
      if (o.value === 1) run.length = 0;
      run.push(o);
    }
    if (p.span.end < lineStart) run = outer; // the paragraph ended above the cursor line
  }
  return run;
}

function ordinalSuggestions(ctx: Context): Suggestion[] {
  const scope = ctx.chain.length > 0 ? ctx.chain[ctx.chain.length - 1].paragraphs : ctx.leadIn;
  const run = currentRun(scope, ctx.lineStart);
  const last = run[run.length - 1];
  if (!last || last.value >= MAX_NUMBER) return [];
  const next = last.value + 1;
  const label = `${toChineseNumber(next)}是`;
  // The same run may go on below (the writer is inserting an item): move those numbers on.
  const below: Ordinal[] = [];
  for (const o of scope.flatMap((p) => p.ordinals)) {
    if (o.span.start < ctx.lineEnd) continue;
    if (o.value === 1) break;
    below.push(o);
  }
  const edits = below.length > 0 && below[0].value <= next ? renumberOrdinals(below, next + 1) : [];
  return [
    {
      kind: 'ordinal',
      label,
      insert: label,
      replace: ctx.replace,
      detail: `接续上文的“${last.text}”${edits.length > 0 ? '，并顺延后面的序号' : ''}`,
      edits,
    },
  ];
}

// ---------------------------------------------------------------------------------------------
// Mandated parts: 一、 headings

function partSuggestions(ctx: Context, profile: ProfileData, budget: PatternBudget): Suggestion[] {
  if (profile.parts.length === 0) return [];
  const view: ReportDocument = { ...ctx.doc, sections: ctx.tops };
  const matches = matchParts(view, profile, budget);
  const present = new Set(matches.map((m) => m.index));
  const topLevel = new Set(ctx.tops);
  // The order of the parts bounds what belongs here: after the last part above, before the first below.
  let after = -1;
  let before = profile.parts.length;
  for (const m of matches) {
    if (!topLevel.has(m.section)) continue;
    if (m.section.heading.line < ctx.line) after = Math.max(after, m.index);
    else before = Math.min(before, m.index);
  }
  const out: Suggestion[] = [];
  const lead = leadInSuggestion(ctx, profile);
  if (lead) out.push(lead);

  const model = ctx.tops.find((s) => s.heading.number !== null)?.heading ?? ctx.tops[0]?.heading;
  const style = model && model.style !== 'none' ? model.style : 'cn-comma';
  const hashes = ctx.typedHashes ? '' : model ? hashesOf(model) : titleHashes(ctx.doc);
  const numbered = ctx.tops.filter((s) => s.heading.number !== null && s.heading.style === style).map((s) => s.heading);
  const above = numbered.filter((h) => h.line < ctx.line);
  const below = numbered.filter((h) => h.line > ctx.line);
  const number = (above[above.length - 1]?.number ?? 0) + 1;
  if (number > MAX_NUMBER) return out;
  const edits = below.length > 0 && (below[0].number ?? 0) <= number ? renumberHeadings(below, number + 1, style) : [];
  profile.parts.forEach((part, index) => {
    if (present.has(index) || index <= after || index >= before) return;
    const label = `${formatMarker(style, number)}${part.skeleton}`;
    const need = part.required ? `${profile.name}必备部分，尚未写` : `${profile.name}可选部分`;
    out.push({
      kind: 'part',
      label,
      insert: hashes + label,
      replace: ctx.replace,
      detail: `「${part.name}」：${need}${edits.length > 0 ? '；后面的标题编号顺延' : ''}`,
      edits,
    });
  });
  return out;
}

/** A Markdown report whose title is a '#' heading gets '##' part headings. */
function titleHashes(doc: ReportDocument): string {
  const t = doc.title;
  if (!t || (doc.frontMatter && t.span.start === doc.frontMatter.span.start)) return '';
  return /^[ \t]*#[ \t]/.test(doc.text.slice(doc.lineStarts[t.line], doc.lineStarts[t.line] + 8)) ? '## ' : '';
}

function leadInSuggestion(ctx: Context, profile: ProfileData): Suggestion | null {
  const lead = profile.leadIn;
  if (!lead || ctx.chain.length > 0) return null;
  if (ctx.leadIn.some((p) => lineOfOffset(ctx.doc.lineStarts, p.span.start) !== ctx.line)) return null;
  const title = ctx.doc.title;
  const titleInText = title && !(ctx.doc.frontMatter && title.span.start === ctx.doc.frontMatter.span.start);
  if (titleInText && title.line >= ctx.line) return null; // not above the title
  return {
    kind: 'lead-in',
    label: lead.skeleton,
    insert: lead.skeleton,
    replace: ctx.replace,
    detail: `导语：${profile.name}${lead.required ? '应有' : '可有'}一段导语，写在第一个标题之前`,
    edits: [],
  };
}

// ---------------------------------------------------------------------------------------------
// The next heading number at each level the cursor is in: （三） after （二）, 3. after 2.

function headingSuggestions(ctx: Context, topLevel: boolean): Suggestion[] {
  const out: Suggestion[] = [];
  // Deepest level first: the most likely next heading is a sibling of the nearest one.
  const containers: Section[][] = [...(topLevel ? [ctx.tops] : []), ...ctx.chain.map((s) => s.children)].reverse();
  for (const siblings of containers) {
    const numbered = siblings.filter((s) => s.heading.number !== null).map((s) => s.heading);
    const above = numbered.filter((h) => h.line < ctx.line);
    const last = above[above.length - 1];
    if (!last || last.number === null || last.number >= MAX_NUMBER) continue;
    const next = last.number + 1;
    const marker = formatMarker(last.style, next);
    const below = numbered.filter((h) => h.line > ctx.line && h.style === last.style);
    const edits = below.length > 0 && (below[0].number ?? 0) <= next ? renumberHeadings(below, next + 1, last.style) : [];
    out.push({
      kind: 'heading',
      label: marker,
      insert: (ctx.typedHashes ? '' : hashesOf(last)) + marker,
      replace: ctx.replace,
      detail: `下一个同级标题，接续“${formatMarker(last.style, last.number)}”${edits.length > 0 ? '；后面的标题编号顺延' : ''}`,
      edits,
    });
  }
  return out;
}
