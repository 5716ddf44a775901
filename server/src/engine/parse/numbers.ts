// Small Chinese numerals as used in heading numbers and run-in ordinals (一 … 九十九).

const DIGITS: Record<string, number> = { 〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** 一 → 1, 十 → 10, 十二 → 12, 二十 → 20, 九十九 → 99; null when not such a numeral. */
export function smallChineseNumber(s: string): number | null {
  if (!s) return null;
  const ten = s.indexOf('十');
  if (ten < 0) return s.length === 1 && s in DIGITS && DIGITS[s] > 0 ? DIGITS[s] : null;
  if (s.indexOf('十', ten + 1) >= 0) return null;
  const tensPart = s.slice(0, ten);
  const unitPart = s.slice(ten + 1);
  const tens = tensPart === '' ? 1 : tensPart.length === 1 ? DIGITS[tensPart] : undefined;
  const units = unitPart === '' ? 0 : unitPart.length === 1 ? DIGITS[unitPart] : undefined;
  if (tens === undefined || units === undefined || tens === 0) return null;
  if (unitPart !== '' && units === 0) return null;
  return tens * 10 + units;
}

const CN_DIGITS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1 → 一, 10 → 十, 12 → 十二, 21 → 二十一 (1 … 99). */
export function toChineseNumber(n: number): string {
  if (n < 10) return CN_DIGITS[n];
  const tens = Math.floor(n / 10);
  const units = n % 10;
  return (tens === 1 ? '' : CN_DIGITS[tens]) + '十' + CN_DIGITS[units];
}
