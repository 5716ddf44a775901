// Heading number markers (GB/T 9704-2012 §7.3.3): 一、 → （一） → 1. → （1）, plus the
// non-standard 1、 seen in practice. Shared by the parser, rules and fixes.
import type { NumberStyle } from '../types';
import { smallChineseNumber, toChineseNumber } from './numbers';

export interface Marker {
  style: Exclude<NumberStyle, 'none'>;
  level: number;
  number: number;
  /** Length of the marker in UTF-16 units, including trailing spaces. */
  length: number;
  /** Length of the marker itself, without trailing spaces. */
  markLength: number;
}

const CN = '[一二三四五六七八九十]{1,3}';
const PATTERNS: { style: Marker['style']; level: number; re: RegExp; cn: boolean }[] = [
  { style: 'cn-comma', level: 1, re: new RegExp(`^(${CN})、`), cn: true },
  { style: 'cn-paren', level: 2, re: new RegExp(`^[（(](${CN})[）)]`), cn: true },
  // "1." but not "1.2万": the dot must not be followed by a digit, unless what follows cannot
  // continue a decimal: a year (20.2026年…) or a count joined by + (21.5+2就业之家).
  { style: 'arabic-dot', level: 3, re: /^([0-9]{1,2})[.．](?:(?![0-9０-９])|(?=(?:19|20)[0-9]{2}年|[0-9]{1,3}[+＋]))/, cn: false },
  { style: 'arabic-comma', level: 3, re: /^([0-9]{1,2})、/, cn: false },
  { style: 'arabic-paren', level: 4, re: /^[（(]([0-9]{1,2})[）)]/, cn: false },
];

/** Reads a heading number marker at the start of `s`, or null. */
export function readMarker(s: string): Marker | null {
  for (const p of PATTERNS) {
    const m = p.re.exec(s);
    if (!m) continue;
    const n = p.cn ? smallChineseNumber(m[1]) : parseInt(m[1], 10);
    if (n === null || n <= 0) continue;
    let length = m[0].length;
    while (length < s.length && (s[length] === ' ' || s[length] === '\u3000' || s[length] === '\t')) length++;
    return { style: p.style, level: p.level, number: n, length, markLength: m[0].length };
  }
  return null;
}

/** Writes a marker of the given style and number: ('cn-paren', 3) → （三）. */
export function formatMarker(style: NumberStyle, n: number): string {
  switch (style) {
    case 'cn-comma':
      return `${toChineseNumber(n)}、`;
    case 'cn-paren':
      return `（${toChineseNumber(n)}）`;
    case 'arabic-dot':
      return `${n}.`;
    case 'arabic-comma':
      return `${n}、`;
    case 'arabic-paren':
      return `（${n}）`;
    case 'none':
      return '';
  }
}
