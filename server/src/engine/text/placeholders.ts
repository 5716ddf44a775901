// Finding unfilled template slots on the source text. CommonMark would read 建议**件，…事项**项
// as bold text, so emphasis is told apart here by its own shape, not by markdown-it's tokens.
import type { Span } from '../types';
import { among, matchesAt, offsetsOf, sticky, windowsBefore } from './anchored';

/** Characters that follow a number: measure words, units, multipliers, date parts. */
const AFTER_NUMBER = new Set(
  '次件项户人名个场家起条元万亿千百%％‰倍天年月日期批所处套台辆本份篇部宗例座间亩米吨号届轮页位支只组队岁元角分股'.split(''),
);
/** How far to look for an emphasis closer; bounded so long lines stay linear. */
const LOOKAHEAD = 200;
const MAX_OPENERS = 8;
const ALNUM = /[A-Za-z0-9]/;

const isSlotOpen = among('【［[（(');

/** The other slot shapes, each with where a match can start (see text/anchored.ts). */
const OTHER_SLOTS: { re: RegExp; starts: (prose: string, from: number, to: number) => number[] }[] = [
  // XX镇, 20XX年: a run starts at an X.
  { re: /(?<![A-Za-z])(?:[Xx]{2,}|[Ｘｘ]{2,})(?![A-Za-z])/g, starts: (p, from, to) => offsetsOf(p, 'XxＸｘ', 0, undefined, from, to) },
  // ×××同志
  { re: /×{2,}/g, starts: (p, from, to) => offsetsOf(p, '×', 0, undefined, from, to) },
  // 某某镇
  { re: /某{2,}/g, starts: (p, from, to) => offsetsOf(p, '某', 0, undefined, from, to) },
  // 〇〇镇, but not 二〇〇八年
  { re: /(?<![零一二三四五六七八九十百千万〇○])[〇○◯]{2,}(?![零一二三四五六七八九十百千万〇○])/g, starts: (p, from, to) => offsetsOf(p, '〇○◯', 0, undefined, from, to) },
  // 【待补充】: the bracket opens at most 13 characters before the word (待…, 此处填写, 请填写, TODO, TBD).
  {
    re: /[【［\[（(][^】］\]）)\r\n]{0,12}(?:待补充|待填写|待填报|待定|待核实|待更新|待完善|此处填写|请填写|TODO|TBD)[^】］\]）)\r\n]{0,12}[】］\]）)]/g,
    starts: (p, from, to) => {
      const out = new Set<number>();
      for (const word of ['待', '此处填写', '请填写', 'TODO', 'TBD']) for (const q of windowsBefore(p, word, 1, 13, isSlotOpen, from, to)) out.add(q);
      return [...out].sort((a, b) => a - b);
    },
  },
  { re: /(?<![A-Za-z])(?:TODO|TBD|FIXME)(?![A-Za-z])/g, starts: (p, from, to) => offsetsOf(p, 'TF', 0, undefined, from, to) },
];
const OTHER_SLOTS_AT = OTHER_SLOTS.map(({ re, starts }) => ({ re: sticky(re), starts }));

export function findPlaceholders(prose: string): Span[] {
  return findPlaceholdersIn(prose, 0, prose.length);
}

/** The slots that start in [from, to), whole lines of `prose` (a slot never spans a line break). */
export function findPlaceholdersIn(prose: string, from: number, to: number): Span[] {
  const found: Span[] = [...delimiterSlots(prose, /[*＊]+/g, from, to), ...delimiterSlots(prose, /[_＿]+/g, from, to)];
  for (const { re, starts } of OTHER_SLOTS_AT) {
    for (const m of matchesAt(re, prose, starts(prose, from, to))) found.push({ start: m.index, end: m.index + m[0].length });
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  // Drop spans inside an earlier one (【XX待补充】 is one slot, not two).
  const out: Span[] = [];
  for (const s of found) {
    if (out.length > 0 && s.start < out[out.length - 1].end) continue;
    out.push(s);
  }
  return out;
}

/** Offset of the first CR or LF at or after `from` (a CR alone ends a line too), or -1. */
function lineBreakFrom(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) return i;
  }
  return -1;
}

/**
 * Runs of '*' or '_' that stand for a figure (“**件”, “*次，”, “20__年”, “***”), telling them
 * from emphasis (“**重点**”): a run that closes an earlier opener on its line is emphasis, and
 * so is one that opens a word and is closed later on the line.
 */
function delimiterSlots(prose: string, re: RegExp, from: number, to: number): Span[] {
  const out: Span[] = [];
  const openers: { len: number }[] = [];
  let nextBreak = -2; // offset of the next line break after the previous run; -2: not looked up yet
  re.lastIndex = from;
  for (let m = re.exec(prose); m && m.index < to; m = re.exec(prose)) {
    const s = m.index;
    const e = s + m[0].length;
    if (nextBreak === -2 || (nextBreak >= 0 && nextBreak < s)) {
      openers.length = 0; // a new line: emphasis never spans lines here
      nextBreak = lineBreakFrom(prose, s);
    }
    const before = prose[s - 1] ?? '\n';
    const after = prose[e] ?? '\n';
    const len = e - s;
    if (/\s/.test(after) && /\s/.test(before)) continue; // a bullet or a lone mark
    if (ALNUM.test(before) && ALNUM.test(after) && !/\d/.test(before)) continue; // snake_case, a*b
    if (!/\s/.test(before)) {
      const i = openers.findIndex((o) => o.len === len);
      if (i >= 0) {
        openers.splice(i, 1); // closes an emphasis: **重点**
        continue;
      }
    }
    const limit = nextBreak < 0 ? Math.min(prose.length, e + LOOKAHEAD) : Math.min(nextBreak, e + LOOKAHEAD);
    const close = prose.slice(e, limit).indexOf(m[0]);
    // “**件数**” is emphasis: a short closer with no punctuation inside and no unit after it.
    // “建议**件，…事项**项” is two slots: punctuation between, a unit after the “closer”.
    const emphasisLike = close > 0 && !/[，。；、：,;:！？!?\s]/.test(prose.slice(e, e + close)) && !AFTER_NUMBER.has(prose[e + close + len] ?? '');
    if (/\d/.test(before) || (AFTER_NUMBER.has(after) && !emphasisLike) || (len >= 3 && close < 0)) {
      out.push({ start: s, end: e });
      continue;
    }
    if (!/\s/.test(after)) {
      openers.push({ len });
      if (openers.length > MAX_OPENERS) openers.shift(); // bounded, so hostile lines stay linear
    }
  }
  return out;
}
