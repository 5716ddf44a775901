// Term entries made ready to run: the literal wrong forms in one Aho–Corasick automaton, the
// patterns compiled (after the safety check) to run per segment, the allow contexts indexed.
import type { Span } from '../types';
import { coverByKey } from './cover';
import { LiteralMatcher } from './literal-matcher';
import { checkPattern, requiredLiterals } from './safe-regex';
import { segments } from './segments';
import type { TermEntry } from './types';

/** Wall-clock backstop per pattern and document; the static check already bounds the work. */
const PATTERN_BUDGET_MS = 200;
/** Hits kept per entry and document: a garbled document repeating one word costs little. */
const MAX_HITS_PER_ENTRY = 2000;

export interface CompiledTerms {
  entries: readonly TermEntry[];
  literal: LiteralMatcher;
  /** Matcher word index → entry index. */
  literalEntry: number[];
  patterns: { entry: number; regex: RegExp; anchored: boolean }[];
  /** Literals every match of a pattern holds (see requiredLiterals), in one matcher. */
  anchors: LiteralMatcher;
  /** Anchor word index → index in `patterns`. */
  anchorPattern: number[];
  allow: LiteralMatcher;
  allowWords: string[];
  /** Allow word index → entry index. */
  allowEntry: number[];
}

export interface TermHit extends Span {
  entry: TermEntry;
  /** The text that replaces [start, end). */
  replacement: string;
}

const cache = new WeakMap<readonly TermEntry[], CompiledTerms>();

/** Compiles entries (already validated; an unsafe or broken pattern is skipped, never run). */
export function compileTerms(entries: readonly TermEntry[]): CompiledTerms {
  const cached = cache.get(entries);
  if (cached) return cached;
  const words: string[] = [];
  const literalEntry: number[] = [];
  const patterns: CompiledTerms['patterns'] = [];
  const allowWords: string[] = [];
  const allowEntry: number[] = [];
  const anchorWords: string[] = [];
  const anchorPattern: number[] = [];
  entries.forEach((e, i) => {
    if (typeof e.wrong === 'string' && e.wrong.length > 0) {
      words.push(e.wrong);
      literalEntry.push(i);
    } else if (typeof e.pattern === 'string') {
      const check = checkPattern(e.pattern);
      if (!check.ok) return;
      const anchors = requiredLiterals(e.pattern);
      for (const a of anchors ?? []) {
        anchorWords.push(a);
        anchorPattern.push(patterns.length);
      }
      patterns.push({ entry: i, regex: new RegExp(e.pattern, 'gu'), anchored: anchors !== null });
    } else return;
    for (const a of Array.isArray(e.allow) ? e.allow : []) {
      if (typeof a !== 'string' || a.length === 0) continue;
      allowWords.push(a);
      allowEntry.push(i);
    }
  });
  const compiled: CompiledTerms = {
    entries,
    literal: new LiteralMatcher(words),
    literalEntry,
    patterns,
    anchors: new LiteralMatcher(anchorWords),
    anchorPattern,
    allow: new LiteralMatcher(allowWords),
    allowWords,
    allowEntry,
  };
  cache.set(entries, compiled);
  return compiled;
}

/** Replaces $1…$9 and $& in a pattern entry's right form. */
function substitute(right: string, m: RegExpExecArray): string {
  return right.replace(/\$(\d|&|\$)/g, (_, g: string) => (g === '$' ? '$' : g === '&' ? m[0] : (m[Number(g)] ?? '')));
}

/** Runs the patterns, each on the segments that hold one of its anchors (or on all when it has none). */
function runPatterns(text: string, compiled: CompiledTerms, hits: TermHit[]): void {
  const segs = segments(text);
  const starts = segs.map((s) => s.start);
  // Anchor hits come in text order, so the segment is found by walking forward (binary search on a jump back).
  let k = 0;
  const segmentOf = (offset: number): number => {
    if (k < segs.length && segs[k].start <= offset && offset < segs[k].end) return k;
    if (k + 1 < segs.length && segs[k + 1].start <= offset && offset < segs[k + 1].end) return ++k;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return (k = lo);
  };
  const wanted: Set<number>[] = compiled.patterns.map(() => new Set());
  compiled.anchors.forEach(text, (start, end, index) => {
    const seg = segmentOf(start);
    if (segs[seg] && end <= segs[seg].end) wanted[compiled.anchorPattern[index]].add(seg);
  });
  const pieces = new Map<number, string>();
  const piece = (k: number): string => {
    let p = pieces.get(k);
    if (p === undefined) pieces.set(k, (p = text.slice(segs[k].start, segs[k].end)));
    return p;
  };
  compiled.patterns.forEach((p, i) => {
    const entry = compiled.entries[p.entry];
    const list = p.anchored ? [...wanted[i]].sort((a, b) => a - b) : segs.map((_, k) => k);
    let spent = 0;
    let found = 0;
    for (const k of list) {
      if (spent > PATTERN_BUDGET_MS || found >= MAX_HITS_PER_ENTRY) break; // backstops: the static check bounds the work
      const t0 = performance.now();
      const s = piece(k);
      p.regex.lastIndex = 0;
      for (let m = p.regex.exec(s); m; m = p.regex.exec(s)) {
        if (m[0].length === 0) {
          p.regex.lastIndex++;
          continue;
        }
        const start = segs[k].start + m.index;
        found++;
        hits.push({ start, end: start + m[0].length, entry, replacement: substitute(entry.right, m) });
      }
      spent += performance.now() - t0;
    }
  });
}

/** Whether the hit sits inside its own right form (综治中心 inside 综治中心（社会治理中心）). */
function alreadyRight(text: string, h: TermHit): boolean {
  const found = text.slice(h.start, h.end);
  for (let k = h.replacement.indexOf(found); k >= 0; k = h.replacement.indexOf(found, k + 1)) {
    if (h.start - k >= 0 && text.startsWith(h.replacement, h.start - k)) return true;
  }
  return false;
}

/**
 * Hits of all entries in `text` (the prose view), outside their allow contexts, without
 * overlaps (at one place the longest hit wins, then the earlier entry).
 */
export function findTermHits(text: string, compiled: CompiledTerms): TermHit[] {
  const hits: TermHit[] = [];
  const { entries } = compiled;
  const perEntry = new Map<number, number>();
  compiled.literal.forEach(text, (start, end, index) => {
    const e = compiled.literalEntry[index];
    const n = perEntry.get(e) ?? 0;
    if (n >= MAX_HITS_PER_ENTRY) return;
    perEntry.set(e, n + 1);
    const entry = entries[e];
    hits.push({ start, end, entry, replacement: entry.right });
  });
  if (compiled.patterns.length > 0) runPatterns(text, compiled, hits);
  if (hits.length === 0) return hits;

  const covers = compiled.allowWords.length > 0 ? coverByKey(text, compiled.allowWords, compiled.allowEntry, compiled.allow) : new Map();
  const order = new Map(entries.map((e, i) => [e, i]));
  const kept = hits.filter((h) => !covers.get(order.get(h.entry) as number)?.covers(h.start, h.end) && !alreadyRight(text, h));
  kept.sort((a, b) => a.start - b.start || b.end - a.end || (order.get(a.entry) as number) - (order.get(b.entry) as number));
  const out: TermHit[] = [];
  for (const h of kept) {
    if (out.length > 0 && h.start < out[out.length - 1].end) continue;
    out.push(h);
  }
  return out;
}
