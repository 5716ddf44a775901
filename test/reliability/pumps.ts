// Hostile strings for one regular expression, built from the pattern's own characters: the
// way to make a backtracking engine blow up is to feed it long runs of what the pattern almost
// matches, then something that makes the match fail.

/** Characters every pattern is tried with, whatever its own. */
const COMMON = ['a', '1', ' ', '\n', '。', '*', '（', '一'];
const MAX_OWN = 10;

/** Literal characters of a pattern, in order (escapes read as a sample character). */
export function patternChars(source: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') {
      const e = source[++i];
      const sample: Record<string, string> = { d: '1', D: 'a', w: 'a', W: '。', s: ' ', S: 'a', n: '\n', r: '\r', t: '\t', u: '', p: '', k: '' };
      if (e !== undefined && e in sample) {
        if (sample[e]) out.push(sample[e]);
        if (e === 'u' || e === 'p' || e === 'k') i = skipEscapeBody(source, i);
      } else if (e !== undefined && !/[0-9bB]/.test(e)) out.push(e);
      continue;
    }
    if ('^$.|?*+()[]{}-,:=!<>'.includes(c)) continue;
    const cp = source.codePointAt(i) as number;
    const ch = String.fromCodePoint(cp);
    i += ch.length - 1;
    out.push(ch);
  }
  return out;
}

function skipEscapeBody(source: string, i: number): number {
  if (source[i + 1] === '{') {
    const close = source.indexOf('}', i);
    return close < 0 ? i : close;
  }
  if (source[i] === 'u') return i + 4;
  return i;
}

export interface Pump {
  name: string;
  make(n: number): string;
}

const fillTo = (unit: string, n: number): string => unit.repeat(Math.ceil(n / unit.length)).slice(0, n);

/** The pumps for one pattern: each character alone, neighbouring pairs, the whole literal text; each also with a failing end. */
export function pumpsFor(source: string): Pump[] {
  const own = [...new Set(patternChars(source))].slice(0, MAX_OWN);
  const seq = patternChars(source).join('');
  // Runs of the pattern's own characters, with and without a failing end; common ones plain.
  const units = new Map<string, string>();
  for (const c of own) units.set(`${JSON.stringify(c)}×n`, c);
  for (let i = 0; i + 1 < own.length; i++) units.set(`${JSON.stringify(own[i] + own[i + 1])}×n`, own[i] + own[i + 1]);
  if (seq.length > 1) units.set(`the pattern's literal text ×n`, seq);
  const pumps: Pump[] = [];
  for (const [name, unit] of units) {
    pumps.push({ name, make: (n) => fillTo(unit, n) });
    pumps.push({ name: `${name} + "\\u0001"`, make: (n) => fillTo(unit, n - 1) + '\u0001' });
  }
  for (const c of COMMON) if (!units.has(`${JSON.stringify(c)}×n`)) pumps.push({ name: `${JSON.stringify(c)}×n`, make: (n) => fillTo(c, n) });
  return pumps;
}
