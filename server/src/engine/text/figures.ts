// Figures in report prose: a number with a unit (12件, 1.2万元, 95.5%), the words before it
// (its label), and the context the figure rules need (其中 lists, rate words, growth words,
// time qualifiers, estimates). One left-to-right pass: numbers and context marks are each
// found once, and per figure only a bounded window is read, so the work is linear.
import type { Span } from '../types';
import { figureName, isLabelChar, MAX_AFTER, MAX_LABEL, normaliseLabel } from './labels';
import { isDigit, type NumberToken, scanNumbers, toHalfWidthDigits } from './numerals';
import { RATE_WORDS } from './rates';
import { type FigureKind, matchUnit, type UnitMatch } from './units';

export type { FigureKind } from './units';

export interface Figure {
  /** Number and unit, in document offsets. */
  span: Span;
  numberSpan: Span;
  /** Source text of the span ("1.2万元"). */
  text: string;
  /** Value in the normalised unit (1.2万元 → 12000 元). */
  value: number;
  decimals: number;
  unit: string;
  unitText: string;
  kind: FigureKind;
  /** The CJK words right before the number, as written (at most MAX_LABEL). */
  rawLabel: string;
  /** Normalised label (人大代表建议). */
  label: string;
  /** Words right after the unit ("12场宣传活动" → 宣传活动). */
  after: string;
  /** What the figure counts: the label, or label + after when the label is short. */
  name: string;
  /** The label was cut short by 、 or by the length bound: it may name only part of the thing. */
  labelCut: boolean;
  /** An estimate or a range end: 近100件, 120余人, 12件左右, 5万～10万人, 三四次. */
  approx: boolean;
  /** After 其中 in its sentence (a part of a preceding total). */
  part: boolean;
  /** Document offset of the 其中 that makes it a part (-1 when not a part). */
  partOf: number;
  /** Inside brackets opened after the 其中: a part of a part. */
  subPart: boolean;
  /** 分别 earlier in the clause: one of several values listed for several things. */
  respectively: boolean;
  /** A growth or comparison word earlier in the clause (增长, 提高, 同比, 较上年…). */
  growth: boolean;
  /** Rate words between the previous figure (or clause start) and this one (办结率, 满意率). */
  rates: string[];
  /** Time and plan qualifiers earlier in the sentence (2021年, 去年, 同比, 累计, 计划…). */
  qualifiers: string[];
  /** Document offset of the start of the sentence (sentences end at 。！？ and line breaks). */
  sentenceStart: number;
  /** Depth of round brackets around the figure. */
  depth: number;
}

export interface FigureOptions {
  /** Also read Chinese numerals with units (八项规定 would be a figure): off by default. */
  chinese?: boolean;
}

const GROWTH = ['同比', '环比', '增长', '增加', '提高', '提升', '上升', '下降', '降低', '减少', '增幅', '涨幅', '降幅', '增速', '翻番', '较上年', '比上年', '较去年', '比去年', '较同期', '超过', '超出', '高出', '多出'];
const COMPARATIVE_QUALIFIERS = new Set(['同比', '环比', '较上年', '比上年', '较去年', '比去年', '较同期']);
const QUALIFIERS =
  '(?:19|20)\\d{2}年(?:以来|度|上半年|下半年)?|今年以来|今年|本年度|本年|年内|全年|当年|去年|上年|前年|上一年|明年|同期|上半年|下半年|第?[一二三四1-4]季度|\\d{1,2}月份?|截至|截止|以来|累计|历年|近[两三四五十\\d]年|[两三四五十\\d]年来|十[三四五]五|计划|力争|预计|目标|争取|拟';

const alternation = (words: readonly string[]): string => [...words].sort((a, b) => b.length - a.length).join('|');
const MARKS = new RegExp(
  `(?<sent>[。！？!?\\n])|(?<clause>[，,；;：:])|(?<open>[（(])|(?<close>[）)])|(?<topen>《)|(?<tclose>》)|(?<qz>其中)|(?<resp>分别)` +
    `|(?<rate>${alternation(RATE_WORDS)})|(?<growth>${alternation(GROWTH)})|(?<qual>${QUALIFIERS})`,
  'g', // every mark is in the BMP: no 'u' needed, and the plain engine is faster
);

/** Star runs of Markdown emphasis (at most 3) right before `i`. */
function starsBefore(s: string, i: number): number {
  let k = 0;
  while (k < 3 && s[i - k - 1] === '*') k++;
  return s[i - k - 1] === '*' ? 0 : k;
}

const PLACEHOLDER_NEIGHBOUR = /[*＊xX×_＿?？A-Za-z]/;
const APPROX_BEFORE = ['将近', '大约', '不到', '不足', '接近', '超过', '近', '约', '逾', '超'];
const APPROX_AFTER = ['左右', '以上', '以下', '上下', '余'];
const RANGE = '～~〜—–-';

/**
 * The figures in `text`, a paragraph (or any prose) that starts at document offset `offset`.
 * Numbers without a unit, placeholders (**件), ordinals (第3次) and numbers inside 《》 are not
 * figures.
 */
export function extractFigures(text: string, offset = 0, options: FigureOptions = {}): Figure[] {
  const s = toHalfWidthDigits(text);
  const out: Figure[] = [];
  let sentenceStart = 0;
  let quals: string[] = [];
  // Open 其中 scopes, innermost last: a 其中 inside brackets nests in the outer one.
  let scopes: { at: number; depth: number }[] = [];
  let resp = false;
  let growth = false;
  let rates: string[] = [];
  let depth = 0;
  let titleDepth = 0;

  MARKS.lastIndex = 0;
  let mark = MARKS.exec(s);
  const consumeMarksBefore = (pos: number): void => {
    while (mark && mark.index < pos) {
      const g = mark.groups ?? {};
      if (g.sent) {
        sentenceStart = mark.index + 1;
        quals = [];
        scopes = [];
        resp = growth = false;
        rates = [];
        depth = titleDepth = 0; // an unclosed bracket or 《 does not run on
      } else if (g.clause) {
        resp = growth = false;
        rates = [];
      } else if (g.open) {
        depth++;
      } else if (g.close) {
        depth = Math.max(0, depth - 1);
        while (scopes.length > 0 && scopes[scopes.length - 1].depth > depth) scopes.pop();
      } else if (g.topen) {
        titleDepth++;
      } else if (g.tclose) {
        titleDepth = Math.max(0, titleDepth - 1);
      } else if (titleDepth > 0) {
        // Words inside a 《title》 say nothing about the figures around it.
      } else if (g.qz) {
        while (scopes.length > 0 && scopes[scopes.length - 1].depth >= depth) scopes.pop();
        scopes.push({ at: mark.index, depth });
      } else if (g.resp) {
        resp = true;
      } else if (g.rate) {
        rates.push(g.rate);
        if (g.rate.startsWith('增')) growth = true; // 增长率, 增速
      } else if (g.growth) {
        growth = true;
        if (COMPARATIVE_QUALIFIERS.has(g.growth)) quals.push(g.growth);
      } else if (g.qual) {
        quals.push(g.qual);
      }
      mark = MARKS.exec(s);
    }
  };

  for (const n of scanNumbers(s, { chinese: options.chinese ?? false })) {
    consumeMarksBefore(n.start);
    if (titleDepth > 0) continue;
    const read = readUnit(s, n);
    if (!read) continue;
    const { numStart, unit, end } = read;
    let approx = read.approx;
    const before = s[numStart - 1];
    const preceding = s.slice(Math.max(0, numStart - 2), numStart);
    if (APPROX_BEFORE.some((w) => preceding.endsWith(w))) approx = true;
    if (RANGE.includes(before ?? '\0') || RANGE.includes(s[end] ?? '\0')) approx = true;
    if ((before === '至' || before === '到') && (isDigit(s[numStart - 2]) || matchUnit(s, numStart - 2) !== null)) approx = true;
    if ((s[end] === '至' || s[end] === '到') && isDigit(s[end + 1])) approx = true;

    const { rawLabel, labelCut } = labelBefore(s, numStart);
    let ae = end;
    while (ae < s.length && ae - end < MAX_AFTER && isLabelChar(s[ae])) ae++;
    let after = s.slice(end, ae);
    if (APPROX_AFTER.some((w) => after.startsWith(w))) {
      approx = true;
      after = '';
    }

    const label = normaliseLabel(rawLabel);
    const isYear = unit.unit === '年' && n.multiplier === 1 && n.decimals === 0 && /^\d{4}$/.test(n.text) && n.value >= 1900 && n.value <= 2100;
    const kind: FigureKind = unit.unit === '年' ? (isYear ? 'year' : 'other') : unit.kind;
    const partScope = scopes.length > 0 ? scopes[0] : null;
    const innermost = scopes.length > 0 ? scopes[scopes.length - 1] : null;
    out.push({
      span: { start: offset + n.start, end: offset + end },
      numberSpan: { start: offset + n.start, end: offset + n.end },
      text: text.slice(n.start, end).replace(/\*/g, ''),
      value: Math.round(n.value * unit.scale * 1e6) / 1e6,
      decimals: n.decimals,
      unit: unit.unit,
      unitText: unit.text,
      kind,
      rawLabel,
      label,
      after,
      name: figureName(label, after),
      labelCut,
      approx,
      part: partScope !== null,
      partOf: partScope ? offset + partScope.at : -1,
      subPart: innermost !== null && (scopes.length > 1 || depth > innermost.depth),
      respectively: resp,
      growth,
      rates,
      qualifiers: [...quals],
      sentenceStart: offset + sentenceStart,
      depth,
    });
    rates = [];
  }
  return out;
}

interface UnitRead {
  /** Start of the number including Markdown emphasis stars before it. */
  numStart: number;
  unit: UnitMatch;
  /** End of the unit. */
  end: number;
  /** 余/多 between number and unit. */
  approx: boolean;
}

/** The unit after number `n`, or null when `n` is not a figure (no unit, placeholder, ordinal). */
function readUnit(s: string, n: NumberToken): UnitRead | null {
  // Markdown emphasis around a number (**12**件, **12件**) is not a placeholder; stars on one
  // side only (1*件, 20**年) are a half-filled slot.
  const stars = starsBefore(s, n.start);
  const numStart = n.start - stars;
  const before = s[numStart - 1];
  if (before === '第' || before === '.' || PLACEHOLDER_NEIGHBOUR.test(before ?? '')) return null;
  let u = n.end;
  let closed = stars === 0;
  if (stars > 0 && s.startsWith('*'.repeat(stars), u) && s[u + stars] !== '*') {
    u += stars;
    closed = true;
  }
  // Estimates written between the number and the unit: 120余人, 120多人.
  let approx = n.approx;
  if (s[u] === '余' || s[u] === '多') {
    approx = true;
    u++;
  }
  if (s[u] === ' ') u++;
  if (PLACEHOLDER_NEIGHBOUR.test(s[u] ?? '')) return null;
  const unit = matchUnit(s, u);
  if (!unit) return null;
  const end = u + unit.text.length;
  if (!closed && s.startsWith('*'.repeat(stars), end) && s[end + stars] !== '*') closed = true;
  if (!closed || (PLACEHOLDER_NEIGHBOUR.test(s[end] ?? '') && s[end] !== '*')) return null;
  return { numStart, unit, end, approx };
}

/** The CJK run before `numStart`, at most MAX_LABEL long. */
function labelBefore(s: string, numStart: number): { rawLabel: string; labelCut: boolean } {
  let ls = numStart;
  if (s[ls - 1] === ' ') ls--;
  const labelEnd = ls;
  while (ls > 0 && labelEnd - ls < MAX_LABEL && isLabelChar(s[ls - 1])) ls--;
  // Cut by 、 (宪法、民法典专题学习) or by the bound: it may name only part of the thing.
  const labelCut = s[ls - 1] === '、' || (labelEnd - ls >= MAX_LABEL && isLabelChar(s[ls - 1]));
  return { rawLabel: s.slice(ls, labelEnd), labelCut };
}
