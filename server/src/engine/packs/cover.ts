// "Is this hit inside an allowed text?" for allow-lists: the occurrences of the allowed texts
// are found once per document, then each hit is answered in O(log n).
import type { Span } from '../types';
import { type LiteralHit, LiteralMatcher } from './literal-matcher';

export class CoverIndex {
  private readonly starts: number[];
  /** Largest end among the spans sorted up to each index. */
  private readonly maxEnd: number[];

  constructor(spans: Span[]) {
    const sorted = [...spans].sort((a, b) => a.start - b.start);
    this.starts = sorted.map((s) => s.start);
    this.maxEnd = [];
    let m = -1;
    for (const s of sorted) {
      m = Math.max(m, s.end);
      this.maxEnd.push(m);
    }
  }

  /** Whether some span holds all of [start, end). */
  covers(start: number, end: number): boolean {
    let lo = 0;
    let hi = this.starts.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (this.starts[mid] <= start) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found >= 0 && this.maxEnd[found] >= end;
  }
}

/** Where the words occur in `text`, grouped by the key each word belongs to. */
function coverByKey(text: string, words: readonly string[], keyOf: readonly number[], matcher = new LiteralMatcher(words)): Map<number, CoverIndex> {
  return coverFromHits(matcher.findAll(text), keyOf);
}

/** Occurrences of words (hit.index: the word), grouped by the key each word belongs to. */
export function coverFromHits(hits: readonly LiteralHit[], keyOf: readonly number[]): Map<number, CoverIndex> {
  const byKey = new Map<number, Span[]>();
  for (const h of hits) {
    const key = keyOf[h.index];
    const list = byKey.get(key) ?? [];
    list.push({ start: h.start, end: h.end });
    byKey.set(key, list);
  }
  const out = new Map<number, CoverIndex>();
  for (const [k, spans] of byKey) out.set(k, new CoverIndex(spans));
  return out;
}

const allowCache = new WeakMap<readonly string[], LiteralMatcher>();

/**
 * Drops findings that lie inside an allowed word (the `allow` option every language rule
 * takes, filled from the workspace config). Linear in the text.
 */
export function allowedFilter(text: string, allow: unknown): (span: Span) => boolean {
  if (!Array.isArray(allow) || allow.length === 0) return () => false;
  const words = allow.filter((w): w is string => typeof w === 'string' && w.length > 0);
  let matcher = allowCache.get(allow);
  if (!matcher) {
    matcher = new LiteralMatcher(words);
    allowCache.set(allow, matcher);
  }
  const index = coverByKey(text, words, words.map(() => 0), matcher).get(0);
  return (span) => index?.covers(span.start, span.end) ?? false;
}
