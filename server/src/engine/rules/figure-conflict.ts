// figure-conflict: one quantity stated twice with different values ("办理人大代表建议12件" …
// "人大代表建议15件"). Figures are indexed by scope + period + label + unit, so the check is
// one pass over the figures; only specific, exact, whole-quantity statements take part.
import type { DocFigure } from '../figures/collect';
import { cjkLength } from '../text/labels';
import type { Rule } from '../types';

/** Default minimum label length in CJK characters: shorter labels (专题学习, 办结率) are too generic. */
const MIN_LABEL = 5;

export const figureConflict: Rule = {
  id: 'figure-conflict',
  description: 'The same quantity (same label and unit, in the same part and period) is stated twice with different values.',
  defaultSeverity: 'warning',
  docs: {
    zh: '同一数据前后是否一致。',
    finds:
      'the same quantity stated twice with different values (办理人大代表建议12件 … 人大代表建议15件), compared only within one part (review / plan) and one period (one year, five years, 累计): see docs/figure-model.md; points at both places',
  },
  options: { minLabelLength: { type: 'integer', minimum: 1, description: '标签至少几个字才比较。The shortest label compared.' } },
  check({ analysis, options, report }) {
    const min = typeof options.minLabelLength === 'number' ? options.minLabelLength : MIN_LABEL;
    const first = new Map<string, DocFigure>();
    for (const df of analysis.figures) {
      const key = keyOf(df, min);
      if (key === null) continue;
      const seen = first.get(key);
      if (!seen) {
        first.set(key, df);
        continue;
      }
      if (seen.figure.value === df.figure.value) continue;
      const name = df.figure.name;
      report({
        message: `「${name}」前文为${seen.figure.text}，此处为${df.figure.text}：请核对并统一数字。`,
        span: df.figure.span,
        related: [{ span: seen.figure.span, message: `「${name}」前文为${seen.figure.text}` }],
      });
    }
  },
};

/**
 * The index key of a figure, or null when it must not take part. Like is compared with like
 * only: the same scope (a result is never checked against a target), the same period (one year
 * is not five, 累计 is not one year) and the same dimension (label and unit).
 */
function keyOf(df: DocFigure, min: number): string | null {
  const f = df.figure;
  // Unknown or mixed place (2025年和“十四五”时期工作回顾 before a lead word says which): silence.
  if (df.scope === null || df.period === null) return null;
  if (f.kind !== 'count' && f.kind !== 'money' && f.kind !== 'percent') return null;
  if (f.unit === '个百分点' || f.approx || f.part || f.respectively || f.growth || f.labelCut) return null;
  if (cjkLength(f.name) < min) return null;
  // 开展宣传活动12场 and 开展12场宣传活动 have the same name.
  return `${df.scope}|${df.period}|${df.periodTags.join(',')}|${f.name}|${f.unit}`;
}
