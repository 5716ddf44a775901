// Numbers as written in Chinese reports: Arabic (12, 3,500, 1.2, full-width １２) with 万/亿
// multipliers (1.2万 = 12000), and Chinese numerals (一百二十, 两千, 三万五千, 二〇二二).
// Everything here is pure and linear in the input length.

export interface NumberToken {
  /** Offsets within the scanned string (UTF-16 code units), half-open. */
  start: number;
  end: number;
  text: string;
  /** The value with any 万/亿 multiplier applied. */
  value: number;
  /** 1, 1e4 (万), 1e8 (亿) or 1e12 (万亿). */
  multiplier: number;
  /** Digits written after the decimal point (the stated precision). */
  decimals: number;
  script: 'arabic' | 'chinese';
  /** Adjacent-number estimate such as 三四 (three or four). */
  approx: boolean;
}

/** Full-width digits and point to ASCII, one code unit for one, so offsets are kept. */
export function toHalfWidthDigits(s: string): string {
  return s.replace(/[０-９．]/g, (c) => (c === '．' ? '.' : String.fromCharCode(c.charCodeAt(0) - 0xfee0)));
}

export function isDigit(c: string | undefined): boolean {
  return c !== undefined && ((c >= '0' && c <= '9') || (c >= '０' && c <= '９'));
}

const MULTIPLIERS: [string, number][] = [
  ['万亿', 1e12],
  ['亿', 1e8],
  ['万', 1e4],
];

interface ArabicRead {
  end: number;
  base: number;
  decimals: number;
  /** False for dotted sequences such as 2022.8.26 or 1.2.3 (dates, section numbers). */
  valid: boolean;
}

/** Reads digits, ASCII thousands separators and one decimal part starting at `i`. */
function readArabic(s: string, i: number): ArabicRead {
  let j = i;
  let digits = '';
  while (isDigit(s[j])) digits += s[j++];
  // "3,500": ASCII comma followed by exactly three digits; the full-width ， is a clause break.
  if (digits.length <= 3) {
    while (s[j] === ',' && isDigit(s[j + 1]) && isDigit(s[j + 2]) && isDigit(s[j + 3]) && !isDigit(s[j + 4])) {
      digits += s.slice(j + 1, j + 4);
      j += 4;
    }
  }
  let decimals = 0;
  let fraction = '';
  let valid = true;
  if ((s[j] === '.' || s[j] === '．') && isDigit(s[j + 1])) {
    j++;
    while (isDigit(s[j])) fraction += s[j++];
    decimals = fraction.length;
    // A second dotted group makes it a date or a section number, not a quantity.
    if ((s[j] === '.' || s[j] === '．') && isDigit(s[j + 1])) {
      valid = false;
      while ((s[j] === '.' || s[j] === '．' || isDigit(s[j])) && j < s.length) j++;
    }
  }
  const base = Number(toHalfWidthDigits(digits) + (fraction ? '.' + toHalfWidthDigits(fraction) : ''));
  return { end: j, base, decimals, valid };
}

/** Parses a whole Arabic number, e.g. "3,500", "1.2万", "１２"; null if `s` is not exactly one. */
export function parseArabic(s: string): number | null {
  const t = s.trim();
  if (!isDigit(t[0])) return null;
  const r = readArabic(t, 0);
  if (!r.valid) return null;
  let end = r.end;
  let mult = 1;
  for (const [m, v] of MULTIPLIERS) {
    if (t.startsWith(m, end)) {
      mult = v;
      end += m.length;
      break;
    }
  }
  return end === t.length ? round(r.base * mult) : null;
}

const CN_DIGIT: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const CN_SMALL_UNIT: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
const CN_CHARS = /[零〇一二两三四五六七八九十百千万亿]/;

export function isChineseNumeralChar(c: string | undefined): boolean {
  return c !== undefined && CN_CHARS.test(c);
}

/**
 * Parses a Chinese numeral: 十五, 一百二十, 两千, 三万五千, 一千零五, 三万五 (= 35000), and
 * digit-by-digit forms such as 二〇二二. Returns null for anything else (十四五, 千百, 三四).
 */
export function parseChineseNumeral(s: string): number | null {
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

/** Parses Arabic or Chinese numerals; null when `s` is not exactly one number. */
export function parseNumber(s: string): number | null {
  const t = s.trim();
  return isDigit(t[0]) ? parseArabic(t) : parseChineseNumeral(t);
}

function round(v: number): number {
  // 1.2 × 10000 is 11999.999…; numbers in reports have few decimals.
  return Math.round(v * 1e6) / 1e6;
}

export interface ScanOptions {
  /** Also report Chinese numerals (default true). */
  chinese?: boolean;
}

/**
 * Finds the numbers in `s`, left to right, with their offsets. Dotted sequences (2022.8.26)
 * are skipped, as are Chinese runs that do not parse (千方百计, 十四五).
 */
export function scanNumbers(s: string, options: ScanOptions = {}): NumberToken[] {
  const chinese = options.chinese ?? true;
  const out: NumberToken[] = [];
  let i = 0;
  while (i < s.length) {
    const c = s[i];
    if (isDigit(c)) {
      const r = readArabic(s, i);
      let end = r.end;
      let multiplier = 1;
      if (r.valid) {
        for (const [m, v] of MULTIPLIERS) {
          if (s.startsWith(m, end)) {
            multiplier = v;
            end += m.length;
            break;
          }
        }
        out.push({ start: i, end, text: s.slice(i, end), value: round(r.base * multiplier), multiplier, decimals: r.decimals, script: 'arabic', approx: false });
      }
      i = end;
    } else if (chinese && isChineseNumeralChar(c)) {
      let j = i;
      while (j < s.length && isChineseNumeralChar(s[j])) j++;
      const text = s.slice(i, j);
      const value = parseChineseNumeral(text);
      if (value !== null) {
        out.push({ start: i, end: j, text, value, multiplier: 1, decimals: 0, script: 'chinese', approx: false });
      } else if (/^[一二三四五六七八九]{2}$/.test(text) && CN_DIGIT[text[1]] === CN_DIGIT[text[0]] + 1) {
        // 三四次, 七八个: an estimate of adjacent numbers; value is the lower one.
        out.push({ start: i, end: j, text, value: CN_DIGIT[text[0]], multiplier: 1, decimals: 0, script: 'chinese', approx: true });
      }
      i = j;
    } else {
      i++;
    }
  }
  return out;
}
