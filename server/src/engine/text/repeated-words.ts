// A word typed twice in a row (全县全县, 坚持坚持), found on the prose line by line. Only words
// of two to four Chinese characters count, and only where the segmenter puts a word boundary
// before, between and after the two copies: so the reduplication the language uses is left
// alone — one-character forms (常常, 看看, 一个个, 县县通), 一X一X (一天一天, 一步一步) and a run of
// one character (哈哈哈哈).
import type { Span } from '../types';
import { straddlesWord, wordBefore } from './word-boundaries';

/** One-character words that may stand before a repeated word without hiding a name. */
const FUNCTION_WORDS = '的了在和与及对把被将并为从向于以由是等各全都也就要再又让使抓';

const isHan = (c: number): boolean => (c >= 0x3400 && c <= 0x4dbf) || (c >= 0x4e00 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff);

export interface RepeatedWord {
  /** The second copy (what a fix deletes). */
  span: Span;
  word: string;
}

/** Repeated words that start in [from, to) of `text` (whole lines). */
export function findRepeatedWords(text: string, from: number, to: number): RepeatedWord[] {
  const out: RepeatedWord[] = [];
  for (let i = from; i < to; i++) {
    if (!isHan(text.charCodeAt(i))) continue;
    for (let k = 2; k <= 4; k++) {
      if (!sameRun(text, i, k)) continue;
      const word = text.slice(i, i + k);
      if (word[0] === '一' || [...word].every((c) => c === word[0])) continue;
      // A boundary before, between and after the copies: 全|县|全|县, not 部分|分部.
      if (straddlesWord(text, i, i + k) || straddlesWord(text, i + k, i + 2 * k)) continue;
      // 中节能节能环保: a lone character before the copies is likely the start of a name the
      // dictionary does not know (中节能), unless it is a function word (以及全县全县, 的…).
      const prev = wordBefore(text, i);
      if (prev.length === 1 && !FUNCTION_WORDS.includes(prev)) continue;
      out.push({ span: { start: i + k, end: i + 2 * k }, word });
      i += 2 * k - 1;
      break;
    }
  }
  return out;
}

/** Whether text[i, i+k) is all Han and equals text[i+k, i+2k). */
function sameRun(text: string, i: number, k: number): boolean {
  if (i + 2 * k > text.length) return false;
  for (let j = 0; j < k; j++) {
    const c = text.charCodeAt(i + j);
    if (!isHan(c) || c !== text.charCodeAt(i + k + j)) return false;
  }
  return true;
}
