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

/**
 * The segment (as `segments` cuts them) that holds an offset, found by reading only around it:
 * pattern anchors are sparse, and most of a document's segments are never asked for. Offsets
 * should come in increasing order; then every character is read at most twice in all.
 */
export class SegmentFinder {
  /** The last natural segment (between line breaks or sentence ends) read, [start, end). */
  private natStart = 0;
  private natEnd = -1;
  /** Whether it ends with a sentence end (which belongs to it and is never cut before). */
  private natClosed = false;
  /** The last segment returned (in the natural one above); walks on from it for later offsets. */
  private last: Span | null = null;

  constructor(private readonly text: string) {}

  /** The segment holding `offset`, or null (a line break, or past the end, is in none). */
  at(offset: number): Span | null {
    const { text } = this;
    if (offset < 0 || offset >= text.length) return null;
    const c = text.charCodeAt(offset);
    if (c === 10 || c === 13) return null;
    if (offset < this.natStart || offset >= this.natEnd) {
      this.readNatural(offset);
      this.last = null;
    }
    const last = this.last;
    if (last !== null && last.start <= offset && offset < last.end) return last;
    // Cut every SEGMENT_MAX units from the natural start (never at its closing sentence end),
    // one unit early where a cut would split a surrogate pair.
    const limit = this.natClosed ? this.natEnd - 1 : this.natEnd;
    let start = last !== null && last.end <= offset ? last.end : this.natStart;
    for (;;) {
      const i = start + SEGMENT_MAX - 1;
      if (i >= limit) return (this.last = { start, end: this.natEnd });
      const cc = text.charCodeAt(i);
      const cut = cc >= 0xd800 && cc <= 0xdbff ? i : i + 1;
      if (offset < cut) return (this.last = { start, end: cut });
      start = cut;
    }
  }

  private readNatural(offset: number): void {
    const { text } = this;
    let a = offset;
    while (a > 0) {
      const c = text.charCodeAt(a - 1);
      if (c === 10 || c === 13 || isSentenceEnd(c)) break;
      a--;
    }
    let e = offset;
    let closed = false;
    for (; e < text.length; e++) {
      const c = text.charCodeAt(e);
      if (c === 10 || c === 13) break;
      if (isSentenceEnd(c)) {
        e++;
        closed = true;
        break;
      }
    }
    this.natStart = a;
    this.natEnd = e;
    this.natClosed = closed;
  }
}
