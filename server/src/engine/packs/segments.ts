// The short pieces of text that pack patterns run on: sentences, never longer than
// SEGMENT_MAX. Running a pattern per segment bounds its backtracking by the segment's length,
// so a whole document costs linear time however long its lines are.
import type { Span } from '../types';
import { SEGMENT_MAX } from './safe-regex';

/** 。！？；!? */
const isSentenceEnd = (c: number): boolean => c === 0x3002 || c === 0xff01 || c === 0xff1f || c === 0xff1b || c === 0x21 || c === 0x3f;

/** Segments of `text[from, to)`: split at line breaks, after sentence ends, and every SEGMENT_MAX units. */
export function segments(text: string, from = 0, to = text.length): Span[] {
  const out: Span[] = [];
  let start = from;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) {
      if (i > start) out.push({ start, end: i });
      start = i + 1;
    } else if (isSentenceEnd(c)) {
      out.push({ start, end: i + 1 });
      start = i + 1;
    } else if (i + 1 - start >= SEGMENT_MAX) {
      // Do not cut a surrogate pair in two.
      const cut = c >= 0xd800 && c <= 0xdbff ? i : i + 1;
      if (cut > start) out.push({ start, end: cut });
      start = cut;
    }
  }
  if (to > start) out.push({ start, end: to });
  return out;
}
