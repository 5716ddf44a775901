// The context marks figure extraction reads between numbers: sentence and clause ends,
// brackets, 《》, 其中, 分别, rate words, growth words and time/plan qualifiers. Found by a
// scanner that dispatches on the first character, with the same result as one regex of
// alternatives tried in order (the first alternative that matches at the leftmost position
// wins), but without a match object per mark: documents hold hundreds of thousands of them.
import { RATE_WORDS } from './rates';

export const SENT = 1;
export const CLAUSE = 2;
export const OPEN = 3;
export const CLOSE = 4;
export const TITLE_OPEN = 5;
export const TITLE_CLOSE = 6;
export const QIZHONG = 7;
export const RESPECTIVELY = 8;
export const RATE = 9;
export const GROWTH = 10;
const QUALIFIER = 11;

/** The sentence ends (SENT marks). No other mark contains one, so every one of them is a mark. */
export function isSentenceEndCode(c: number): boolean {
  return c === 0x3002 || c === 0xff01 || c === 0xff1f || c === 33 || c === 63 || c === 10; // 。！？!?\n
}

const GROWTH_WORDS = ['同比', '环比', '增长', '增加', '提高', '提升', '上升', '下降', '降低', '减少', '增幅', '涨幅', '降幅', '增速', '翻番', '较上年', '比上年', '较去年', '比去年', '较同期', '超过', '超出', '高出', '多出'];

/** A way a mark can start at a character: a fixed word, or a small pattern giving its length (0: no match). */
interface Alternative {
  kind: number;
  word: string | null;
  match: ((s: string, i: number) => number) | null;
  /** The characters that can come second in a match (null: any, the mark is one character long). */
  seconds: string | null;
}

const code = (c: string): number => c.charCodeAt(0);
const isAsciiDigit = (c: number): boolean => c >= 48 && c <= 57;

// (?:19|20)\d{2}年(?:以来|度|上半年|下半年)?
function yearQualifier(s: string, i: number): number {
  const a = s.charCodeAt(i);
  const b = s.charCodeAt(i + 1);
  if (!((a === 49 && b === 57) || (a === 50 && b === 48))) return 0;
  if (!isAsciiDigit(s.charCodeAt(i + 2)) || !isAsciiDigit(s.charCodeAt(i + 3)) || s.charCodeAt(i + 4) !== code('年')) return 0;
  for (const suffix of ['以来', '度', '上半年', '下半年']) if (s.startsWith(suffix, i + 5)) return 5 + suffix.length;
  return 5;
}

// 第?[一二三四1-4]季度
const QUARTER_DIGITS = new Set([...'一二三四1234'].map(code));
function quarter(s: string, i: number): number {
  const at = s.charCodeAt(i) === code('第') ? i + 1 : i;
  return QUARTER_DIGITS.has(s.charCodeAt(at)) && s.startsWith('季度', at + 1) ? at + 3 - i : 0;
}

// \d{1,2}月份?
function month(s: string, i: number): number {
  if (!isAsciiDigit(s.charCodeAt(i))) return 0;
  let j = i + 1;
  if (isAsciiDigit(s.charCodeAt(j))) j++;
  if (s.charCodeAt(j) !== code('月')) return 0;
  return s.charCodeAt(j + 1) === code('份') ? j + 2 - i : j + 1 - i;
}

// 近[两三四五十\d]年
const FEW = new Set([...'两三四五十'].map(code));
const fewOrDigit = (c: number): boolean => FEW.has(c) || isAsciiDigit(c);
function recentYears(s: string, i: number): number {
  return s.charCodeAt(i) === code('近') && fewOrDigit(s.charCodeAt(i + 1)) && s.charCodeAt(i + 2) === code('年') ? 3 : 0;
}

// [两三四五十\d]年来
function yearsSince(s: string, i: number): number {
  return fewOrDigit(s.charCodeAt(i)) && s.charCodeAt(i + 1) === code('年') && s.charCodeAt(i + 2) === code('来') ? 3 : 0;
}

// 十[三四五]五
const PLAN_NUMBER = new Set([...'三四五'].map(code));
function fiveYearPlan(s: string, i: number): number {
  return s.charCodeAt(i) === code('十') && PLAN_NUMBER.has(s.charCodeAt(i + 1)) && s.charCodeAt(i + 2) === code('五') ? 3 : 0;
}

const DIGITS = '0123456789';

/** Every alternative in the order a regex would try them, with the characters it can start with. */
function alternatives(): { first: string; alt: Alternative }[] {
  const out: { first: string; alt: Alternative }[] = [];
  const chars = (kind: number, cs: string): void => {
    for (const c of cs) out.push({ first: c, alt: { kind, word: c, match: null, seconds: null } });
  };
  const words = (kind: number, ws: readonly string[]): void => {
    for (const w of ws) out.push({ first: w[0], alt: { kind, word: w, match: null, seconds: w.length > 1 ? w[1] : null } });
  };
  const pattern = (firsts: string, match: (s: string, i: number) => number, seconds: (first: string) => string): void => {
    for (const c of firsts) out.push({ first: c, alt: { kind: QUALIFIER, word: null, match, seconds: seconds(c) } });
  };
  // Longest word first, as a regex alternation of these lists was built (a stable sort).
  const longestFirst = (ws: readonly string[]): string[] => [...ws].sort((a, b) => b.length - a.length);
  chars(SENT, '。！？!?\r\n'); // a CR alone ends a line (and so a sentence) too
  chars(CLAUSE, '，,；;：:');
  chars(OPEN, '（(');
  chars(CLOSE, '）)');
  chars(TITLE_OPEN, '《');
  chars(TITLE_CLOSE, '》');
  words(QIZHONG, ['其中']);
  words(RESPECTIVELY, ['分别']);
  words(RATE, longestFirst(RATE_WORDS));
  words(GROWTH, longestFirst(GROWTH_WORDS));
  pattern('12', yearQualifier, (c) => (c === '1' ? '9' : '0'));
  words(QUALIFIER, ['今年以来', '今年', '本年度', '本年', '年内', '全年', '当年', '去年', '上年', '前年', '上一年', '明年', '同期', '上半年', '下半年']);
  pattern('第一二三四1234', quarter, (c) => (c === '第' ? '一二三四1234' : '季'));
  pattern(DIGITS, month, () => DIGITS + '月');
  words(QUALIFIER, ['截至', '截止', '以来', '累计', '历年']);
  pattern('近', recentYears, () => '两三四五十' + DIGITS);
  pattern('两三四五十' + DIGITS, yearsSince, () => '年');
  pattern('十', fiveYearPlan, () => '三四五');
  words(QUALIFIER, ['计划', '力争', '预计', '目标', '争取', '拟']);
  return out;
}

/** Character code → index into BY_FIRST (0: no mark starts with it). */
const FIRST = new Uint8Array(0x10000);
const BY_FIRST: Alternative[][] = [[]];
/** Per index, the codes a mark's second character can have, or null when a one-character mark starts there. */
const SECOND: (Set<number> | null)[] = [null];
for (const { first, alt } of alternatives()) {
  const c = code(first);
  if (FIRST[c] === 0) {
    FIRST[c] = BY_FIRST.length;
    BY_FIRST.push([]);
    SECOND.push(new Set());
  }
  const k = FIRST[c];
  BY_FIRST[k].push(alt);
  const set = SECOND[k];
  if (alt.seconds === null) SECOND[k] = null;
  else if (set) for (const x of alt.seconds) set.add(code(x));
}

/** Walks the marks of one string left to right; `index` is -1 when there are no more. */
export class MarkScanner {
  index = -1;
  kind = 0;
  /** The mark as written (read for rate, growth and qualifier marks). */
  text = '';
  private from = 0;

  constructor(private readonly s: string) {
    this.next();
  }

  /** Goes on from `pos` (a position where no mark can be under way: right after a sentence end). */
  restartAt(pos: number): void {
    this.from = pos;
    this.next();
  }

  next(): void {
    const s = this.s;
    const n = s.length;
    for (let i = this.from; i < n; i++) {
      const k = FIRST[s.charCodeAt(i)];
      if (k === 0) continue;
      // Most characters that can start a mark (办, 上, 全…) start none here: the next one tells.
      const second = SECOND[k];
      if (second !== null && !second.has(s.charCodeAt(i + 1))) continue;
      for (const alt of BY_FIRST[k]) {
        let len = 0;
        if (alt.word !== null) {
          if (alt.word.length === 1 || s.startsWith(alt.word, i)) len = alt.word.length;
        } else {
          len = (alt.match as (s: string, i: number) => number)(s, i);
        }
        if (len === 0) continue;
        this.index = i;
        this.kind = alt.kind;
        this.text = alt.word ?? s.slice(i, i + len);
        this.from = i + len;
        return;
      }
    }
    this.index = -1;
    this.from = n;
  }
}
