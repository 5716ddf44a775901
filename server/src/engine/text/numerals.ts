// Numbers as written in Chinese reports: Arabic (12, 3,500, 1.2, full-width １２) with 万/亿
// multipliers (1.2万 = 12000), and Chinese numerals (一百二十, 两千, 三万五千, 二〇二二).
// Everything here is pure and linear in the input length.

const FULL_WIDTH = /[０-９．]/;

/** Full-width digits and point to ASCII, one code unit for one, so offsets are kept. */
export function toHalfWidthDigits(s: string): string {
  // Most text has none: skip the copy.
  if (!FULL_WIDTH.test(s)) return s;
  return s.replace(/[０-９．]/g, (c) => (c === '．' ? '.' : String.fromCharCode(c.charCodeAt(0) - 0xfee0)));
}

export function isDigit(c: string | undefined): boolean {
  return c !== undefined && ((c >= '0' && c <= '9') || (c >= '０' && c <= '９'));
}

/** ASCII or full-width digit, by UTF-16 code (NaN, past the end, is none). */
function isDigitCode(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 0xff10 && c <= 0xff19);
}

const digitValue = (c: number): number => (c <= 57 ? c - 48 : c - 0xff10);
const isPoint = (c: number): boolean => c === 46 || c === 0xff0e; // . ．

interface ArabicRead {
  end: number;
  base: number;
  decimals: number;
  /** False for dotted sequences such as 2022.8.26 or 1.2.3 (dates, section numbers). */
  valid: boolean;
}

/** Powers of ten up to 10^15, exact in a double. */
const POW10 = Array.from({ length: 16 }, (_, k) => 10 ** k);

/**
 * Reads digits, ASCII thousands separators and one decimal part starting at `i`, into `out`
 * (reused: numbers are read by the hundred thousand, and this allocates nothing).
 */
function readArabicInto(s: string, i: number, out: ArabicRead): void {
  let j = i;
  // The integer part and the fraction as integers while they stay exact (at most 15 digits in
  // all); a longer number is read from its text, as Number() does.
  let int = 0;
  let count = 0;
  while (isDigitCode(s.charCodeAt(j))) {
    int = int * 10 + digitValue(s.charCodeAt(j++));
    count++;
  }
  // "3,500": ASCII comma followed by exactly three digits; the full-width ， is a clause break.
  let commas = false;
  if (count <= 3) {
    while (
      s.charCodeAt(j) === 44 &&
      isDigitCode(s.charCodeAt(j + 1)) &&
      isDigitCode(s.charCodeAt(j + 2)) &&
      isDigitCode(s.charCodeAt(j + 3)) &&
      !isDigitCode(s.charCodeAt(j + 4))
    ) {
      int = ((int * 10 + digitValue(s.charCodeAt(j + 1))) * 10 + digitValue(s.charCodeAt(j + 2))) * 10 + digitValue(s.charCodeAt(j + 3));
      count += 3;
      commas = true;
      j += 4;
    }
  }
  const intEnd = j;
  let decimals = 0;
  let fraction = 0;
  let valid = true;
  let fractionStart = -1;
  if (isPoint(s.charCodeAt(j)) && isDigitCode(s.charCodeAt(j + 1))) {
    j++;
    fractionStart = j;
    while (isDigitCode(s.charCodeAt(j))) fraction = fraction * 10 + digitValue(s.charCodeAt(j++));
    decimals = j - fractionStart;
    // A second dotted group makes it a date or a section number, not a quantity.
    if (isPoint(s.charCodeAt(j)) && isDigitCode(s.charCodeAt(j + 1))) {
      valid = false;
      while (j < s.length && (isPoint(s.charCodeAt(j)) || isDigitCode(s.charCodeAt(j)))) j++;
    }
  }
  let base: number;
  if (count + decimals <= 15) {
    // Exact integers divided by an exact power of ten: the same correctly rounded double as Number("int.frac").
    base = decimals > 0 ? (int * POW10[decimals] + fraction) / POW10[decimals] : int;
  } else {
    const digits = commas ? s.slice(i, intEnd).replace(/,/g, '') : s.slice(i, intEnd);
    const frac = fractionStart >= 0 ? s.slice(fractionStart, fractionStart + decimals) : '';
    base = Number(toHalfWidthDigits(digits) + (frac ? '.' + toHalfWidthDigits(frac) : ''));
  }
  out.end = j;
  out.base = base;
  out.decimals = decimals;
  out.valid = valid;
}

const CN_DIGIT: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const CN_SMALL_UNIT: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
const CN_CHARS = /[零〇一二两三四五六七八九十百千万亿]/;

function isChineseNumeralChar(c: string | undefined): boolean {
  return c !== undefined && CN_CHARS.test(c);
}

/**
 * Parses a Chinese numeral: 十五, 一百二十, 两千, 三万五千, 一千零五, 三万五 (= 35000), and
 * digit-by-digit forms such as 二〇二二. Returns null for anything else (十四五, 千百, 三四).
 */
function parseChineseNumeral(s: string): number | null {
  if (!s) return null;
  if (!/[十百千万亿]/.test(s)) {
    // Digit-by-digit (years): needs 〇/零 or three digits; two bare digits (三四) are an estimate.
    if (s.length === 1) return s in CN_DIGIT ? CN_DIGIT[s] : null;
    if (s.includes('两') || !(s.length >= 3 || /[〇零]/.test(s))) return null;
    let v = 0;
    for (const c of s) {
      if (!(c in CN_DIGIT)) return null;
      v = v * 10 + CN_DIGIT[c];
    }
    return v;
  }
  let yi = 0;
  let wan = 0;
  let sec = 0;
  let digit: number | null = null;
  let lastUnit = 1e4; // the last 十/百/千 in this 万-section (a smaller one must follow)
  let zero = false;
  let sawWan = false;
  for (const c of s) {
    if (c in CN_DIGIT) {
      if (digit !== null) return null; // two digits in a row: 十四五
      if (CN_DIGIT[c] === 0) {
        zero = true;
        continue;
      }
      digit = CN_DIGIT[c];
    } else if (c in CN_SMALL_UNIT) {
      const u = CN_SMALL_UNIT[c];
      if (u >= lastUnit) return null;
      const n = digit ?? (u === 10 && sec === 0 && !zero ? 1 : null);
      if (n === null) return null;
      sec += n * u;
      lastUnit = u;
      digit = null;
      zero = false;
    } else if (c === '万') {
      sec += digit ?? 0;
      if (sec === 0 || sawWan) return null;
      wan = sec * 1e4;
      sawWan = true;
      sec = 0;
      digit = null;
      lastUnit = 1e4;
      zero = false;
    } else if (c === '亿') {
      sec += digit ?? 0;
      const n = wan + sec;
      if (n === 0 || yi !== 0) return null;
      yi = n * 1e8;
      wan = 0;
      sec = 0;
      digit = null;
      sawWan = false;
      lastUnit = 1e4;
      zero = false;
    } else {
      return null;
    }
  }
  if (digit !== null) {
    // 三万五 = 35000, 一百五 = 150: a trailing digit right after a unit counts one unit lower.
    const lower = !zero && lastUnit >= 100 ? lastUnit / 10 : 1;
    sec += digit * lower;
  }
  return yi + wan + sec;
}

function round(v: number): number {
  // 1.2 × 10000 is 11999.999…; numbers in reports have few decimals.
  return Math.round(v * 1e6) / 1e6;
}

const NEXT_DIGIT = /[0-9０-９]/g;
const WAN = 0x4e07; // 万
const YI = 0x4ebf; // 亿
const scratch: ArabicRead = { end: 0, base: 0, decimals: 0, valid: true };

/** A number read by nextNumber (one object, reused: read its fields before the next call). */
export interface NumberRead {
  start: number;
  end: number;
  /** The value with any 万/亿 multiplier applied. */
  value: number;
  multiplier: number;
  decimals: number;
  script: 'arabic' | 'chinese';
  approx: boolean;
  /** Where the search for the next number goes on from. */
  resume: number;
}

/**
 * Reads the first number at or after `from` into `out`; false when there is none. Dotted
 * sequences (2022.8.26) are skipped, as are Chinese runs that do not parse (千方百计, 十四五).
 * Allocates nothing: figure extraction reads every number of a document.
 */
export function nextNumber(s: string, from: number, chinese: boolean, out: NumberRead): boolean {
  const n = s.length;
  let i = from;
  while (i < n) {
    if (!chinese) {
      // Digits are a few in a hundred characters: let the regex engine find the next one.
      NEXT_DIGIT.lastIndex = i;
      if (!NEXT_DIGIT.test(s)) return false;
      i = NEXT_DIGIT.lastIndex - 1;
    }
    const c = s.charCodeAt(i);
    if (isDigitCode(c)) {
      readArabicInto(s, i, scratch);
      let end = scratch.end;
      if (scratch.valid) {
        const { base, decimals } = scratch;
        let multiplier = 1;
        const m = s.charCodeAt(end);
        if (m === WAN && s.charCodeAt(end + 1) === YI) {
          multiplier = 1e12;
          end += 2;
        } else if (m === YI) {
          multiplier = 1e8;
          end += 1;
        } else if (m === WAN) {
          multiplier = 1e4;
          end += 1;
        }
        return found(out, i, end, round(base * multiplier), multiplier, decimals, 'arabic', false);
      }
      i = end;
    } else if (chinese && isChineseNumeralChar(s[i])) {
      let j = i;
      while (j < n && isChineseNumeralChar(s[j])) j++;
      const text = s.slice(i, j);
      const value = parseChineseNumeral(text);
      if (value !== null) return found(out, i, j, value, 1, 0, 'chinese', false);
      if (/^[一二三四五六七八九]{2}$/.test(text) && CN_DIGIT[text[1]] === CN_DIGIT[text[0]] + 1) {
        // 三四次, 七八个: an estimate of adjacent numbers; value is the lower one.
        return found(out, i, j, CN_DIGIT[text[0]], 1, 0, 'chinese', true);
      }
      i = j;
    } else {
      i++;
    }
  }
  return false;
}

function found(out: NumberRead, start: number, end: number, value: number, multiplier: number, decimals: number, script: 'arabic' | 'chinese', approx: boolean): true {
  out.start = start;
  out.end = end;
  out.value = value;
  out.multiplier = multiplier;
  out.decimals = decimals;
  out.script = script;
  out.approx = approx;
  out.resume = end;
  return true;
}

/** A fresh NumberRead to pass to nextNumber. */
export function numberRead(): NumberRead {
  return { start: 0, end: 0, value: 0, multiplier: 1, decimals: 0, script: 'arabic', approx: false, resume: 0 };
}

