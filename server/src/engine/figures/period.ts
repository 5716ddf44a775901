// The period one figure covers: the place's period, unless the figure's own sentence names
// another (2021年, 去年, 上半年, 累计, 五年来, “十四五”…). Figures of different periods are
// different quantities: 城镇新增就业22.89万人 in 2025 is not 124.27万人 over five years.
import type { Place } from './scope';
import words from './scope-words.json';

export interface FigurePeriod {
  /** 'y:2025', 'span:十四五', 'span:5', 'this'…; null when unknown (then the figure is compared with nothing). */
  period: string | null;
  /** Narrower or wider cuts of the period: 上半年, 第一季度, 3月, cum (累计, 截至, 以来). */
  tags: string[];
  /** A plan word (计划, 力争, 预计, 目标, 争取, 拟) or 明年 in the sentence. */
  plan: boolean;
}

const PLAN_QUALIFIERS = new Set(['计划', '力争', '预计', '目标', '争取', '拟', '明年']);
const THIS_YEAR = new Set(['今年', '今年以来', '本年', '本年度', '年内', '全年', '当年']);
const YEARS_BACK: Record<string, number> = { 去年: 1, 上年: 1, 上一年: 1, 前年: 2 };
const CUMULATIVE = new Set(words.spanWords.cumulative);
const COMPARATIVE = new Set(['同比', '环比', '较上年', '比上年', '较去年', '比去年', '较同期', '同期']);
const DIGITS: Record<string, number> = { 两: 2, 三: 3, 四: 4, 五: 5, 十: 10 };

const NO_TAGS: string[] = [];

/** The period of figures whose sentence names none: the place's. */
export function plainPeriod(place: Place): FigurePeriod {
  return { period: place.period, tags: NO_TAGS, plan: false };
}

export function figurePeriod(qualifiers: readonly string[], place: Place): FigurePeriod {
  if (qualifiers.length === 0) return plainPeriod(place);
  const base = place.period !== null && place.period.startsWith('y:') ? Number(place.period.slice(2)) : null;
  let period = place.period;
  const tags: string[] = [];
  let plan = false;
  const atYear = (y: number): string => (base === y ? (place.period as string) : `y:${y}`);
  for (const q of qualifiers) {
    if (PLAN_QUALIFIERS.has(q)) {
      plan = true;
      continue;
    }
    if (COMPARATIVE.has(q)) continue; // growth figures, left out by the rules
    if (THIS_YEAR.has(q)) {
      // 今年 in a part about one year is that year; otherwise the report's own period.
      if (period === null || !period.startsWith('y:')) period = base !== null ? atYear(base) : 'this';
      continue;
    }
    if (q in YEARS_BACK) {
      period = base !== null ? `y:${base - YEARS_BACK[q]}` : `back:${YEARS_BACK[q]}`;
      continue;
    }
    const y = /^((?:19|20)[0-9]{2})年(.*)$/u.exec(q);
    if (y) {
      const year = Number(y[1]);
      if (y[2] === '以来') {
        // 2022年以来 in a 2022 report is the report year; an earlier start is a span.
        if (base === year) period = place.period;
        else period = `since:${year}`;
      } else {
        period = atYear(year);
        if (y[2] === '上半年' || y[2] === '下半年') tags.push(y[2]);
      }
      continue;
    }
    if (/^十[一二三四五六七八九]五$/u.test(q)) {
      // “十四五”时期 in a review is the review's five years, however they were introduced.
      period = place.scope !== null && place.period === `${place.scope}-span` ? place.period : `span:${q}`;
      continue;
    }
    const years = /^近?([两三四五十0-9])年来?$/u.exec(q);
    if (years) {
      period = `span:${DIGITS[years[1]] ?? years[1]}`;
      continue;
    }
    if (CUMULATIVE.has(q)) tags.push('cum');
    else tags.push(q); // 上半年, 第一季度, 3月…
  }
  return { period, tags: tags.length > 1 ? [...new Set(tags)].sort() : tags, plan };
}
