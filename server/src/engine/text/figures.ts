// Figures in report prose: a number with a unit (12件, 1.2万元, 95.5%), the words before it
// (its label), and the context the figure rules need (其中 lists, rate words, growth words,
// time qualifiers, estimates). One left-to-right pass: numbers and context marks are each
// found once, and per figure only a bounded window is read, so the work is linear.
import type { Span } from '../types';
import { CLAUSE, CLOSE, GROWTH, isSentenceEndCode, MarkScanner, OPEN, QIZHONG, RATE, RESPECTIVELY, SENT, TITLE_CLOSE, TITLE_OPEN } from './figure-marks';
import { figureName, isLabelCode, MAX_AFTER, MAX_LABEL, normaliseLabel } from './labels';
import { isDigit, nextNumber, numberRead, toHalfWidthDigits } from './numerals';
import { type FigureKind, matchUnit, type UnitMatch } from './units';


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

const COMPARATIVE_QUALIFIERS = new Set(['同比', '环比', '较上年', '比上年', '较去年', '比去年', '较同期']);

const STAR = 42; // *
const code = (c: string): number => c.charCodeAt(0);

/** Star runs of Markdown emphasis (at most 3) right before `i`. */
function starsBefore(s: string, i: number): number {
  let k = 0;
  while (k < 3 && s.charCodeAt(i - k - 1) === STAR) k++;
  return s.charCodeAt(i - k - 1) === STAR ? 0 : k;
}

/** [*＊xX×_＿?？A-Za-z]: a placeholder's neighbour. */
function isPlaceholderNeighbour(c: number): boolean {
  return (
    (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === STAR || c === 0xff0a || c === 0xd7 || c === 95 || c === 0xff3f || c === 63 || c === 0xff1f
  );
}

/** ～~〜—–- */
function isRangeMark(c: number): boolean {
  return c === 0xff5e || c === 126 || c === 0x301c || c === 0x2014 || c === 0x2013 || c === 45;
}

const ZHI = code('至');
const YU = code('余');
const DUO = code('多');
const DAO = code('到');

/** The number at `numStart` is an estimate by the words before it: 近, 约, 逾, 超, 将近, 大约, 不到, 不足, 接近, 超过. */
function approxBefore(s: string, numStart: number): boolean {
  const c1 = s.charCodeAt(numStart - 1);
  if (c1 === code('近') || c1 === code('约') || c1 === code('逾') || c1 === code('超')) return true;
  if (numStart < 2) return false;
  const c2 = s.charCodeAt(numStart - 2);
  return ((c1 === DAO || c1 === code('足')) && c2 === code('不')) || (c1 === code('过') && c2 === code('超'));
}

/** 左右, 以上, 以下, 上下 or 余 at `i`. */
function approxAfter(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  const d = s.charCodeAt(i + 1);
  return c === YU || (c === code('左') && d === code('右')) || (c === code('以') && (d === code('上') || d === code('下'))) || (c === code('上') && d === code('下'));
}

const ANY_DIGIT = /[0-9０-９]/;

/** The rates of a figure with none, shared (figures are read, never modified). */
const NO_RATES = Object.freeze([]) as unknown as string[];

/**
 * The figures in `text`, a paragraph (or any prose) that starts at document offset `offset`.
 * Numbers without a unit, placeholders (**件), ordinals (第3次) and numbers inside 《》 are not
 * figures.
 */
export function extractFigures(text: string, offset = 0, options: FigureOptions = {}): Figure[] {
  const out: Figure[] = [];
  const chinese = options.chinese ?? false;
  // Most paragraphs hold no number: nothing to read.
  if (!chinese && !ANY_DIGIT.test(text)) return out;
  const s = toHalfWidthDigits(text);
  // The context of the sentence and clause being read, updated by the marks before each number.
  // (One loop, no closures: this runs for every number of a document.)
  let sentenceStart = 0;
  let quals: string[] = [];
  // The copy handed to figures, shared until the qualifiers change (figures never modify it).
  let qualsCopy: string[] | null = null;
  // Each qualifier once per sentence: a sentence of a thousand "2022年" must not copy a
  // thousand-long list into every figure (figure-conflict reads them as a set anyway).
  let qualSet: Set<string> | null = null;
  // Open 其中 scopes, innermost last: a 其中 inside brackets nests in the outer one.
  const scopes: { at: number; depth: number }[] = [];
  let resp = false;
  let growth = false;
  let rates = NO_RATES;
  let depth = 0;
  let titleDepth = 0;

  const marks = new MarkScanner(s);
  const n = number;
  for (let from = 0; nextNumber(s, from, chinese, n); from = n.resume) {
    const nStart = n.start;
    const nEnd = n.end;
    // The marks before the number. A sentence end resets everything: marks before the last
    // one before the number need no reading.
    if (marks.index >= 0 && marks.index < nStart) {
      let b = nStart - 1;
      while (b > marks.index && !isSentenceEndCode(s.charCodeAt(b))) b--;
      if (b > marks.index) marks.restartAt(b);
    }
    for (; marks.index >= 0 && marks.index < nStart; marks.next()) {
      let qual: string | null = null;
      switch (marks.kind) {
        case SENT:
          sentenceStart = marks.index + 1;
          if (quals.length > 0) {
            quals = [];
            qualsCopy = null;
          }
          qualSet = null;
          scopes.length = 0;
          resp = growth = false;
          rates = NO_RATES;
          depth = titleDepth = 0; // an unclosed bracket or 《 does not run on
          break;
        case CLAUSE:
          resp = growth = false;
          rates = NO_RATES;
          break;
        case OPEN:
          depth++;
          break;
        case CLOSE:
          depth = Math.max(0, depth - 1);
          while (scopes.length > 0 && scopes[scopes.length - 1].depth > depth) scopes.pop();
          break;
        case TITLE_OPEN:
          titleDepth++;
          break;
        case TITLE_CLOSE:
          titleDepth = Math.max(0, titleDepth - 1);
          break;
        default:
          // Words inside a 《title》 say nothing about the figures around it.
          if (titleDepth > 0) break;
          if (marks.kind === QIZHONG) {
            while (scopes.length > 0 && scopes[scopes.length - 1].depth >= depth) scopes.pop();
            scopes.push({ at: marks.index, depth });
          } else if (marks.kind === RESPECTIVELY) {
            resp = true;
          } else if (marks.kind === RATE) {
            if (rates === NO_RATES) rates = [];
            rates.push(marks.text);
            if (marks.text.charCodeAt(0) === code('增')) growth = true; // 增长率, 增速
          } else if (marks.kind === GROWTH) {
            growth = true;
            if (COMPARATIVE_QUALIFIERS.has(marks.text)) qual = marks.text;
          } else {
            qual = marks.text;
          }
      }
      if (qual !== null) {
        qualSet ??= new Set();
        if (!qualSet.has(qual)) {
          qualSet.add(qual);
          quals.push(qual);
          qualsCopy = null;
        }
      }
    }

    if (titleDepth > 0) continue;
    const read = readUnit(s, nStart, nEnd, n.approx);
    if (!read) continue;
    const { numStart, unit, end } = read;
    let approx = read.approx;
    if (approxBefore(s, numStart)) approx = true;
    const before = s.charCodeAt(numStart - 1);
    const next = s.charCodeAt(end);
    if (isRangeMark(before) || isRangeMark(next)) approx = true;
    if ((before === ZHI || before === DAO) && numStart >= 2 && (isDigit(s[numStart - 2]) || matchUnit(s, numStart - 2) !== null)) approx = true;
    if ((next === ZHI || next === DAO) && isDigit(s[end + 1])) approx = true;

    const { rawLabel, labelCut } = labelBefore(s, numStart);
    let ae = end;
    while (ae < s.length && ae - end < MAX_AFTER && isLabelCode(s.charCodeAt(ae))) ae++;
    let after = s.slice(end, ae);
    // The words are label characters: after starts with one exactly when the text does.
    if (approxAfter(s, end)) {
      approx = true;
      after = '';
    }

    const label = normaliseLabel(rawLabel);
    // A plain four-digit number (no separator, decimals or multiplier): a year.
    const isYear =
      unit.unit === '年' && n.multiplier === 1 && n.decimals === 0 && n.script === 'arabic' && nEnd - nStart === 4 && n.value >= 1900 && n.value <= 2100;
    const kind: FigureKind = unit.unit === '年' ? (isYear ? 'year' : 'other') : unit.kind;
    const partScope = scopes.length > 0 ? scopes[0] : null;
    const innermost = scopes.length > 0 ? scopes[scopes.length - 1] : null;
    const written = text.slice(nStart, end);
    out.push({
      span: { start: offset + nStart, end: offset + end },
      numberSpan: { start: offset + nStart, end: offset + nEnd },
      text: written.includes('*') ? written.replace(/\*/g, '') : written,
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
      qualifiers: (qualsCopy ??= [...quals]),
      sentenceStart: offset + sentenceStart,
      depth,
    });
    rates = NO_RATES;
  }
  return out;
}

/** The number being read (extractFigures does not nest). */
const number = numberRead();

interface UnitRead {
  /** Start of the number including Markdown emphasis stars before it. */
  numStart: number;
  unit: UnitMatch;
  /** End of the unit. */
  end: number;
  /** 余/多 between number and unit. */
  approx: boolean;
}


/** Whether `s` has exactly `stars` stars at `at` (and no more). */
const starsAt = (s: string, at: number, stars: number): boolean => {
  for (let k = 0; k < stars; k++) if (s.charCodeAt(at + k) !== STAR) return false;
  return s.charCodeAt(at + stars) !== STAR;
};

/** The unit after the number [start, end), or null when it is not a figure (no unit, placeholder, ordinal). */
function readUnit(s: string, start: number, numEnd: number, numApprox: boolean): UnitRead | null {
  // Markdown emphasis around a number (**12**件, **12件**) is not a placeholder; stars on one
  // side only (1*件, 20**年) are a half-filled slot.
  const stars = starsBefore(s, start);
  const numStart = start - stars;
  const before = s.charCodeAt(numStart - 1);
  if (before === code('第') || before === 46 || isPlaceholderNeighbour(before)) return null;
  let u = numEnd;
  let closed = stars === 0;
  if (stars > 0 && starsAt(s, u, stars)) {
    u += stars;
    closed = true;
  }
  // Estimates written between the number and the unit: 120余人, 120多人.
  let approx = numApprox;
  const c = s.charCodeAt(u);
  if (c === YU || c === DUO) {
    approx = true;
    u++;
  }
  if (s.charCodeAt(u) === 32) u++;
  if (isPlaceholderNeighbour(s.charCodeAt(u))) return null;
  const unit = matchUnit(s, u);
  if (!unit) return null;
  const end = u + unit.text.length;
  if (!closed && starsAt(s, end, stars)) closed = true;
  const after = s.charCodeAt(end);
  if (!closed || (isPlaceholderNeighbour(after) && after !== STAR)) return null;
  return { numStart, unit, end, approx };
}

/** The CJK run before `numStart`, at most MAX_LABEL long. */
function labelBefore(s: string, numStart: number): { rawLabel: string; labelCut: boolean } {
  let ls = numStart;
  if (s.charCodeAt(ls - 1) === 32) ls--;
  const labelEnd = ls;
  while (ls > 0 && labelEnd - ls < MAX_LABEL && isLabelCode(s.charCodeAt(ls - 1))) ls--;
  // Cut by 、 (宪法、民法典专题学习) or by the bound: it may name only part of the thing.
  const labelCut = s.charCodeAt(ls - 1) === 0x3001 || (labelEnd - ls >= MAX_LABEL && isLabelCode(s.charCodeAt(ls - 1)));
  return { rawLabel: s.slice(ls, labelEnd), labelCut };
}
