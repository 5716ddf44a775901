// figure-conflict: one quantity stated twice with different values ("办理人大代表建议12件" …
// "人大代表建议15件"). Figures are indexed by label + unit + time qualifiers, so the check is
// one pass over the figures; only specific, exact, whole-quantity statements take part.
import { documentFigures, type DocFigure } from '../figures/collect';
import { PLANS } from '../figures/parts';
import { cjkLength } from '../text/labels';
import type { Rule } from '../types';

/** Default minimum label length in CJK characters: shorter labels (专题学习, 办结率) are too generic. */
const MIN_LABEL = 5;
const PLAN_WORDS = new Set(['计划', '力争', '预计', '目标', '争取', '拟']);
const THIS_YEAR = ['今年', '今年以来', '本年', '本年度', '年内', '全年', '当年'];

export const figureConflict: Rule = {
  id: 'figure-conflict',
  description: 'The same quantity (same label and unit) is stated twice with different values.',
  defaultSeverity: 'warning',
  docs: {
    zh: '同一数据前后是否一致。',
    finds: 'the same quantity stated twice with different values (办理人大代表建议12件 … 人大代表建议15件); points at both places',
  },
  options: { minLabelLength: { type: 'integer', minimum: 1, description: '标签至少几个字才比较。The shortest label compared.' } },
  check({ doc, profile, year, options, report }) {
    const min = typeof options.minLabelLength === 'number' ? options.minLabelLength : MIN_LABEL;
    const neutral = new Set(THIS_YEAR);
    if (year !== null) for (const suffix of ['年', '年度', '年以来']) neutral.add(`${year}${suffix}`);
    const first = new Map<string, DocFigure>();
    for (const df of documentFigures(doc, profile)) {
      const key = keyOf(df, min, neutral);
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

/** The index key of a figure, or null when it must not take part. */
function keyOf(df: DocFigure, min: number, neutral: Set<string>): string | null {
  const f = df.figure;
  if (df.section === PLANS) return null; // targets, not results
  if (f.kind !== 'count' && f.kind !== 'money' && f.kind !== 'percent') return null;
  if (f.unit === '个百分点' || f.approx || f.part || f.respectively || f.growth || f.labelCut) return null;
  if (cjkLength(f.name) < min) return null;
  const quals = f.qualifiers.filter((q) => !neutral.has(q));
  if (quals.some((q) => PLAN_WORDS.has(q))) return null;
  // 开展宣传活动12场 and 开展12场宣传活动 have the same name.
  return `${[...new Set(quals)].sort().join(',')}|${f.name}|${f.unit}`;
}
