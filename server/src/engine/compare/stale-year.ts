// compare-stale-year: years not advanced. This year's report still has last year's report year
// in its title or opening, or keeps last year's year in a sentence copied from last year's report
// ("2022年，我局共…" pasted into the 2023 report).
import { PLANS } from '../figures/parts';
import type { Span } from '../types';
import type { ParagraphReuse } from './reuse-map';
import { lastYear, type CompareRule } from './types';

/** Years that look back or compare and so may rightly name last year. */
const LOOKS_BACK_AFTER = /^(?:以来|来|同期|相比|底|末)/;
const COMPARES_BEFORE = /(?:较|比|与|同|自|从|截至|截止)$/;

/** Whether the normalised character at source offset `offset` is inside copied text. */
function copiedAt(r: ParagraphReuse, offset: number): boolean {
  const { offsets, length } = r.norm;
  let lo = 0;
  let hi = length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (offsets[mid] < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo < length && r.copiedChar[lo] === 1;
}

export const staleYearRule: CompareRule = {
  id: 'compare-stale-year',
  description: 'This year\'s report keeps last year\'s report year (title, opening, or a sentence copied with its year).',
  defaultSeverity: 'warning',
  docs: {
    zh: '与去年报告对比：年份未更新（仍为去年的年份）。',
    finds: 'compare: the report year not advanced, or last year\'s year in a sentence copied from last year\'s report',
    fix: 'change to this year',
  },
  check(ctx) {
    const { last, current } = ctx;
    if (last.year === null) return;
    const expected = current.year !== null && current.year > last.year ? current.year : last.year + 1;
    const fix = (span: Span) => [{ title: `改为${expected}年`, edits: [{ start: span.start, end: span.start + 4, text: String(expected) }] }];
    const stale = `${last.year}年`;

    if (current.year !== null && current.year <= last.year) {
      const where = current.doc.title ?? (current.doc.leadIn[0] ? { span: current.doc.leadIn[0].span } : null);
      const at = where ? current.doc.text.indexOf(String(current.year), where.span.start) : -1;
      const span = at >= 0 && at < where!.span.end ? { start: at, end: at + 5 } : (where?.span ?? { start: 0, end: 0 });
      ctx.report({
        span,
        message: `今年报告的年度仍为${current.year}年，与去年报告相同：请改为${expected}年。`,
        related: last.doc.title ? [lastYear(last.doc.title.span, '去年报告的标题')] : [],
        fixes: at >= 0 ? fix(span) : undefined,
      });
      return; // the whole report is last year's: one finding says it
    }

    // Every mention of last year's year, found in one pass over the text, then the paragraph it is in.
    const prose = current.doc.prose;
    const paragraphs = ctx.reuse.paragraphs;
    let k = 0;
    for (let i = prose.indexOf(stale); i >= 0; i = prose.indexOf(stale, i + 1)) {
      while (k < paragraphs.length && paragraphs[k].paragraph.span.end <= i) k++;
      if (k >= paragraphs.length) break;
      const r = paragraphs[k];
      const { start } = r.paragraph.span;
      if (i < start || r.part === PLANS) continue;
      const after = prose.slice(i + 5, i + 8);
      const before = prose.slice(Math.max(start, i - 3), i);
      if (LOOKS_BACK_AFTER.test(after) || COMPARES_BEFORE.test(before) || /[0-9０-９]$/.test(before)) continue;
      if (!copiedAt(r, i + 4)) continue;
      const span = { start: i, end: i + 5 };
      ctx.report({
        span,
        message: `此句从去年报告沿用，仍写作${stale}：今年的报告应写${expected}年的情况，请核对年份和内容。`,
        related: r.source ? [lastYear(r.source.span, '去年报告中的这一段')] : [],
        fixes: fix(span),
      });
    }
  },
};
