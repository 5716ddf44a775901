// compare-unchanged-figure: a figure with the same name and value in both years' reports (受理
// 行政复议案件12件 two years running) was likely copied and never updated.
import { lastYear, type CompareRule } from './types';

/** Small counts (1次, 2场) and full rates (100%) are often the same two years running: not news. */
function telling(value: number, decimals: number, kind: string): boolean {
  if (kind === 'percent') return value < 100 && (decimals > 0 || value >= 10);
  return decimals > 0 || value >= 10;
}

export const unchangedFigureRule: CompareRule = {
  id: 'compare-unchanged-figure',
  description: 'A figure with the same name and value as in last year\'s report (likely not updated).',
  defaultSeverity: 'warning',
  docs: {
    zh: '与去年报告对比：同名数字与去年完全相同（可能未更新）。',
    finds: 'compare: a figure with the same name, unit and value as in last year\'s report',
  },
  check(ctx) {
    for (const { name, last, current } of ctx.figurePairs()) {
      const f = current.figure;
      if (f.value !== last.figure.value || !telling(f.value, f.decimals, f.kind)) continue;
      ctx.report({
        span: f.span,
        message: `「${name}」为 ${f.text}，与去年报告中的数字相同：请核实是否已更新为今年的数字。`,
        related: [lastYear(last.figure.span, `去年报告中的「${name}」${last.figure.text}`)],
      });
    }
  },
};
