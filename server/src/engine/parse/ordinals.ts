// Run-in enumerations inside paragraphs: 一是…二是…三是….
import type { Ordinal } from '../types';
import { smallChineseNumber } from './numbers';
import { firstAtLeast, offsetsOfChar } from '../text/positions-of';

// The ordinal must start a clause: after the paragraph start, punctuation or space, so that
// 统一是、唯一是 are not read as ordinals. As a regex (the scan below finds the same matches):
//   /(^|[。；;，,：:！？!?、\s\u3000）)”])([一二三四五六七八九十]{1,3})是/g on the paragraph.
const CLAUSE_BREAKS = new Set([...'。；;，,：:！？!?、\u3000）)”'].map((c) => c.charCodeAt(0)));
const NUMERALS = new Set([...'一二三四五六七八九十'].map((c) => c.charCodeAt(0)));
const SHI = '是';

/**
 * Offsets of every 是 in the prose. Found once per document and shared by its paragraphs: a
 * search from each paragraph would run on past it to the next 是, which may be far away.
 */
export function shiPositions(prose: string): number[] {
  return offsetsOfChar(prose, SHI);
}

/** What \s matches in a JavaScript regex. */
function isRegexSpace(c: number): boolean {
  return (
    (c >= 9 && c <= 13) || c === 32 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

/**
 * The run-in ordinals in prose[start, end). Found from each 是: one to three numerals before it,
 * then the paragraph start or a clause break (more numerals, or anything else, and it is none).
 */
export function findOrdinals(prose: string, start: number, end: number, shis: readonly number[] = shiPositions(prose)): Ordinal[] {
  const out: Ordinal[] = [];
  for (let k = firstAtLeast(shis, start + 1); k < shis.length && shis[k] < end; k++) {
    const p = shis[k];
    let r = p;
    while (r > start && p - r < 4 && NUMERALS.has(prose.charCodeAt(r - 1))) r--;
    const length = p - r;
    if (length === 0 || length > 3) continue;
    if (r > start) {
      const before = prose.charCodeAt(r - 1);
      if (!CLAUSE_BREAKS.has(before) && !isRegexSpace(before)) continue;
    }
    const digits = prose.slice(r, p);
    const value = smallChineseNumber(digits);
    if (value === null) continue;
    out.push({ value, text: digits + SHI, span: { start: r, end: p + 1 } });
  }
  return out;
}

const SENTENCE_BREAKS = new Set([...'。；;！？!?'].map((c) => c.charCodeAt(0)));
/** 是 opening a sentence as a word of its own, not an ordinal: 是否, 是指, 是由…, 是以, 是为了, 是在, 是因为, 是年. */
const NOT_AFTER_BARE = new Set([...'否指由以为在因对从的年故'].map((c) => c.charCodeAt(0)));
const isIdeograph = (c: number): boolean => c >= 0x4e00 && c <= 0x9fff;

/**
 * Ordinals that lost their numerals (一是…。是…。是…): a 是 that opens the paragraph or a
 * sentence and starts a clause (是完善制度). Returned with value 0; the rule reads them only
 * where a run has begun, since a sentence may open with 是 as a word of its own.
 */
export function findBareOrdinals(prose: string, start: number, end: number, shis: readonly number[]): Ordinal[] {
  const out: Ordinal[] = [];
  for (let k = firstAtLeast(shis, start); k < shis.length && shis[k] < end; k++) {
    const p = shis[k];
    let b = p;
    while (b > start && isRegexSpace(prose.charCodeAt(b - 1))) b--;
    if (b > start && !SENTENCE_BREAKS.has(prose.charCodeAt(b - 1))) continue;
    const next = prose.charCodeAt(p + 1);
    if (p + 1 >= end || !isIdeograph(next) || NOT_AFTER_BARE.has(next)) continue;
    out.push({ value: 0, text: SHI, span: { start: p, end: p + 1 } });
  }
  return out;
}

const INLINE_MARKER = /[。；;！？!?][ \t\u3000]*(?:[（(][一二三四五六七八九十]{1,3}[）)]|[一二三四五六七八九十]{1,3}、)/gu;

/** Offsets of numbered items run into a paragraph (…。（二）突出重点…): each opens a new list. */
export function inlineItemStarts(text: string, offset: number): number[] {
  const out: number[] = [];
  INLINE_MARKER.lastIndex = 0;
  for (let m = INLINE_MARKER.exec(text); m !== null; m = INLINE_MARKER.exec(text)) out.push(offset + m.index + 1);
  return out;
}
