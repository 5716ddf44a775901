// Finding unfilled template slots on the source text. CommonMark would read 建议**件，…事项**项
// as bold text, so emphasis is told apart here by its own shape, not by markdown-it's tokens;
// in plain text (format 'text') `*…*` and `_…_` are never emphasis.
import type { DocumentFormat, Span } from '../types';
import { among, CharPositions, charTable, matchesAt, offsetsOf, sticky, windowsBefore } from './anchored';

/** Characters that follow a number: measure words, units, multipliers, date parts. */
const AFTER_NUMBER = new Set(
  '次件项户人名个场家起条元万亿千百%％‰倍天年月日期批所处套台辆本份篇部宗例座间亩米吨号届轮页位支只组队岁元角分股'.split(''),
);
/** Also after a figure slot: 余次 / 多家 (approximations), 公里 / 平方米 / 小时 / 周 / 季度. */
const AFTER_FIGURE = new Set([...AFTER_NUMBER, ...'余多公平立小周季'.split('')]);
/** What follows a name slot (*区, *街道, X县, ×××同志): the kind of place, body or person named. */
const NAME_SUFFIX = '区县市省州镇乡村街社局委办厅科站院校司厂园馆';
const AFTER_NAME = new Set(NAME_SUFFIX.split(''));
/** A slot's next characters show a name (*街道) or a figure (*次, *余次) is missing: for messages. */
export const NAME_AFTER = new RegExp(`^(?:[${NAME_SUFFIX}]|同志)`);
export const FIGURE_AFTER = new RegExp(`^[${[...AFTER_FIGURE].join('')}]`);
/**
 * Common surnames: 王某某, 张××, 李** are names masked on purpose (published case summaries),
 * not slots. Characters that are also common words (于, 向, 万, 高, 方…) are left out.
 */
const SURNAME = charTable('王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗郑梁谢宋唐许韩冯邓曹彭曾肖董袁潘蒋蔡杜叶苏魏吕丁沈姚卢姜崔钟谭陆汪廖贾夏韦邹孟熊秦邱尹薛闫雷侯陶黎贺顾毛郝龚邵钱覃戴孔汤');
/** How far to look for an emphasis closer; bounded so long lines stay linear. */
const LOOKAHEAD = 200;
const ALNUM = /[A-Za-z0-9]/;
const LETTER = /[A-Za-zＡ-Ｚａ-ｚ]/;
const DIGIT = /[0-9０-９]/;
/** Punctuation inside a pair of marks that shows they are two slots, not emphasis. */
const CLAUSE_MARK = /[，。；、：,;:！？!?\s]/;
/** What may follow a footnote mark (数据*。 / 预计数*，), and what may stand right before one. */
const AFTER_FOOTNOTE = /[，。；、：,.;:！？!?）)\s]/;
const BEFORE_FOOTNOTE = /[\u3400-\u9fff\uf900-\ufaff）)”》%％]/;

const isSlotOpen = among('【［[（(');
const FIGURE_UNITS = [...AFTER_FIGURE].join('').replace(/[%％‰]/g, '');

/** The other slot shapes, each with where a match can start (see text/anchored.ts). */
const OTHER_SLOTS: { re: RegExp; starts: (prose: string, from: number, to: number, positions?: CharPositions) => number[]; masks?: boolean }[] = [
  // XX镇, 20XX年, XX.X亿元: a run starts at an X.
  { re: /(?<![A-Za-z])(?:[Xx]{2,}|[Ｘｘ]{2,})(?:[.．][Xx]{1,3}(?![A-Za-z]))?(?![A-Za-z])/g, starts: (p, from, to, positions) => offsetsOf(p, 'XxＸｘ', 0, undefined, from, to, positions), masks: true },
  // A single X beside a figure or before a unit or a name: 21.X%, 20X1年, X112元, X00万元, X个月, X.X亿元, X县.
  {
    re: new RegExp(
      `(?<![A-Za-zＡ-Ｚａ-ｚ])[XＸ](?:[.．][XＸ](?![A-Za-zＡ-Ｚａ-ｚ]))?(?![A-Za-zＡ-Ｚａ-ｚ])(?:(?<=[0-9０-９][.．]?[XＸ](?:[.．][XＸ])?)|(?=[0-9０-９]{0,6}(?:[.．][0-9０-９]{1,4})?(?:[%％‰${FIGURE_UNITS}]))|(?=[${NAME_SUFFIX}]))`,
      'g',
    ),
    starts: (p, from, to, positions) => offsetsOf(p, 'XＸ', 0, undefined, from, to, positions),
    masks: true,
  },
  // ×××同志
  { re: /×{2,}/g, starts: (p, from, to, positions) => offsetsOf(p, '×', 0, undefined, from, to, positions), masks: true },
  // 某某镇
  { re: /某{2,}/g, starts: (p, from, to, positions) => offsetsOf(p, '某', 0, undefined, from, to, positions), masks: true },
  // 〇〇镇, but not 二〇〇八年
  { re: /(?<![零一二三四五六七八九十百千万〇○])[〇○◯]{2,}(?![零一二三四五六七八九十百千万〇○])/g, starts: (p, from, to, positions) => offsetsOf(p, '〇○◯', 0, undefined, from, to, positions) },
  // 【待补充】: the bracket opens at most 13 characters before the word (待…, 此处填写, 请填写, TODO, TBD).
  {
    re: /[【［\[（(][^】］\]）)\r\n]{0,12}(?:待补充|待填写|待填报|待定|待核实|待更新|待完善|此处填写|请填写|TODO|TBD)[^】］\]）)\r\n]{0,12}[】］\]）)]/g,
    starts: (p, from, to) => {
      const out = new Set<number>();
      for (const word of ['待', '此处填写', '请填写', 'TODO', 'TBD']) for (const q of windowsBefore(p, word, 1, 13, isSlotOpen, from, to)) out.add(q);
      return [...out].sort((a, b) => a - b);
    },
  },
  { re: /(?<![A-Za-z])(?:TODO|TBD|FIXME)(?![A-Za-z])/g, starts: (p, from, to, positions) => offsetsOf(p, 'TF', 0, undefined, from, to, positions) },
];
const OTHER_SLOTS_AT = OTHER_SLOTS.map(({ re, starts, masks }) => ({ re: sticky(re), starts, masks: masks === true }));

export function findPlaceholders(prose: string, format: DocumentFormat = 'markdown'): Span[] {
  return findPlaceholdersIn(prose, 0, prose.length, format);
}

/**
 * The slots that start in [from, to), whole lines of `prose` (a slot never spans a line break).
 * `positions`: the analysis's character positions (text/anchored.ts), shared with other scans.
 */
export function findPlaceholdersIn(prose: string, from: number, to: number, format: DocumentFormat = 'markdown', positions?: CharPositions): Span[] {
  const known = positions ?? new CharPositions();
  const found: Span[] = [...delimiterSlots(prose, /[*＊]+/g, from, to, format), ...delimiterSlots(prose, /[_＿]+/g, from, to, format)];
  for (const { re, starts, masks } of OTHER_SLOTS_AT) {
    for (const m of matchesAt(re, prose, starts(prose, from, to, known))) {
      const span = { start: m.index, end: m.index + m[0].length };
      if (masks && maskedName(prose, span)) continue;
      found.push(span);
    }
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

/**
 * 王某某, 张××, 李** — a surname and a mask, not followed by what a figure or a place takes: a
 * person's name withheld on purpose (张××同志 and 王**件 are still slots).
 */
function maskedName(prose: string, s: Span): boolean {
  if (SURNAME[prose.charCodeAt(s.start - 1)] !== 1) return false;
  const after = prose[s.end] ?? '\n';
  return !AFTER_FIGURE.has(after) && !AFTER_NAME.has(after) && !DIGIT.test(after) && after !== '同';
}

/** Offset of the first CR or LF at or after `from` (a CR alone ends a line too), or the text's length. */
function lineEndFrom(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) return i;
  }
  return text.length;
}

interface Run extends Span {
  /** Part of a Markdown emphasis pair (**重点**). */
  emphasis: boolean;
}

/**
 * Runs of '*' or '_' that stand for a figure or a name (“**件”, “*次，”, “20__年”, “*街道”,
 * “*余次”, “近_公里”, “***”), told from bullets, rules, snake_case, a*b, footnote marks (数据*。)
 * and, in Markdown, emphasis (“**重点**”), all within one line.
 */
function delimiterSlots(prose: string, re: RegExp, from: number, to: number, format: DocumentFormat): Span[] {
  const out: Span[] = [];
  const star = re.source.includes('*');
  let line: Run[] = [];
  let lineEnd = -1;
  const flush = () => {
    if (format === 'markdown') pairEmphasis(prose, line, lineEnd);
    for (const r of line) if (!r.emphasis && isSlot(prose, r, star, format)) out.push({ start: r.start, end: r.end });
    line = [];
  };
  re.lastIndex = from;
  for (let m = re.exec(prose); m && m.index < to; m = re.exec(prose)) {
    const s = m.index;
    const e = s + m[0].length;
    if (s > lineEnd) {
      flush();
      lineEnd = lineEndFrom(prose, e);
    }
    const before = prose[s - 1] ?? '\n';
    const after = prose[e] ?? '\n';
    if (/\s/.test(after) && /\s/.test(before)) continue; // a bullet, a rule or a lone mark
    if (ALNUM.test(before) && ALNUM.test(after) && !DIGIT.test(before)) continue; // snake_case, a*b
    if (!star && (LETTER.test(before) || LETTER.test(after))) continue; // file_name, __init__
    line.push({ start: s, end: e, emphasis: false });
  }
  flush();
  return out;
}

/**
 * Marks the Markdown emphasis pairs among one line's runs: an opener and the next run of the same
 * length, with no clause punctuation between them, not both followed by what follows a slot
 * (“**件数**和” is emphasis, “建议**件，…事项**项” and “*街道办理*件” are two slots), the opener
 * not after a digit.
 */
function pairEmphasis(prose: string, runs: Run[], lineEnd: number): void {
  for (let i = 0; i < runs.length; i++) {
    const open = runs[i];
    if (open.emphasis || /\s/.test(prose[open.end] ?? '\n') || DIGIT.test(prose[open.start - 1] ?? '')) continue;
    const len = open.end - open.start;
    const limit = Math.min(lineEnd, open.end + LOOKAHEAD);
    for (let j = i + 1; j < runs.length && runs[j].start < limit; j++) {
      const close = runs[j];
      if (close.end - close.start !== len || close.emphasis) continue;
      const inner = prose.slice(open.end, close.start);
      // “*街道办理*件”, “建议**件，…事项**项”: after a slot shape, a closer followed by a unit or
      // with clause punctuation inside makes two slots; any other pair is emphasis
      // (“**平台建设与管理：优化……。**” from a Word document's bold).
      const next = prose[close.end] ?? '';
      const slotShaped = slotAfterAt(prose, open.end) && (AFTER_NUMBER.has(next) || AFTER_NAME.has(next) || CLAUSE_MARK.test(inner));
      if (inner.length > 0 && !/\s/.test(prose[close.start - 1]) && !slotShaped) {
        open.emphasis = close.emphasis = true;
      }
      break; // only the first run of the same length may close it
    }
  }
}

/** Whether what stands at `i` may follow a slot: a unit (公/平/立/小 only as 公里, 平方米, 立方米, 小时), 余 / 多, or what ends a name (区, 街道, 镇…). */
function slotAfterAt(prose: string, i: number): boolean {
  const c = prose[i] ?? '';
  if ('公平立小'.includes(c)) return /^(?:公[里顷斤]|平方|立方|小时)/.test(prose.slice(i, i + 2));
  return AFTER_FIGURE.has(c) || AFTER_NAME.has(c);
}

/** Whether a run left over from emphasis pairing is a slot. */
function isSlot(prose: string, r: Span, star: boolean, format: DocumentFormat): boolean {
  const before = prose[r.start - 1] ?? '\n';
  const after = prose[r.end] ?? '\n';
  const len = r.end - r.start;
  if (star && len === 1 && footnote(prose, r, before, after)) return false;
  if (maskedName(prose, r)) return false;
  if (DIGIT.test(before) || slotAfterAt(prose, r.end)) return true;
  // In plain text every other run is a slot; in Markdown an unclosed one-or-two-mark run may be
  // emphasis whose closer the writer has not typed yet, a longer one (***) is a slot.
  return format === 'text' || len >= 3;
}

/** 数据*。 / 预计数*， / 带*号的 / a line opening “*注：…” or “*为预计数”: a footnote mark, not a slot. */
function footnote(prose: string, r: Span, before: string, after: string): boolean {
  if (BEFORE_FOOTNOTE.test(before) && (AFTER_FOOTNOTE.test(after) || r.end >= prose.length)) return true;
  if (/[带标加打]/.test(before) && /[号者的]/.test(after)) return true; // the mark named: 带*号的为预计数
  const atLineStart = before === '\n' || before === '\r' || r.start === 0;
  return atLineStart && /^[注为系含指]/.test(prose.slice(r.end, r.end + 1));
}
