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
