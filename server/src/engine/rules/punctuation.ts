// punctuation: GB/T 15834-2011 (标点符号用法) in Chinese text: half-width , . ; : ? ! ( ) next
// to Chinese characters, unpaired or mismatched “ ” 《 》 （ ）, 、 or ， before 等, 顿号 between
// items each in 《》 or “”, punctuation at the end of a heading, and the numbering forms 1、,
// （一）、 and 一. (GB/T 9704-2012 §7.3.3). Linear: fixed, bounded patterns, each tried only near a character it
// needs (text/anchored.ts), and one pass per paragraph for the pairs. Half-width marks are
// reported once per paragraph; style points the standard only discourages are hints.
// Options: allow: string[] (words inside which nothing is flagged).
import { allowedFilter } from '../packs';
import { scanByLine, shiftCandidate } from '../line-scan';
import { Collector, FindingSink, type Candidate } from '../packs/finding-sink';
import { among, type CharPositions, matchesAt, offsetsOf, sticky } from '../text/anchored';
import { groupByUnit, type GroupWording } from '../text/grouped-findings';
import type { Fix, Rule, RuleContext, Span } from '../types';
import { ALLOW_OPTION } from './options';

const STD = 'GB/T 15834-2011《标点符号用法》';
const CJK = '\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff';
const IS_CJK = new RegExp(`[${CJK}]`);

const FULL: Record<string, string> = { ',': '，', ';': '；', ':': '：', '?': '？', '!': '！', '.': '。', '(': '（', ')': '）' };
const NAME: Record<string, string> = { ',': '逗号', ';': '分号', ':': '冒号', '?': '问号', '!': '叹号', '.': '句号', '(': '括号', ')': '括号' };

function del(span: Span, title: string, preferred = true): Fix {
  return { title, edits: [{ ...span, text: '' }], preferred };
}

/** A CJK ideograph (the IS_CJK class), by UTF-16 code. */
const isCjkCode = (c: number): boolean => (c >= 0x3400 && c <= 0x4dbf) || (c >= 0x4e00 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff);

// ---------------------------------------------------------------------------------------------
// Half-width marks in Chinese text

// The mark, and one space typed after it before more Chinese ("等, 不定期" → "等，不定期").
const HALF_MARK = new RegExp(`(?<=[${CJK}”’》）])([,;:?!.])([ \\t]?)(?=[${CJK}“‘《（]|[ \\t]*(?:\\r|\\n|$))`, 'g');
const HALF_PARENS = /\(([^()\r\n]{0,80})\)/g;
const LONE_PAREN = /[()]/g;
const HALF_MARK_AT = sticky(HALF_MARK);
const HALF_PARENS_AT = sticky(HALF_PARENS);
const LONE_PAREN_AT = sticky(LONE_PAREN);
/** What HALF_MARK's lookbehind needs before the mark: a CJK ideograph or ”’》）. */
const afterChinese = (text: string, q: number): boolean => {
  const c = text.charCodeAt(q - 1);
  return isCjkCode(c) || c === 0x201d || c === 0x2019 || c === 0x300b || c === 0xff09;
};

/** Half-width marks and brackets in [from, to): the marks, the bracket pairs, the lone brackets. */
function halfWidth(text: string, from: number, to: number, out: Collector, pairedOut: Collector, loneOut: Collector, positions: CharPositions): void {
  for (const m of matchesAt(HALF_MARK_AT, text, offsetsOf(text, ',;:?!.', 0, afterChinese, from, to, positions))) {
    if (out.full) return;
    const c = m[1];
    const span = { start: m.index, end: m.index + 1 };
    // Between two characters a "." may stand for a period or a middle dot: flag it, but let the writer choose.
    const betweenWords = c === '.' && IS_CJK.test(text[m.index + m[0].length] ?? '');
    const lineEnd = /^[ \t]*(?:\r|\n|$)/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 8));
    out.push({
      message: `中文里应使用全角${NAME[c]}“${FULL[c]}”，不用半角“${c}”（${STD}）。请改为“${FULL[c]}”。`,
      span,
      fixes: [{ title: `改为“${FULL[c]}”`, edits: [{ start: m.index, end: m.index + (lineEnd ? 1 : m[0].length), text: FULL[c] }], preferred: !betweenWords }],
    });
  }
  const paired = new Set<number>();
  for (const m of matchesAt(HALF_PARENS_AT, text, offsetsOf(text, '(', 0, undefined, from, to, positions))) {
    const close = m.index + m[0].length - 1;
    const chinese = IS_CJK.test(m[1]) || IS_CJK.test(text[m.index - 1] ?? '') || IS_CJK.test(text[close + 1] ?? '');
    if (!chinese) continue;
    paired.add(m.index).add(close);
    pairedOut.push({
      message: `中文里应使用全角括号“（）”，不用半角“()”（${STD}）。请改为“（${m[1]}）”。`,
      span: { start: m.index, end: m.index + 1 },
      fixes: [{ title: '改为全角括号“（）”', edits: [{ start: m.index, end: m.index + 1, text: '（' }, { start: close, end: close + 1, text: '）' }], preferred: true }],
    });
  }
  // A lone half-width bracket beside a Chinese character, as in （2021—2025年).
  for (const m of matchesAt(LONE_PAREN_AT, text, offsetsOf(text, '()', 0, undefined, from, to, positions))) {
    if (loneOut.full) return;
    if (paired.has(m.index)) continue;
    const neighbour = m[0] === '(' ? text[m.index + 1] : text[m.index - 1];
    if (!IS_CJK.test(neighbour ?? '')) continue;
    const span = { start: m.index, end: m.index + 1 };
    loneOut.push({
      message: `中文里应使用全角括号“${FULL[m[0]]}”，不用半角“${m[0]}”（${STD}）。请改为“${FULL[m[0]]}”。`,
      span,
      fixes: [{ title: `改为“${FULL[m[0]]}”`, edits: [{ ...span, text: FULL[m[0]] }], preferred: true }],
    });
  }
}

// ---------------------------------------------------------------------------------------------
// Pairs: “ ” 《 》 （ ）, checked inside each paragraph, heading and title.

/** Spans of the text units whose pairs must balance. */
function units(ctx: RuleContext): Span[] {
  const { doc } = ctx;
  const spans: Span[] = doc.paragraphs.map((p) => p.span);
  for (const h of doc.headings) spans.push(h.lineSpan);
  if (doc.title && !(doc.frontMatter && doc.title.span.start === doc.frontMatter.span.start)) spans.push(doc.title.span);
  spans.sort((a, b) => a.start - b.start);
  // A run-in heading shares its line with a paragraph: keep the outer span only.
  const out: Span[] = [];
  for (const s of spans) {
    const last = out[out.length - 1];
    if (last && s.start < last.end) {
      last.end = Math.max(last.end, s.end);
      continue;
    }
    out.push({ ...s });
  }
  return out;
}

/** Whether the text after `end` (past white space) starts with an opening quote: a quotation running on. */
function nextOpensQuote(text: string, end: number): boolean {
  const m = /^\s*/.exec(text.slice(end, end + 200));
  return text[end + (m ? m[0].length : 0)] === '“';
}

/** A ")" right after a list number at the start of its line: 1) 第一项, a) …, 一）… */
function isListNumber(text: string, at: number): boolean {
  // Look back at most 7 characters for the line start (LF or CR alone), not to the start of a
  // long line: lastIndexOf per ")" made a long line quadratic.
  let lineStart = at;
  while (lineStart > 0 && at - lineStart <= 6 && text[lineStart - 1] !== '\n' && text[lineStart - 1] !== '\r') lineStart--;
  return at - lineStart <= 6 && /^[ \t\u3000]*[0-9A-Za-z一二三四五六七八九十]{1,3}$/.test(text.slice(lineStart, at));
}

/** Positions of the paired marks in one unit, by kind; reused from unit to unit. */
const quoteAt: number[] = [];
const titleAt: number[] = [];
const parenAt: number[] = [];

/** One pass over a unit collecting “” 《》 （）() positions, then the three checks in turn. */
function pairs(text: string, unit: Span, out: FindingSink): void {
  quoteAt.length = titleAt.length = parenAt.length = 0;
  for (let i = unit.start; i < unit.end; i++) {
    switch (text.charCodeAt(i)) {
      case 0x201c: // “
      case 0x201d: // ”
        quoteAt.push(i);
        break;
      case 0x300a: // 《
      case 0x300b: // 》
        titleAt.push(i);
        break;
      case 0xff08: // （
      case 0xff09: // ）
      case 0x28: // (
      case 0x29: // )
        parenAt.push(i);
        break;
    }
  }
  if (quoteAt.length > 0) quotes(text, unit, quoteAt, out);
  if (titleAt.length > 0) brackets(text, titleAt, ['《'], ['》'], out);
  if (parenAt.length > 0) brackets(text, parenAt, ['（', '('], ['）', ')'], out);
}

/** “ and ” of a unit, at the positions `at`. */
function quotes(text: string, unit: Span, at: readonly number[], out: FindingSink): void {
  if (at.length % 2 === 0) {
    // An even number: they must alternate “ ” “ ”; a wrong one is certainly the other kind.
    at.forEach((pos, i) => {
      const want = i % 2 === 0 ? '“' : '”';
      if (text[pos] === want) return;
      const span = { start: pos, end: pos + 1 };
      out.push({
        message: `引号方向错误：此处应为${MARK_NAME[want]}（${want}）（${STD}）。请改为${MARK_NAME[want]}。`,
        span,
        fixes: [{ title: `改为${MARK_NAME[want]}（${want}）`, edits: [{ ...span, text: want }], preferred: true }],
      });
    });
    return;
  }
  // An odd number: find the one left without a partner.
  let open = -1;
  for (const pos of at) {
    if (text.charCodeAt(pos) === 0x201c) {
      if (open >= 0) out.push(unpaired(open, '“', '”'));
      open = pos;
    } else if (open >= 0) open = -1;
    else out.push(unpaired(pos, '”', '“'));
  }
  if (open >= 0 && !nextOpensQuote(text, unit.end)) out.push(unpaired(open, '“', '”'));
}

/** Names of paired marks, so messages need not put a quote mark inside quotes. */
const MARK_NAME: Record<string, string> = {
  '“': '前引号', '”': '后引号', '《': '前书名号', '》': '后书名号', '（': '前括号', '）': '后括号', '(': '前括号', ')': '后括号',
};

function unpaired(pos: number, c: string, partner: string): Candidate {
  const where = MARK_NAME[c].startsWith('前') ? '后面缺少' : '前面缺少';
  return {
    message: `${MARK_NAME[c]}（${c}）不配对：${where}对应的${MARK_NAME[partner]}（${partner}）（${STD}）。请补上或删去。`,
    span: { start: pos, end: pos + 1 },
  };
}

/** Opening and closing marks of one kind, at the positions `at` (each one of `open` or `close`). */
function brackets(text: string, at: readonly number[], open: string[], close: string[], out: FindingSink): void {
  const stack: number[] = [];
  for (const i of at) {
    const c = text[i];
    if (open.includes(c)) stack.push(i);
    else if (stack.length > 0) stack.pop();
    else if (!isListNumber(text, i)) out.push(unpaired(i, c, open[0]));
  }
  for (const pos of stack) out.push(unpaired(pos, text[pos], close[0]));
}

// ---------------------------------------------------------------------------------------------
// 、 or ， before 等; 顿号 between quoted or titled items

// “……，等等。” closing a list of clauses is standard (GB/T 15834-2011): 等等 is never flagged after a comma.
const BEFORE_DENG = /、(?=等(?![待候同于级次到]))|[，,](?=等(?:[，。；、]|方面|工作|活动|形式|问题|内容|措施|领域|渠道|方式|手段|途径|单位|部门|事项|项目|多种|一批|各类|各项))/g;
const BETWEEN_MARKED = /(?<=[》”])、(?=[《“])/g;
const BEFORE_DENG_AT = sticky(BEFORE_DENG);
const BETWEEN_MARKED_AT = sticky(BETWEEN_MARKED);

const afterMarked = (text: string, q: number): boolean => {
  const c = text.charCodeAt(q - 1);
  return c === 0x300b || c === 0x201d; // 》”
};

/** 、 or ， before 等, then 顿号 between marked items, in [from, to). */
function beforeDeng(text: string, from: number, to: number, out: Collector, markedOut: Collector, positions: CharPositions): void {
  // Both forms are one mark right before 等.
  for (const m of matchesAt(BEFORE_DENG_AT, text, offsetsOf(text, '等', 1, undefined, from, to, positions))) {
    if (out.full) return;
    const span = { start: m.index, end: m.index + 1 };
    out.push({
      message: `“等”前面不用“${m[0]}”（${STD}）。请删去“${m[0]}”。`,
      span,
      fixes: [del(span, `删去“${m[0]}”`)],
    });
  }
  for (const m of matchesAt(BETWEEN_MARKED_AT, text, offsetsOf(text, '、', 0, afterMarked, from, to, positions))) {
    if (markedOut.full) return;
    const span = { start: m.index, end: m.index + 1 };
    const kind = text[m.index - 1] === '》' ? '书名号' : '引号';
    markedOut.push({
      message: `标有${kind}的并列成分之间通常不用顿号（${STD} 4.5.3.5）。请删去顿号。`,
      span,
      severity: 'hint',
      fixes: [del(span, '删去顿号')],
    });
  }
}

// ---------------------------------------------------------------------------------------------
// Headings: end punctuation and numbering forms

const END_MARKS = /[。，、；：.,;:]/;

/** The heading checks; `numberDots` are the 一. candidates of the whole text (numberDots()), pushed last. */
function headings(ctx: RuleContext, numberDots: readonly Candidate[], out: FindingSink): void {
  const { doc } = ctx;
  const text = doc.prose;
  const usesDot = doc.headings.some((h) => h.style === 'arabic-dot');
  for (const h of doc.headings) {
    if (h.markerSpan) {
      const after = text[h.markerSpan.end];
      if ((h.style === 'cn-paren' || h.style === 'arabic-paren') && (after === '、' || after === '，' || after === '.' || after === '．')) {
        const span = { start: h.markerSpan.end, end: h.markerSpan.end + 1 };
        out.push({
          message: `带括号的序号后面不再加标点：“${text.slice(h.markerSpan.start, span.end)}”应写作“${text.slice(h.markerSpan.start, h.markerSpan.end)}”（${STD}）。请删去“${after}”。`,
          span,
          fixes: [del(span, `删去“${after}”`)],
        });
      }
      // 1、 → 1. (when the document mixes both, heading-sequence already reports it).
      if (h.style === 'arabic-comma' && !usesDot) {
        const mark = text.slice(h.markerSpan.start, h.markerSpan.end);
        const span = { start: h.markerSpan.end - 1, end: h.markerSpan.end };
        out.push({
          message: `阿拉伯数字序号后用下脚点：“${mark}”应写作“${h.number}.”（${STD}；GB/T 9704-2012 7.3.3）。请改为“${h.number}.”。`,
          span,
          severity: 'hint',
          fixes: [{ title: `改为“${h.number}.”`, edits: [{ ...span, text: '.' }], preferred: true }],
        });
      }
    }
    if (h.runIn || h.level >= 3) continue; // 1. and （1） headings are usually run-in sentences
    endPunctuation(text, h.textSpan.end, h.lineSpan.end, '标题', out);
  }
  const t = doc.title;
  if (t && !(doc.frontMatter && t.span.start === doc.frontMatter.span.start)) {
    const lineEnd = t.line + 1 < doc.lineStarts.length ? doc.lineStarts[t.line + 1] : text.length;
    endPunctuation(text, t.span.end, lineEnd, '标题', out);
  }
  for (const c of numberDots) out.push(c);
}

/** 一. / 一． at the start of a line in [from, to): a Chinese numeral takes 、 (一、). */
function numberDots(text: string, from: number, to: number, out: Collector, positions: CharPositions): void {
  for (const m of matchesAt(CN_NUMBER_DOT_AT, text, numberDotStarts(text, from, to, positions))) {
    if (out.full) return;
    const span = { start: m.index + m[0].length - 1, end: m.index + m[0].length };
    out.push({
      message: `汉字数字序号后用顿号：“${m[0].trim()}”应写作“${m[0].trim().slice(0, -1)}、”（${STD}）。请改为“、”。`,
      span,
      fixes: [{ title: '改为“、”', edits: [{ ...span, text: '、' }], preferred: true }],
    });
  }
}

// 一. at the start of a line; tried from the start of the line of each . or ．
const CN_NUMBER_DOT_AT = sticky(/^[ \t\u3000]*[一二三四五六七八九十]{1,3}([.．])(?![0-9０-９])/gm);
const CN_NUMERAL = among('一二三四五六七八九十');
const isLineTerminator = (c: number): boolean => c === 10 || c === 13 || c === 0x2028 || c === 0x2029; // where ^ matches after, with the m flag

/** For each . or ． that may end such a number, the start of its line. */
function numberDotStarts(text: string, from: number, to: number, positions: CharPositions): number[] {
  const out: number[] = [];
  for (const at of offsetsOf(text, '.．', 0, undefined, from, to, positions)) {
    let q = at;
    while (q > 0 && CN_NUMERAL(text.charCodeAt(q - 1))) q--;
    if (q === at) continue;
    while (q > 0 && (text.charCodeAt(q - 1) === 32 || text.charCodeAt(q - 1) === 9 || text.charCodeAt(q - 1) === 0x3000)) q--;
    if (q > 0 && !isLineTerminator(text.charCodeAt(q - 1))) continue;
    if (out.length === 0 || out[out.length - 1] < q) out.push(q);
  }
  return out;
}

function endPunctuation(text: string, from: number, lineEnd: number, what: string, out: FindingSink): void {
  let i = from;
  while (i < lineEnd && (text[i] === ' ' || text[i] === '\t' || text[i] === '\u3000')) i++;
  const start = i;
  while (i < lineEnd && END_MARKS.test(text[i])) i++;
  if (i === start) return;
  // Only punctuation (and a Markdown closing sequence, blanked) may follow.
  if (text.slice(i, lineEnd).trim() !== '') return;
  const span = { start, end: i };
  out.push({
    message: `${what}末尾不用标点“${text.slice(start, i)}”（${STD}）。请删去。`,
    span,
    severity: 'hint',
    fixes: [del(span, `删去末尾的“${text.slice(start, i)}”`)],
  });
}

/** The candidates of the line-local checks in the lines [from, to), one list per check, in the order they are reported. */
function scanPunctuation(text: string, from: number, to: number, positions: CharPositions): Candidate[][] {
  const lists = [0, 1, 2, 3, 4, 5].map(() => new Collector());
  numberDots(text, from, to, lists[0], positions);
  beforeDeng(text, from, to, lists[1], lists[2], positions);
  halfWidth(text, from, to, lists[3], lists[4], lists[5], positions);
  return lists.map((c) => c.items);
}

/** How a paragraph's half-width marks are described (text/grouped-findings.ts). */
function halfWidthWording(text: string): GroupWording {
  const mark = (c: Candidate): string => text[c.span.start];
  return {
    message: (n, summary) => `本段有${n}处半角标点（${summary}）：中文里应使用全角标点（${STD}）。请改为全角，可用快速修复一次改正本段。`,
    paragraphFix: (n) => `把本段的${n}处半角标点改为全角`,
    documentFix: (n) => `把全文的${n}处半角标点改为全角`,
    related: (c) => `半角“${mark(c)}”应为“${FULL[mark(c)]}”`,
    kind: (c) => `“${mark(c)}”`,
  };
}

export const punctuation: Rule = {
  id: 'punctuation',
  description: 'Punctuation against GB/T 15834: half-width marks in Chinese, unpaired quotes/brackets, 、等, ”、“, heading ends, 1、 and （一）、.',
  defaultSeverity: 'warning',
  docs: {
    zh: '标点符号用法（GB/T 15834-2011）。',
    finds: 'GB/T 15834: half-width punctuation between Chinese characters (one finding per paragraph, with a fix for the paragraph and one for the document), unpaired or mismatched “” 《》 （）, 、 or ， before 等, 顿号 between items each in 《》 or “”, punctuation ending a heading, 1、 and （一）、 numbering; “……，等等” is standard and left alone; style points the standard only discourages are hints',
    fix: 'the standard form where it is certain',
  },
  options: { allow: ALLOW_OPTION },
  check(ctx) {
    const text = ctx.doc.prose;
    // The text checks: every match lies in one line and reads one character before it (see line-scan.ts).
    const [dots, deng, marked, marks, parens, lone] = scanByLine(ctx.analysis, {
      stage: 'punctuation',
      scan: (from, to) => scanPunctuation(text, from, to, ctx.analysis.positions),
      start: (c) => c.span.start,
      shift: shiftCandidate,
    });
    const found = new FindingSink();
    headings(ctx, dots, found.section());
    found.section();
    for (const list of [deng, marked]) for (const c of list) found.push(c);
    const allowed = allowedFilter(text, ctx.options.allow);
    const spans = units(ctx);
    found.section();
    // Half-width marks: one finding per paragraph, with a fix for it and one for the document;
    // a "." between two words may be a middle dot, so it stays a finding of its own.
    const half = [...marks, ...parens, ...lone].filter((c) => !allowed(c.span));
    const certain = half.filter((c) => c.fixes?.[0]?.preferred);
    for (const c of groupByUnit(certain, spans, ctx.doc.lineStarts, halfWidthWording(text))) found.push(c);
    for (const c of half) if (!c.fixes?.[0]?.preferred) found.push(c);
    found.section();
    for (const u of spans) {
      if (found.full) break;
      pairs(text, u, found);
    }
    found.flush(ctx.report, (f) => allowed(f.span));
  },
};
