// Prepares the report's source for rendering: placeholders are replaced by private-use sentinels
// (so "建议**件，…事项**项" can never become bold), findings and run-in heading titles get open and
// close sentinels at positions where inserting a character cannot change the Markdown structure,
// and comments and front matter are dropped (keeping their line breaks, so line numbers hold).
// The renderer turns the sentinels back into <mark>/<span> elements.
import { lineOfOffset } from '../../engine/positions';
import { findPlaceholders } from '../../engine/text/placeholders';
import type { Finding, ReportDocument, Span } from '../../engine/types';

export type PreviewFinding = Pick<Finding, 'rule' | 'severity' | 'message' | 'span'>;

/** A placeholder slot: its source text is shown as a marked slot. */
interface SlotMark {
  kind: 'slot';
  span: Span;
  text: string;
  line: number;
  findings: PreviewFinding[];
}
/** A finding's range (or a point when its range holds no prose). */
interface DiagnosticMark {
  kind: 'diagnostic';
  line: number;
  character: number;
  findings: PreviewFinding[];
}
/** The title of a run-in heading ("（一）强化组织领导。正文……"). */
interface RunInMark {
  kind: 'run-in';
  level: number;
}
export type Mark = SlotMark | DiagnosticMark | RunInMark;

// Sentinels: a kind character, the mark's index in private-use digits, an end character.
export const SLOT = '\uE000';
export const OPEN = '\uE002';
export const CLOSE = '\uE003';
export const POINT = '\uE004';
const END = '\uE001';
const DIGIT0 = 0xe010;
/** Every character the sentinels use; any of these already in the report is neutralised first. */
export const SENTINEL_CHARS = /[\uE000-\uE01F]/g;
export const SENTINEL = /([\uE000\uE002\uE003\uE004])([\uE010-\uE019]+)\uE001/g;

function sentinel(kind: string, index: number): string {
  return kind + [...String(index)].map((d) => String.fromCharCode(DIGIT0 + Number(d))).join('') + END;
}
export function sentinelIndex(digits: string): number {
  return Number([...digits].map((c) => c.charCodeAt(0) - DIGIT0).join(''));
}

export interface Prepared {
  /** The source to hand to markdown-it: same lines as the report. */
  source: string;
  marks: Mark[];
  /** Findings with no prose on their line to mark (listed above the page). */
  unplaced: PreviewFinding[];
}

interface Insertion {
  at: number;
  order: number; // closes, then points, then opens at one offset
  text: string;
}
interface Replacement extends Span {
  text: string;
}

export function prepareSource(doc: ReportDocument, findings: readonly PreviewFinding[]): Prepared {
  const text = doc.text;
  const marks: Mark[] = [];
  const replacements: Replacement[] = [];
  const insertions: Insertion[] = [];
  const unplaced: PreviewFinding[] = [];
  const keepBreaks = (s: Span): Replacement => ({ ...s, text: text.slice(s.start, s.end).replace(/[^\r\n]/g, '') });

  if (doc.frontMatter) replacements.push(keepBreaks(doc.frontMatter.span));
  for (const c of doc.comments) replacements.push(keepBreaks(c));

  const slots = findPlaceholders(doc.prose);
  const slotMarks: SlotMark[] = [];
  for (const s of slots) {
    const mark: SlotMark = { kind: 'slot', span: s, text: text.slice(s.start, s.end), line: lineOfOffset(doc.lineStarts, s.start), findings: [] };
    replacements.push({ ...s, text: sentinel(SLOT, marks.length) });
    marks.push(mark);
    slotMarks.push(mark);
  }

  // Findings on exactly a slot annotate it; the others get a range of their own, grouped by range.
  const ranges = new Map<string, DiagnosticMark>();
  for (const f of findings) {
    const slot = findSlot(slotMarks, f.span);
    if (slot) {
      slot.findings.push(f);
      continue;
    }
    const placed = placeRange(doc, f.span, slots);
    if (!placed) {
      unplaced.push(f);
      continue;
    }
    const key = `${placed.start}:${placed.end}`;
    const existing = ranges.get(key);
    if (existing) {
      existing.findings.push(f);
      continue;
    }
    const line = lineOfOffset(doc.lineStarts, placed.start);
    const mark: DiagnosticMark = { kind: 'diagnostic', line, character: placed.start - doc.lineStarts[line], findings: [f] };
    ranges.set(key, mark);
    const i = marks.length;
    marks.push(mark);
    if (placed.end > placed.start) {
      insertions.push({ at: placed.start, order: 2, text: sentinel(OPEN, i) }, { at: placed.end, order: 0, text: sentinel(CLOSE, i) });
    } else {
      insertions.push({ at: placed.start, order: 1, text: sentinel(POINT, i) });
    }
  }

  // Run-in headings of text pasted from Word: the title (with its full stop) is set off.
  for (const h of doc.headings) {
    if (!h.runIn || h.markdownLevel !== null || !h.markerSpan) continue;
    let end = h.textSpan.end;
    if ('。．.；;：:'.includes(text[end] ?? '\n')) end++;
    const placed = placeRange(doc, { start: h.markerSpan.start, end }, slots);
    if (!placed || placed.end <= placed.start) continue;
    const i = marks.length;
    marks.push({ kind: 'run-in', level: h.level });
    insertions.push({ at: placed.start, order: 2, text: sentinel(OPEN, i) }, { at: placed.end, order: 0, text: sentinel(CLOSE, i) });
  }

  return { source: applyEdits(text, replacements, insertions), marks, unplaced };
}

function findSlot(slots: SlotMark[], span: Span): SlotMark | undefined {
  // Slots are sorted and few per line; a binary search keeps many findings cheap.
  let lo = 0;
  let hi = slots.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (slots[mid].span.start < span.start) lo = mid + 1;
    else hi = mid;
  }
  const s = slots[lo];
  return s && s.span.start === span.start && s.span.end === span.end ? s : undefined;
}

const isSpace = (c: string | undefined): boolean => c === ' ' || c === '\t' || c === '\u3000' || c === '\r' || c === '\n';

/** Start of a line's content: indentation, quote marks, list bullets and numbers, ATX marks, a table's leading pipe. */
function contentStart(text: string, start: number, end: number): number {
  let i = start;
  for (;;) {
    while (i < end && isSpace(text[i])) i++;
    const rest = text.slice(i, Math.min(end, i + 12));
    const m = /^(?:>|[-+*](?=[ \t])|[0-9]{1,9}[.)](?=[ \t])|#{1,6}(?=[ \t]|$)|\|)/.exec(rest);
    if (!m) return i;
    i += m[0].length;
  }
}

/**
 * Moves a finding's span onto its first line's prose, so sentinels inserted at its ends sit in
 * text, never inside Markdown syntax (heading marks, bullets, link targets, escapes, code) or a
 * slot. Returns an empty span (a point) when the range holds no prose, or null when the line has
 * no prose to put it at (the finding is then listed above the page instead).
 */
function placeRange(doc: ReportDocument, span: Span, slots: Span[]): Span | null {
  const { text, prose, lineStarts } = doc;
  if (!(span.start >= 0) || span.start > text.length) return null;
  const line = lineOfOffset(lineStarts, span.start);
  const lineStart = lineStarts[line];
  let lineEnd = line + 1 < lineStarts.length ? lineStarts[line + 1] : text.length;
  while (lineEnd > lineStart && isSpace(text[lineEnd - 1])) lineEnd--;
  const nonProse = (i: number): boolean => prose[i] !== text[i];
  const first = Math.max(span.start, contentStart(text, lineStart, lineEnd));
  let s = first;
  let e = Math.min(Math.max(span.end, span.start), lineEnd);
  while (s < e && (nonProse(s) || isSpace(text[s]))) s++;
  while (e > s && (nonProse(e - 1) || isSpace(text[e - 1]))) e--;
  if (e <= s) {
    s = first;
    while (s < lineEnd && nonProse(s)) s++;
    if (s >= lineEnd) return null;
    s = safeAt(text, s, 1, slots);
    return { start: s, end: s };
  }
  s = safeAt(text, s, 1, slots);
  e = Math.max(s, safeAt(text, e, -1, slots));
  return { start: s, end: e };
}

/** The slot strictly containing offset `p` (binary search over the sorted slots). */
function slotAround(slots: Span[], p: number): Span | undefined {
  let lo = 0;
  let hi = slots.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (slots[mid].start < p) lo = mid + 1;
    else hi = mid;
  }
  const s = slots[lo - 1];
  return s && p > s.start && p < s.end ? s : undefined;
}

/** Nudges an insertion offset out of a slot, an escape, or from between "](" or "![" (`dir` 1: toward the start of a range, -1: its end). */
function safeAt(text: string, p: number, dir: 1 | -1, slots: Span[]): number {
  for (let guard = 0; guard < 4; guard++) {
    const slot = slotAround(slots, p);
    if (slot) {
      p = dir > 0 ? slot.start : slot.end;
      continue;
    }
    if (text[p - 1] === '\\') {
      p += dir > 0 ? -1 : 1;
      continue;
    }
    if ((text[p - 1] === ']' && text[p] === '(') || (text[p - 1] === '!' && text[p] === '[')) {
      p -= 1;
      continue;
    }
    break;
  }
  return p;
}

function applyEdits(text: string, replacements: Replacement[], insertions: Insertion[]): string {
  replacements.sort((a, b) => a.start - b.start);
  insertions.sort((a, b) => a.at - b.at || a.order - b.order);
  const parts: string[] = [];
  let pos = 0;
  let r = 0;
  let i = 0;
  while (r < replacements.length || i < insertions.length) {
    const rep = replacements[r];
    const ins = insertions[i];
    if (ins && (!rep || ins.at <= rep.start)) {
      const at = Math.max(ins.at, pos);
      parts.push(text.slice(pos, at), ins.text);
      pos = at;
      i++;
    } else {
      if (rep.start >= pos) {
        parts.push(text.slice(pos, rep.start), rep.text);
        pos = rep.end;
      }
      r++;
    }
  }
  parts.push(text.slice(pos));
  return parts.join('');
}
