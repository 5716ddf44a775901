// Running a regex only where it can match. Many of the language checks are regexes that begin
// with a lookbehind or a character class; a global scan then tries every position of the
// document. Each of them needs some character (an anchor) at a known distance from where a match
// starts, so the positions worth trying are found first (with indexOf or a table), and the regex
// is run sticky at those. The matches are the ones a global scan would find: the same leftmost,
// non-overlapping matches, with lookbehinds reading the whole text.

import { firstAtLeast, offsetsOfChar } from './positions-of';

/**
 * The matches a global scan of `re` over `text` would find, found by trying the sticky `re`
 * only at `starts`: increasing positions (repeats allowed) that include every position where a
 * match can begin.
 */
export function* matchesAt(re: RegExp, text: string, starts: readonly number[]): Generator<RegExpExecArray> {
  let resume = 0;
  for (const q of starts) {
    if (q < resume) continue;
    re.lastIndex = q;
    const m = re.exec(text);
    if (m === null) continue;
    resume = q + Math.max(1, m[0].length);
    yield m;
  }
}

/** The same pattern, matching only at lastIndex. */
export function sticky(re: RegExp): RegExp {
  return new RegExp(re.source, re.flags.replace('g', '') + 'y');
}

/** A set of characters as a lookup table by UTF-16 code (reading it at NaN, past a string's end, gives undefined). */
export function charTable(chars: string): Uint8Array {
  const t = new Uint8Array(0x10000);
  for (const c of chars) t[c.charCodeAt(0)] = 1;
  return t;
}

/**
 * Whether to read [from, to) character by character rather than search it with indexOf: for a
 * short range (a line or two, in incremental analysis) in a longer text, where indexOf would
 * search on past the range, to the end, for a character that is not in it.
 */
function readDirectly(text: string, from: number, to: number): boolean {
  return to - from < 4096 && text.length - from > 4 * (to - from);
}

/**
 * `at - back` for each occurrence `at` of any of `chars` (one UTF-16 unit each), in order,
 * that falls in [from, to) and where `ok(text, at - back)` holds (a cheap test of a character
 * or two the regex needs). Each character is looked for with indexOf, which is several times
 * faster than reading the text character by character in JavaScript; the lists are then merged.
 */
export function offsetsOf(
  text: string,
  chars: string,
  back: number,
  ok?: (text: string, q: number) => boolean,
  from = 0,
  to = text.length,
  positions?: CharPositions,
): number[] {
  const out: number[] = [];
  const end = Math.min(text.length, to + back);
  if (readDirectly(text, from, end)) {
    // A line or two (incremental analysis): indexOf would search on past the range for a
    // character that is not in it, so read the range itself.
    for (let p = from + back; p < end; p++) {
      const c = text.charCodeAt(p);
      for (let k = 0; k < chars.length; k++) {
        if (chars.charCodeAt(k) !== c) continue;
        if (!ok || ok(text, p - back)) out.push(p - back);
        break;
      }
    }
    return out;
  }
  // Several checks (of several rules) look for the same characters over the same text: each
  // character's positions are found once per text and range, then read from the list.
  const lists: number[][] = [];
  const known = positions ?? new CharPositions();
  for (let k = 0; k < chars.length; k++) {
    const all = known.of(text, chars[k], from, to);
    let i = firstAtLeast(all, from + back);
    if (i < all.length && all[i] - back < to) lists.push(all.slice(i, firstAtLeast(all, to + back)));
  }
  const merged = lists.length === 1 ? lists[0] : mergeSorted(lists);
  for (const p of merged) if (!ok || ok(text, p - back)) out.push(p - back);
  return out;
}

/** The most characters after a range that a check reads for its anchors (`back` above). */
const MAX_BACK = 8;

/**
 * Positions of single characters in one text and range, kept until the next text or range. An
 * analysis owns one (context.ts), passed to the scans of all its rules, which search the same
 * ranges (line-scan.ts) for many of the same characters.
 */
export class CharPositions {
  private text = '';
  private from = -1;
  private to = -1;
  private positions = new Map<string, number[]>();

  /** Where `c` occurs in [from, to + MAX_BACK) of `text`, in order. */
  of(text: string, c: string, from: number, to: number): number[] {
    if (this.text !== text || this.from !== from || this.to !== to) {
      this.text = text;
      this.from = from;
      this.to = to;
      this.positions = new Map();
    }
    let list = this.positions.get(c);
    if (list === undefined) {
      list = offsetsOfChar(text, c, from, Math.min(text.length, to + MAX_BACK));
      this.positions.set(c, list);
    }
    return list;
  }
}

/** Sorted lists of distinct positions merged into one sorted list. */
function mergeSorted(lists: number[][]): number[] {
  const out: number[] = [];
  const at = lists.map(() => 0);
  for (;;) {
    let best = -1;
    for (let k = 0; k < lists.length; k++) {
      if (at[k] < lists[k].length && (best < 0 || lists[k][at[k]] < lists[best][at[best]])) best = k;
    }
    if (best < 0) return out;
    out.push(lists[best][at[best]++]);
  }
}


/** The next occurrence of `needle` at or after `from` that starts before `to`, or -1 (reads only [from, to + needle.length) for short ranges). */
function indexIn(text: string, needle: string, from: number, to: number): number {
  if (!readDirectly(text, from, to)) {
    const at = text.indexOf(needle, from);
    return at >= 0 && at < to ? at : -1;
  }
  const first = needle.charCodeAt(0);
  for (let p = from; p < to; p++) if (text.charCodeAt(p) === first && text.startsWith(needle, p)) return p;
  return -1;
}

/**
 * For each occurrence `at` of `anchor`, the positions in [at - maxBack, at - minBack] (and in
 * [from, to)) whose character passes `first`, increasing and without repeats.
 */
export function windowsBefore(text: string, anchor: string, minBack: number, maxBack: number, first: (c: number) => boolean, from = 0, to = text.length): number[] {
  const out: number[] = [];
  let next = from;
  const stop = Math.min(text.length, to + maxBack);
  for (let at = indexIn(text, anchor, from + minBack, stop); at >= 0; at = indexIn(text, anchor, at + 1, stop)) {
    const last = Math.min(at - minBack, to - 1);
    for (let q = Math.max(next, at - maxBack); q <= last; q++) if (first(text.charCodeAt(q))) out.push(q);
    next = Math.max(next, last + 1);
  }
  return out;
}

/**
 * For each occurrence `at` of any of `chars` in [from, to), the positions in [at - back, at)
 * (and in [from, to)) that pass `ok`, increasing and without repeats.
 */
export function windowsBeforeAny(
  text: string,
  chars: string,
  back: number,
  ok: (text: string, q: number) => boolean,
  from = 0,
  to = text.length,
  positions?: CharPositions,
): number[] {
  const out: number[] = [];
  let next = from;
  for (const at of offsetsOf(text, chars, 0, undefined, from, to, positions)) {
    for (let q = Math.max(next, at - back); q < at; q++) if (ok(text, q)) out.push(q);
    next = Math.max(next, at);
  }
  return out;
}

/** A membership test for a few characters, by UTF-16 code. */
export function among(chars: string): (c: number) => boolean {
  const t = charTable(chars);
  return (c) => t[c] === 1;
}
