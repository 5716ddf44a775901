// Running a regex only where it can match. Many of the language checks are regexes that begin
// with a lookbehind or a character class; a global scan then tries every position of the
// document. Each of them needs some character (an anchor) at a known distance from where a match
// starts, so the positions worth trying are found first (with indexOf or a table), and the regex
// is run sticky at those. The matches are the ones a global scan would find: the same leftmost,
// non-overlapping matches, with lookbehinds reading the whole text.

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
 * `at - back` for each occurrence `at` of any of `chars` (one UTF-16 unit each), in order,
 * where `ok(text, at - back)` holds (a cheap test of a character or two the regex needs).
 * Each character is looked for with indexOf, which is several times faster than reading the
 * text character by character in JavaScript; the lists are then merged.
 */
export function offsetsOf(text: string, chars: string, back: number, ok?: (text: string, q: number) => boolean): number[] {
  const out: number[] = [];
  let lists = 0;
  for (let k = 0; k < chars.length; k++) {
    const c = chars[k];
    const before = out.length;
    for (let p = text.indexOf(c, back); p >= 0; p = text.indexOf(c, p + 1)) if (!ok || ok(text, p - back)) out.push(p - back);
    if (out.length > before) lists++;
  }
  if (lists > 1) out.sort((a, b) => a - b);
  return out;
}

/**
 * For each occurrence `at` of `anchor`, the positions in [at - maxBack, at - minBack] whose
 * character passes `first`, increasing and without repeats.
 */
export function windowsBefore(text: string, anchor: string, minBack: number, maxBack: number, first: (c: number) => boolean): number[] {
  const out: number[] = [];
  let next = 0;
  for (let at = text.indexOf(anchor); at >= 0; at = text.indexOf(anchor, at + 1)) {
    for (let q = Math.max(next, at - maxBack); q <= at - minBack; q++) if (first(text.charCodeAt(q))) out.push(q);
    next = Math.max(next, at - minBack + 1);
  }
  return out;
}

/** A membership test for a few characters, by UTF-16 code. */
export function among(chars: string): (c: number) => boolean {
  const t = charTable(chars);
  return (c) => t[c] === 1;
}
