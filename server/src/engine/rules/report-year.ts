// report-year: a year that contradicts the report year (ctx.year). Work done is in the report
// year: "2023年以来" in a 2022 report is wrong, and a lead-in opening "2021年，本人…" is a
// stale copy. Plans are for the next year (or this one): "2021年，我们将…" in a 2022 report's
// 下一步打算 is wrong. Only years that frame a statement are read (at a clause start, followed
// by 以来/度/，/上半年…); years in 《titles》, brackets and ranges (2021—2025年) are not.
import { LEAD_IN, PLANS } from '../figures/parts';
import { toHalfWidthDigits } from '../text/numerals';
import type { Rule, RuleContext, Span } from '../types';
import { firstAtLeast, offsetsOfChar } from '../text/positions-of';

const CLAUSE_START = '。；！？，：;:,!?\n\r \t\u3000';
// Not 截至/截止: "截至2023年底" in a 2022 report is the date of writing, not the period.
const PREFIXES = ['自', '从', '在', '于'];
// Not 初: "2023年初，" in a 2022 report may tell when the report itself was prepared.
const FRAME = /^(?:以来|来|度|上半年|下半年|全年|内|底|末|是|[，,])/;
/** Frames that set the period of a whole statement, for years after the plan year. */
const PERIOD = /^(?:度|上半年|下半年|全年|内)/;
const RETROSPECTIVE = /^(?:以来|来)/;
const RANGE = '～~〜—–-至到';
// Not a bare 将: 现将…报告如下, 将…纳入 are no plans.
const PLAN_WORDS = /(?:我们|本人|我|镇|县|区|市|政府)将|将(?:继续|进一步|着力|持续|重点|全面|深入|坚持)|计划|力争|争取|预计|目标|打算|下一步/;
/** How far after a year its sentence is read for plan words. */
const PLAN_WINDOW = 60;

interface YearMention {
  year: number;
  span: Span;
  /** Text right after 年. */
  rest: string;
  /** At the very start of the text (after an optional 自/从…). */
  atStart: boolean;
  /** The rest of the sentence speaks of a plan (将, 计划, 力争…). */
  planned: boolean;
}

/** Where a year stands: it sets the period of what follows when it opens the report or a heading. */
type Where = 'opening' | 'heading' | 'text';

export const reportYearRule: Rule = {
  id: 'report-year',
  description: 'A year in the work-done parts later than the report year, or a plan year other than the report year or the next.',
  defaultSeverity: 'warning',
  docs: {
    zh: '年份是否与报告年度一致。',
    finds: 'a year in the body that contradicts the report year (work year = report year, plans = report year + 1)',
    fix: 'sets the year',
  },
  check(ctx) {
    if (ctx.year === null) return;
    const { doc } = ctx;
    const regions = ctx.analysis.partRegions;
    const leadIn = new Set(doc.leadIn);
    const nians = offsetsOfChar(doc.prose, '年');
    for (const p of doc.paragraphs) {
      const part = leadIn.has(p) ? LEAD_IN : regions.at(p.span.start);
      if (part === null) continue;
      for (const m of framingYears(doc.prose, nians, p.span, false)) {
        checkMention(ctx, m, part, part === LEAD_IN && p === doc.leadIn[0] && m.atStart ? 'opening' : 'text');
      }
    }
    for (const h of doc.headings) {
      const part = regions.at(h.lineSpan.start);
      if (part === null) continue;
      for (const m of framingYears(doc.prose, nians, h.textSpan, true)) if (m.atStart) checkMention(ctx, m, part, 'heading');
    }
  },
};

function checkMention(ctx: RuleContext, m: YearMention, part: string, where: Where): void {
  const year = ctx.year as number;
  const retrospective = RETROSPECTIVE.test(m.rest);
  const report = (message: string, to: number): void =>
    ctx.report({ message, span: m.span, fixes: [{ title: `改为${to}年`, edits: [{ start: m.span.start, end: m.span.start + 4, text: String(to) }] }] });
  if (part === PLANS) {
    if (retrospective) return; // "2021年以来" in the plans looks back; fine
    // A bare "2025年，" in the plans may be a long-term target; a heading or 2025年度 sets the plan's period.
    const period = where === 'heading' || PERIOD.test(m.rest);
    if (m.year < year || (m.year > year + 1 && period)) {
      report(`下一步打算应针对${year + 1}年（报告年度${year}年的下一年），此处写作${m.year}年：请核对年份。`, year + 1);
    }
    return;
  }
  if (m.year > year) {
    if (m.planned) return; // "2023年，我们将…" inside a work part is a plan, not work done
    report(`报告年度为${year}年，此处写作${m.year}年，晚于报告年度：工作情况应写${year}年的工作，请核对年份。`, year);
  } else if (m.year < year && !retrospective && where !== 'text') {
    // Opening the report or a work part with an earlier year is a stale copy of an old report.
    const place = where === 'heading' ? '标题' : '导语开头';
    report(`${place}的年份应为报告年度${year}年，此处写作${m.year}年：请核对（是否沿用了往年的报告）。`, year);
  }
}

// YEAR on the text with full-width digits made half-width, read on the prose itself: the
// digit classes take both widths, and the year is checked after conversion.
const ANY_WIDTH_YEAR = /([12１２][09０９][0-9０-９]{2})年/y;
const isDigitCode = (c: number): boolean => (c >= 48 && c <= 57) || (c >= 0xff10 && c <= 0xff19);

/** Years in `span` of `prose` that frame a statement, outside 《》 and brackets. */
function framingYears(prose: string, nians: readonly number[], span: Span, heading: boolean): YearMention[] {
  const out: YearMention[] = [];
  // Most paragraphs hold no year: look before reading anything else.
  let k = firstAtLeast(nians, span.start + 4);
  if (k >= nians.length || nians[k] >= span.end) return out;
  let title = 0;
  let bracket = 0;
  let pos = span.start;
  let contentStart = -1;
  // A year ends at its 年: try the pattern four characters before each 年 of the span only
  // (matches cannot overlap: each starts with a digit and holds one 年, at its end).
  for (; k < nians.length && nians[k] < span.end; k++) {
    ANY_WIDTH_YEAR.lastIndex = nians[k] - 4;
    const m = ANY_WIDTH_YEAR.exec(prose);
    if (m === null) continue;
    const end = m.index + m[0].length;
    const digits = toHalfWidthDigits(m[1]);
    if (!YEAR_DIGITS.test(digits)) continue;
    for (; pos < m.index; pos++) {
      const c = prose.charCodeAt(pos);
      if (c === 0x300a) title++; // 《
      else if (c === 0x300b) title = Math.max(0, title - 1); // 》
      else if (c === 0xff08 || c === 0x28) bracket++; // （ (
      else if (c === 0xff09 || c === 0x29) bracket = Math.max(0, bracket - 1); // ） )
    }
    if (title > 0 || bracket > 0) continue;
    const i = m.index;
    if (i > span.start && isDigitCode(prose.charCodeAt(i - 1))) continue;
    const rest = prose.slice(end, Math.min(end + 4, span.end));
    if ((i > span.start && RANGE.includes(prose[i - 1])) || RANGE.includes(rest[0] ?? '\0')) continue;
    // A clause start, possibly after 自/从/在…: "2022年以来，" "自2021年以来"
    let s = i;
    const prefix = PREFIXES.find((w) => i - w.length >= span.start && prose.startsWith(w, i - w.length));
    if (prefix) s -= prefix.length;
    if (s > span.start && !CLAUSE_START.includes(prose[s - 1])) continue;
    if (!heading && !FRAME.test(rest)) continue;
    const sentence = /^[^。！？!?]*/.exec(prose.slice(end, Math.min(end + PLAN_WINDOW, span.end)))?.[0] ?? '';
    if (contentStart < 0) contentStart = span.start + Math.max(0, prose.slice(span.start, span.end).search(/\S/));
    out.push({
      year: Number(digits),
      span: { start: i, end },
      rest,
      atStart: s === contentStart,
      planned: PLAN_WORDS.test(sentence),
    });
  }
  return out;
}

const YEAR_DIGITS = /^(?:19|20)\d{2}$/;
