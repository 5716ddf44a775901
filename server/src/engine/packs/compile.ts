// Term entries made ready to run: the literal wrong forms in one Aho–Corasick automaton, the
// patterns compiled (after the safety check) to run per segment, the allow contexts indexed.
import type { Span } from '../types';
import { NO_BUDGET, type PatternBudget } from './budget';
import { coverFromHits } from './cover';
import { type LiteralHit, LiteralMatcher } from './literal-matcher';
import { checkPattern, requiredLiterals } from './safe-regex';
import { SegmentFinder, segments } from './segments';
import { straddlesWord } from '../text/word-boundaries';
import type { TermEntry } from './types';

/** Wall-clock backstop per pattern and document; the static check already bounds the work. */
const PATTERN_BUDGET_MS = 200;
/** Hits kept per entry and document: a garbled document repeating one word costs little. */
const MAX_HITS_PER_ENTRY = 2000;

export interface CompiledTerms {
  entries: readonly TermEntry[];
  /**
   * One automaton for all the literals a document is searched for, so it is read once: the
   * wrong forms (words [0, anchorBase)), the anchors of the patterns ([anchorBase, allowBase))
   * and the allow contexts (from allowBase).
   */
  matcher: LiteralMatcher;
  anchorBase: number;
  allowBase: number;
  /** Wrong-form index → entry index. */
  literalEntry: number[];
  patterns: { entry: number; regex: RegExp; anchored: boolean }[];
  /** Anchor index (literals every match of a pattern holds, see requiredLiterals) → index in `patterns`. */
  anchorPattern: number[];
  allowWords: string[];
  /** Allow word index → entry index. */
  allowEntry: number[];
  /** Entry → its index (the tie-break between hits at one place). */
  order: Map<TermEntry, number>;
  /**
   * No literal or replacement holds a line break: every hit lies in one line and depends on
   * that line alone, so hits can be found line by line (see line-scan.ts).
   */
  lineLocal: boolean;
}

export interface TermHit extends Span {
  entry: TermEntry;
  /** The text that replaces [start, end). */
  replacement: string;
}

// Compiled config, not per-run state: compiling depends on the entry list alone, and every
// analysis under one config passes the same (immutable) list (rules/term.ts entriesFor).
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
    matcher: new LiteralMatcher([...words, ...anchorWords, ...allowWords]),
    anchorBase: words.length,
    allowBase: words.length + anchorWords.length,
    literalEntry,
    patterns,
    anchorPattern,
    allowWords,
    allowEntry,
    order: new Map(entries.map((e, i) => [e, i])),
    lineLocal: [...words, ...anchorWords, ...allowWords, ...entries.map((e) => e.right)].every((w) => !w.includes('\n')),
  };
  cache.set(entries, compiled);
  return compiled;
}

/** Replaces $1…$9 and $& in a pattern entry's right form. */
function substitute(right: string, m: RegExpExecArray): string {
  return right.replace(/\$(\d|&|\$)/g, (_, g: string) => (g === '$' ? '$' : g === '&' ? m[0] : (m[Number(g)] ?? '')));
}

/**
 * Runs the patterns on the lines [from, to), each on the segments that hold one of its anchors
 * (`anchorHits`, sorted by start), or on all segments when it has none; each pattern's hits go
 * to its own list, in text order, with the segment they were found in.
 */
function runPatterns(text: string, compiled: CompiledTerms, anchorHits: readonly LiteralHit[], out: RawTermHit[][], from: number, to: number, budget: PatternBudget): void {
  // Segments by start offset: those some pattern runs on.
  const bySt = new Map<number, Span>();
  const wanted: Set<number>[] = compiled.patterns.map(() => new Set());
  const finder = new SegmentFinder(text);
  for (const { start, end, index } of anchorHits) {
    const seg = finder.at(start);
    if (seg === null || end > seg.end) continue;
    if (!bySt.has(seg.start)) bySt.set(seg.start, seg);
    wanted[compiled.anchorPattern[index]].add(seg.start);
  }
  let all: Span[] | null = null;
  const pieces = new Map<number, string>();
  const piece = (seg: Span): string => {
    let p = pieces.get(seg.start);
    if (p === undefined) pieces.set(seg.start, (p = text.slice(seg.start, seg.end)));
    return p;
  };
  compiled.patterns.forEach((p, i) => {
    const entry = compiled.entries[p.entry];
    const list = p.anchored ? [...wanted[i]].sort((a, b) => a - b).map((start) => bySt.get(start) as Span) : (all ??= segments(text, from, to));
    let spent = 0;
    let found = 0;
    for (const seg of list) {
      // Backstops (the static check bounds the work): time per pattern and call, hits (see
      // finishTermHits), and the analysis's budget for all patterns together (budget.ts).
      if (spent > PATTERN_BUDGET_MS || found >= MAX_HITS_PER_ENTRY || !budget.left()) break;
      const t0 = performance.now();
      const s = piece(seg);
      p.regex.lastIndex = 0;
      for (let m = p.regex.exec(s); m; m = p.regex.exec(s)) {
        if (m[0].length === 0) {
          p.regex.lastIndex++;
          continue;
        }
        const start = seg.start + m.index;
        found++;
        out[i].push({ start, end: start + m[0].length, index: i, replacement: substitute(entry.right, m), segment: seg.start });
      }
      const took = performance.now() - t0;
      spent += took;
      budget.spend(took);
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
 * What the automaton and the patterns find, before caps and allow contexts are applied: the
 * wrong forms (index: wrong-form index), the allow contexts (index: allow word), then one list
 * per pattern (index: pattern; with the replacement and the segment it was found in). Each list
 * is in text order (the literal ones by end). For the lines [from, to) of `text`.
 */
export interface RawTermHit extends LiteralHit {
  replacement?: string;
  segment?: number;
}

/** `budget`: the analysis's time budget for config patterns (budget.ts). */
export function rawTermHits(text: string, compiled: CompiledTerms, from = 0, to = text.length, budget: PatternBudget = NO_BUDGET): RawTermHit[][] {
  const { anchorBase, allowBase } = compiled;
  const literal: RawTermHit[] = [];
  const allow: RawTermHit[] = [];
  const anchorHits: LiteralHit[] = [];
  compiled.matcher.forEach(
    text,
    (start, end, index) => {
      if (index >= allowBase) allow.push({ start, end, index: index - allowBase });
      else if (index >= anchorBase) anchorHits.push({ start, end, index: index - anchorBase });
      else literal.push({ start, end, index });
    },
    from,
    to,
  );
  const patterns: RawTermHit[][] = compiled.patterns.map(() => []);
  if (compiled.patterns.length > 0) {
    anchorHits.sort((a, b) => a.start - b.start);
    runPatterns(text, compiled, anchorHits, patterns, from, to, budget);
  }
  return [literal, allow, ...patterns];
}

/**
 * Hits of all entries from what rawTermHits found in `text` (the prose view): at most
 * MAX_HITS_PER_ENTRY per entry (a pattern stops after the segment that reaches it), outside
 * their allow contexts, at word boundaries, without overlaps (at one place the longest hit wins, then the earlier
 * entry).
 */
export function finishTermHits(text: string, compiled: CompiledTerms, raw: readonly RawTermHit[][]): TermHit[] {
  const [literal, allow, ...patterns] = raw;
  const { entries } = compiled;
  const hits: TermHit[] = [];
  const perEntry = new Map<number, number>();
  for (const { start, end, index } of literal) {
    const e = compiled.literalEntry[index];
    const n = perEntry.get(e) ?? 0;
    if (n >= MAX_HITS_PER_ENTRY) continue;
    perEntry.set(e, n + 1);
    const entry = entries[e];
    hits.push({ start, end, entry, replacement: entry.right });
  }
  patterns.forEach((list, i) => {
    const entry = entries[compiled.patterns[i].entry];
    let found = 0;
    let segment = -1;
    for (const h of list) {
      if (h.segment !== segment) {
        if (found >= MAX_HITS_PER_ENTRY) break;
        segment = h.segment as number;
      }
      found++;
      hits.push({ start: h.start, end: h.end, entry, replacement: h.replacement as string });
    }
  });
  if (hits.length === 0) return hits;

  const covers = coverFromHits(allow, compiled.allowEntry);
  const { order } = compiled;
  // A hit that begins or ends inside a word is no hit: 学习总书记 holds no 习总书记 (see word-boundaries.ts).
  const kept = hits.filter((h) => !covers.get(order.get(h.entry) as number)?.covers(h.start, h.end) && !alreadyRight(text, h) && !straddlesWord(text, h.start, h.end));
  kept.sort((a, b) => a.start - b.start || b.end - a.end || (order.get(a.entry) as number) - (order.get(b.entry) as number));
  const out: TermHit[] = [];
  for (const h of kept) {
    if (out.length > 0 && h.start < out[out.length - 1].end) continue;
    out.push(h);
  }
  return out;
}
