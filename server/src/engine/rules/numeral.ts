// numeral: numbers written against GB/T 15835-2011 (出版物上数字用法): short years (22年), dates
// as 2022.8.26 or 2022、8、26, ranges without both units (5～10万人) or with a hyphen (3-5年),
// 0/零 in Chinese-numeral years (二0二二年), 顿号 in adjacent-number estimates (三、四次),
// contradictory approximations (近100多人, 至少…以上), 减少/降低…倍, and named dates (12.4国家宪法日).
// Every pattern has bounded quantifiers and is tried only near a character it needs (see
// text/anchored.ts), so each check is linear and most of a report is never matched against.
// Options: allow: string[] (words inside which nothing is flagged).
import { allowedFilter } from '../packs';
import { Collector, FindingSink, type Candidate } from '../packs/finding-sink';
import { scanByLine, shiftCandidate } from '../line-scan';
import { among, type CharPositions, charTable, matchesAt, offsetsOf, sticky, windowsBefore, windowsBeforeAny } from '../text/anchored';
import type { Fix, Rule, RuleContext, Span } from '../types';
import { ALLOW_OPTION } from './options';

const D = '[0-9０-９]';
const ARABIC = `${D}{1,12}(?:[.．]${D}{1,6})?`;
const CN_NUM = '[一二两三四五六七八九十百千万亿〇零]{1,10}';
const NUM = `(?:${ARABIC}|${CN_NUM})`;
/** What may stand between a number and 以上/左右: a measure word or a short noun (人, 家企业). */
const UNIT = '[^\\s，。；、：:！？!?,;0-9０-９“”《》（）()]{0,4}?';
const STD = 'GB/T 15835-2011《出版物上数字用法》';

const half = (s: string): string => s.replace(/[０-９．]/g, (c) => (c === '．' ? '.' : String.fromCharCode(c.charCodeAt(0) - 0xfee0)));

function del(span: Span, title: string, preferred = false): Fix {
  return { title, edits: [{ ...span, text: '' }], preferred };
}

function replace(span: Span, text: string, preferred = true): Fix {
  return { title: `改为“${text}”`, edits: [{ ...span, text }], preferred };
}

const isDigitCode = (c: number): boolean => (c >= 48 && c <= 57) || (c >= 0xff10 && c <= 0xff19);

// 22年度 / 22年以来 / 22年上半年 / 22年8月: a year written with two digits.
const SHORT_YEAR = new RegExp(`(?<![0-9０-９.．A-Za-z第近满前后这那每])(${D}{2})年(?=度|以来|上半年|下半年|初|底|末|${D}{1,2}月)`, 'g');

const SHORT_YEAR_AT = sticky(SHORT_YEAR);
const twoDigits = (text: string, q: number): boolean => isDigitCode(text.charCodeAt(q)) && isDigitCode(text.charCodeAt(q + 1));

function shortYears(text: string, year: number | null, from: number, to: number, out: Collector, positions: CharPositions): void {
  for (const m of matchesAt(SHORT_YEAR_AT, text, offsetsOf(text, '年', 2, twoDigits, from, to, positions))) {
    if (out.full) return;
    const yy = Number(half(m[1]));
    // The century that puts the year nearest the report's year (at most a year ahead of it).
    const ref = year ?? 2000 + 49;
    let full = Math.floor(ref / 100) * 100 + yy;
    if (full > ref + 1) full -= 100;
    const span = { start: m.index, end: m.index + 2 };
    out.push({
      message: `年份不能简写：“${m[1]}年”应写作“${full}年”（${STD}）。请写出完整的四位年份。`,
      span,
      fixes: [replace(span, String(full))],
    });
  }
}

// 2022.8.26 / 2022、8、26 / 2022/8/26 (2022-8-26 is allowed by the standard).
const DOTTED_DATE = new RegExp(`(?<![0-9０-９.．、/A-Za-z])((?:19|20)${D}{2})([.．、/])(${D}{1,2})\\2(${D}{1,2})(日?)(?![0-9０-９]|[.．/][0-9])`, 'g');

const DOTTED_DATE_AT = sticky(DOTTED_DATE);
/** 19 or 20 (ASCII), then two digits. */
const centuryDigits = (text: string, q: number): boolean => {
  const a = text.charCodeAt(q);
  const b = text.charCodeAt(q + 1);
  return ((a === 49 && b === 57) || (a === 50 && b === 48)) && isDigitCode(text.charCodeAt(q + 2)) && isDigitCode(text.charCodeAt(q + 3));
};

function dottedDates(text: string, from: number, to: number, out: Collector, positions: CharPositions): void {
  // The separator after the four-digit year.
  for (const m of matchesAt(DOTTED_DATE_AT, text, offsetsOf(text, '.．、/', 4, centuryDigits, from, to, positions))) {
    if (out.full) return;
    const month = Number(half(m[3]));
    const day = Number(half(m[4]));
    if (month < 1 || month > 12 || day < 1 || day > 31) continue;
    const right = `${half(m[1])}年${month}月${day}日`;
    const span = { start: m.index, end: m.index + m[0].length };
    out.push({
      message: `日期不能写成“${m[0]}”：应写作“${right}”（${STD}）。请用“年月日”写出日期。`,
      span,
      fixes: [replace(span, right)],
    });
  }
}

// 4-6% / 5～10万人 / 3-5年 / 2021-2025年: a range whose first number lacks the unit, or joined by a hyphen.
const RANGE = new RegExp(
  `(?<![0-9０-９.．\\-－–~～—A-Za-z/])(${ARABIC})(%|％|‰|万|亿)?([-－–~～]|—{1,2})(${ARABIC})(%|％|‰|万亿|万|亿)?(?![0-9０-９]|[-－–][0-9])`,
  'g',
);
const HYPHENS = new Set(['-', '－', '–', '~']);
const CJK = /[\u3400-\u9fff]/;

const RANGE_AT = sticky(RANGE);
const CONNECTORS = '-－–~～—';

const isDigitAt = (text: string, q: number): boolean => isDigitCode(text.charCodeAt(q));

function ranges(text: string, from: number, to: number, out: Collector, positions: CharPositions): void {
  // A connector after the first number (at most 19 characters) and its unit (one).
  for (const m of matchesAt(RANGE_AT, text, windowsBeforeAny(text, CONNECTORS, 20, isDigitAt, from, to, positions))) {
    if (out.full) return;
    const [, a, unitA, conn, b, unitB] = m;
    const end = m.index + m[0].length;
    const after = text[end] ?? '';
    // A range is followed by its unit (年, 人, %): that keeps phone numbers and codes out.
    if (!unitB && !CJK.test(after)) continue;
    // Standard numbers (GB/T 15835-2011) and codes: a letter just before.
    if (/[A-Za-z][A-Za-z/]*\s?$/.test(text.slice(Math.max(0, m.index - 8), m.index))) continue;
    const na = Number(half(a));
    const nb = Number(half(b));
    if (!(na < nb)) continue;
    const wrongConn = HYPHENS.has(conn);
    const missingUnit = !!unitB && !unitA && /^(%|％|‰|万|亿|万亿)$/.test(unitB);
    if (!wrongConn && !missingUnit) continue;
    if (unitA && unitB && unitA !== unitB) continue;
    const years = /^(19|20)\d\d$/.test(half(a)) && /^(19|20)\d\d$/.test(half(b)) && after === '年';
    const connector = wrongConn ? (years ? '—' : '～') : conn;
    const right = `${a}${unitA ?? unitB ?? ''}${connector}${b}${unitB ?? ''}`;
    const span = { start: m.index, end };
    const what = missingUnit
      ? `数值范围的两个数都要带上“${unitB}”，不能只写在后一个数上`
      : '数值范围用浪纹线“～”或一字线“—”连接，不用短横线“-”';
    out.push({ message: `${what}：“${m[0]}”应写作“${right}”（${STD}）。请改为“${right}”。`, span, fixes: [replace(span, right)] });
  }
}

// 二0二二年 / 二零二二年 / 二○二二年: a Chinese-numeral year with a wrong zero.
const CN_YEAR = /(?<![一二三四五六七八九十百千万〇○◯零0OoΟ])([一二三四五六七八九〇○◯零0OoΟ]{4})(?=年)/g;

const CN_YEAR_AT = sticky(CN_YEAR);
const YEAR_DIGIT = charTable('一二三四五六七八九〇○◯零0OoΟ');
const yearDigits = (text: string, q: number): boolean =>
  YEAR_DIGIT[text.charCodeAt(q)] === 1 && YEAR_DIGIT[text.charCodeAt(q + 1)] === 1 && YEAR_DIGIT[text.charCodeAt(q + 2)] === 1 && YEAR_DIGIT[text.charCodeAt(q + 3)] === 1;

function chineseYears(text: string, from: number, to: number, out: Collector, positions: CharPositions): void {
  for (const m of matchesAt(CN_YEAR_AT, text, offsetsOf(text, '年', 4, yearDigits, from, to, positions))) {
    if (out.full) return;
    const digits = m[1];
    const real = [...digits].filter((c) => '一二三四五六七八九'.includes(c)).length;
    if (real < 2 || !/[○◯零0OoΟ]/.test(digits)) continue;
    const right = digits.replace(/[○◯零0OoΟ]/g, '〇');
    const span = { start: m.index, end: m.index + 4 };
    out.push({
      message: `汉字数字年份中的零应写作“〇”：“${digits}年”应为“${right}年”（${STD}：编号用“〇”）。请改为“${right}”。`,
      span,
      fixes: [replace(span, right)],
    });
  }
}

// 三、四次: adjacent numbers as an estimate take no 顿号 (三四次). Units that name an item in a
// list (三、四季度, 一、二级, 三、四月) are enumerations, not estimates, and are left alone.
const ESTIMATE = /(?<![一二三四五六七八九十百千万〇零两第、])([一两二三四五六七八九])、([二三四五六七八九十])(?=[次个件人名天遍倍岁家场条位户种批万千百十轮趟])/g;
const CN_VALUE: Record<string, number> = { 一: 1, 两: 2, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };

/**
 * Whether only spaces stand between `at` and the start of its line (CR alone ends a line too).
 * Walks back over the spaces only, so a long line costs nothing per match.
 */
function atLineStart(text: string, at: number): boolean {
  let i = at;
  while (i > 0 && text[i - 1] !== '\n' && text[i - 1] !== '\r' && /\s/.test(text[i - 1])) i--;
  return i === 0 || text[i - 1] === '\n' || text[i - 1] === '\r';
}

const ESTIMATE_AT = sticky(ESTIMATE);
const FIRST_OF_TWO = charTable('一两二三四五六七八九');
const SECOND_OF_TWO = charTable('二三四五六七八九十');
const adjacentDigits = (text: string, q: number): boolean => FIRST_OF_TWO[text.charCodeAt(q)] === 1 && SECOND_OF_TWO[text.charCodeAt(q + 2)] === 1;

function estimates(text: string, from: number, to: number, out: Collector, positions: CharPositions): void {
  for (const m of matchesAt(ESTIMATE_AT, text, offsetsOf(text, '、', 1, adjacentDigits, from, to, positions))) {
    if (out.full) return;
    if (CN_VALUE[m[2]] !== CN_VALUE[m[1]] + 1) continue;
    // At the start of a line, "三、" is a heading number: 三、四个方面…
    if (atLineStart(text, m.index)) continue;
    const comma = { start: m.index + 1, end: m.index + 2 };
    out.push({
      message: `相邻的两个数字连用表示概数，中间不用顿号：“${m[0]}”应写作“${m[1]}${m[2]}”（${STD}、GB/T 15834-2011）。请删去顿号。`,
      span: { start: m.index, end: m.index + 3 },
      fixes: [del(comma, '删去顿号', true)],
    });
  }
}

// 近100多人 / 将近千余人 / 不到10人左右 / 至少3次以上 / 超过100家以上.
const NEAR_MORE = new RegExp(`(将近|接近|(?<![附最邻靠临就亲远贴逼接将走])近)(${NUM}[万千百十亿]?)(多|余)(?!年|个月|月|天|日|周|星期|届|期|岁)`, 'g');
const UNDER_ABOUT = new RegExp(`(不到|不足)(${NUM})(${UNIT})左右`, 'g');
const OVER_ABOVE = new RegExp(`(至少|最少|起码|超过|多于|高于|大于|超出)(${NUM})(${UNIT})以上`, 'g');

const NEAR_MORE_AT = sticky(NEAR_MORE);
// The first characters of each pattern's leading words.
const NEAR_FIRST = among('将接近');
const UNDER_FIRST = among('不');
const OVER_FIRST = among('至最起超多高大');
const UNDER_ABOUT_AT = sticky(UNDER_ABOUT);
const OVER_ABOVE_AT = sticky(OVER_ABOVE);

function approximations(text: string, from: number, to: number, out: Collector): void {
  // 将近/接近 start one character before their 近.
  for (const m of matchesAt(NEAR_MORE_AT, text, windowsBefore(text, '近', 0, 1, NEAR_FIRST, from, to))) {
    if (out.full) return;
    const head = { start: m.index, end: m.index + m[1].length };
    const tailStart = m.index + m[0].length - m[3].length;
    const tail = { start: tailStart, end: tailStart + m[3].length };
    out.push({
      message: `“${m[1]}”与“${m[3]}”同时使用，意思矛盾（${m[1]}表示不到，${m[3]}表示超过）：请删去其中一个，如“${m[2]}${m[3]}”或“${m[1]}${m[2]}”。`,
      span: { start: m.index, end: m.index + m[0].length },
      fixes: [del(head, `删去“${m[1]}”`), del(tail, `删去“${m[3]}”`)],
    });
  }
  // 不到/不足, a number (at most 19 characters) and a unit (at most 4), then 左右.
  for (const m of matchesAt(UNDER_ABOUT_AT, text, windowsBefore(text, '左右', 3, 25, UNDER_FIRST, from, to))) {
    if (out.full) return;
    const head = { start: m.index, end: m.index + m[1].length };
    const tail = { start: m.index + m[0].length - 2, end: m.index + m[0].length };
    out.push({
      message: `“${m[1]}”与“左右”同时使用，意思矛盾：请删去其中一个，如“${m[1]}${m[2]}${m[3]}”或“${m[2]}${m[3]}左右”。`,
      span: { start: m.index, end: m.index + m[0].length },
      fixes: [del(tail, '删去“左右”'), del(head, `删去“${m[1]}”`)],
    });
  }
  for (const m of matchesAt(OVER_ABOVE_AT, text, windowsBefore(text, '以上', 3, 25, OVER_FIRST, from, to))) {
    if (out.full) return;
    const tail = { start: m.index + m[0].length - 2, end: m.index + m[0].length };
    const head = { start: m.index, end: m.index + m[1].length };
    out.push({
      message: `“${m[1]}”与“以上”语义重复：请删去“以上”，写作“${m[1]}${m[2]}${m[3]}”（或删去“${m[1]}”）。`,
      span: { start: m.index, end: m.index + m[0].length },
      fixes: [del(tail, '删去“以上”', true), del(head, `删去“${m[1]}”`)],
    });
  }
}

// 减少/降低 N 倍: a decrease cannot be a multiple.
const DECREASE_TIMES = new RegExp(`(减少|降低|下降|缩小|减小|缩减)了?(${NUM})倍`, 'g');

const DECREASE_TIMES_AT = sticky(DECREASE_TIMES);
const DECREASE_FIRST = among('减降下缩');

function decreaseTimes(text: string, from: number, to: number, out: Collector): void {
  // The verb (2), 了 (0–1) and a number (at most 19) before 倍.
  for (const m of matchesAt(DECREASE_TIMES_AT, text, windowsBefore(text, '倍', 3, 22, DECREASE_FIRST, from, to))) {
    if (out.full) return;
    out.push({
      message: `“${m[1]}”不能与“倍”连用（减少一倍就是减为零）：请改用百分数或分数，如“${m[1]}50%”或“${m[1]}到原来的二分之一”。`,
      span: { start: m.index, end: m.index + m[0].length },
    });
  }
}

// 12.4国家宪法日 → “12·4”国家宪法日: a named date takes a middle dot and quotes.
const NAMED_DAYS = '国家宪法日|宪法日|宪法宣传周|全民国家安全教育日|国家安全教育日|国际禁毒日|全国防灾减灾日|国际消费者权益日|消费者权益日|全国法制宣传日';
const NAMED_DATE = new RegExp(`([“"‘']?)(?<![0-9０-９.．])(1[0-2]|[1-9])([.．·・•])(3[01]|[12][0-9]|[1-9])(?![0-9０-９])([”"’']?)(?=${NAMED_DAYS})`, 'g');

const NAMED_DATE_AT = sticky(NAMED_DATE);
// “7.23”、“8.9” (a flood, an accident named by its day) and 7.20特大暴雨: a month and a day alone in
// quotes, or before the kind of event, name a day too. A version (“2.0”) has no day 0.
const EVENTS = '特大|重大|事故|暴雨|洪水|洪灾|地震|专案|火灾';
const QUOTED_DATE = new RegExp(
  `(?:([“"])(?<![0-9０-９.．])(1[0-2]|[1-9])([.．])(3[01]|[12][0-9]|[1-9])([”"])|()(?<![0-9０-９.．])(1[0-2]|[1-9])([.．])(3[01]|[12][0-9]|[1-9])(?![0-9０-９])()(?=${EVENTS}))`,
  'g',
);
const QUOTED_DATE_AT = sticky(QUOTED_DATE);

const anywhere = (): boolean => true;

function namedDates(text: string, from: number, to: number, out: Collector, positions: CharPositions): void {
  // An optional quote and the month (1–2) before the separator.
  for (const m of matchesAt(NAMED_DATE_AT, text, windowsBeforeAny(text, '.．·・•', 3, anywhere, from, to, positions))) {
    if (out.full) return;
    const [, open, month, sep, day, close] = m;
    if (open === '“' && close === '”' && sep === '·') continue;
    pushNamedDate(text, m, month, day, out);
  }
  for (const m of matchesAt(QUOTED_DATE_AT, text, windowsBeforeAny(text, '.．', 3, anywhere, from, to, positions))) {
    if (out.full) return;
    const month = m[2] ?? m[7];
    const day = m[4] ?? m[9];
    pushNamedDate(text, m, month, day, out, false);
  }
}

/** A named date written with a dot (12.4国家宪法日, “7.23”): the fix writes “12·4”. */
function pushNamedDate(text: string, m: RegExpExecArray, month: string, day: string, out: Collector, named = true): void {
  const right = `“${month}·${day}”`;
  // The day's name (国家宪法日) is quoted in the message; an event's description is not.
  const name = named ? (/^[\u4e00-\u9fff]+/.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 12))?.[0] ?? '') : '';
  const span = { start: m.index, end: m.index + m[0].length };
  out.push({
    message: `含月日的专名要用间隔号“·”分开月、日，并给数字加引号：${m[0]}${name} 应写作 ${right}${name}（${STD}）。请改为 ${right}。`,
    span,
    fixes: [{ title: `改为 ${right}`, edits: [{ ...span, text: right }], preferred: true }],
  });
}

/** The candidates of each check in the lines [from, to), each list at most MAX_FINDINGS_PER_RULE long. */
function scanNumerals(text: string, year: number | null, from: number, to: number, positions: CharPositions): Candidate[][] {
  const lists = [0, 1, 2, 3, 4, 5, 6, 7].map(() => new Collector());
  shortYears(text, year, from, to, lists[0], positions);
  dottedDates(text, from, to, lists[1], positions);
  ranges(text, from, to, lists[2], positions);
  chineseYears(text, from, to, lists[3], positions);
  estimates(text, from, to, lists[4], positions);
  approximations(text, from, to, lists[5]);
  decreaseTimes(text, from, to, lists[6]);
  namedDates(text, from, to, lists[7], positions);
  return lists.map((c) => c.items);
}

export const numeral: Rule = {
  id: 'numeral',
  description: 'Numbers against GB/T 15835: short years, dotted dates, ranges, 〇 in years, 三、四次, 近…多, 减少…倍, “12·4”.',
  defaultSeverity: 'warning',
  docs: {
    zh: '数字用法（GB/T 15835-2011）。',
    finds: 'GB/T 15835: short years (22年), dotted dates (2022.8.26), ranges without both units or with a hyphen (4-6%), 三、四次, contradictory approximations (近…多, 至少…以上), 减少…倍, 12.4国家宪法日 → “12·4”国家宪法日, “7.23” → “7·23”',
    fix: 'the standard form where it is certain',
  },
  options: { allow: ALLOW_OPTION },
  check(ctx: RuleContext) {
    const text = ctx.doc.prose;
    const year = ctx.year;
    // Every match lies in one line and reads at most 8 characters before it (see line-scan.ts).
    const lists = scanByLine(ctx.analysis, {
      stage: `numeral|${year}`,
      scan: (from, to) => scanNumerals(text, year, from, to, ctx.analysis.positions),
      start: (c) => c.span.start,
      shift: shiftCandidate,
    });
    const found = new FindingSink();
    for (const list of lists) {
      found.section();
      for (const c of list) found.push(c);
    }
    const allowed = allowedFilter(text, ctx.options.allow);
    found.flush(ctx.report, (f) => allowed(f.span));
  },
};
