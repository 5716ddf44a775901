// Run-in enumerations inside paragraphs: 一是…二是…三是….
import type { Ordinal } from '../types';
import { smallChineseNumber } from './numbers';

// The ordinal must start a clause: after the paragraph start, punctuation or space, so that
// 统一是、唯一是 are not read as ordinals.
const ORDINAL = /(^|[。；;，,：:！？!?、\s\u3000）)”])([一二三四五六七八九十]{1,3})是/g;

export function findOrdinals(prose: string, start: number, end: number): Ordinal[] {
  const slice = prose.slice(start, end);
  const out: Ordinal[] = [];
  ORDINAL.lastIndex = 0;
  for (let m = ORDINAL.exec(slice); m; m = ORDINAL.exec(slice)) {
    const value = smallChineseNumber(m[2]);
    if (value === null) continue;
    const s = start + m.index + m[1].length;
    out.push({ value, text: m[2] + '是', span: { start: s, end: s + m[2].length + 1 } });
    // Let the next search start at the ordinal's end so "一是" right after is still found.
    ORDINAL.lastIndex = m.index + m[0].length;
  }
  return out;
}
