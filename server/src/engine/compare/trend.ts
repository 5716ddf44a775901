// compare-trend: the text says a figure grew (增长, 提高…) or fell (下降, 减少…) against last
// year's report, but the two reports' numbers moved the other way.
import { lastYear, type CompareRule } from './types';

const UP = /增长|增加|上升|提高|提升|增多|上涨|攀升|翻番/g;
const DOWN = /下降|减少|降低|回落|下滑|缩减|减小/g;
const CLAUSE_END = /[，,；;。！？!?\n]/;
/** A following clause that is about the figure before it: "受理案件80件，同比增长20%". */
const COMPARISON_CLAUSE = /^\s*(?:同比|环比|较|比|与)/;

/** The clause around `offset`, and the next one when it compares (同比…). */
function clauseAround(prose: string, offset: number): string {
  let start = offset;
  while (start > 0 && !CLAUSE_END.test(prose[start - 1])) start--;
  const endOf = (from: number): number => {
    let e = from;
    while (e < prose.length && !CLAUSE_END.test(prose[e])) e++;
    return e;
  };
  let end = endOf(offset);
  if (/[，,；;]/.test(prose[end] ?? '') && COMPARISON_CLAUSE.test(prose.slice(end + 1, end + 4))) end = endOf(end + 1);
  return prose.slice(start, end);
}

function direction(clause: string): 'up' | 'down' | null {
  const up = clause.match(UP)?.length ?? 0;
  const down = clause.match(DOWN)?.length ?? 0;
  // Both (不降反升, 增长…下降…) or a negation: leave it.
  if (up > 0 === down > 0 || /不|未|没有/.test(clause.replace(/不断|不止/g, ''))) return null;
  return up > 0 ? 'up' : 'down';
}

export const trendRule: CompareRule = {
  id: 'compare-trend',
  description: 'The text says a figure rose or fell, but against last year\'s report it moved the other way.',
  defaultSeverity: 'warning',
  docs: {
    zh: '与去年报告对比：文中说增长或下降，而与去年相比数字变化方向相反。',
    finds: 'compare: the text says 增长/下降 against the move from last year\'s figure',
  },
  check(ctx) {
    const prose = ctx.current.doc.prose;
    for (const { name, last, current } of ctx.figurePairs()) {
      const now = current.figure;
      const then = last.figure;
      if (now.value === then.value) continue;
      const said = direction(clauseAround(prose, now.numberSpan.start));
      if (said === null) continue;
      const rose = now.value > then.value;
      if ((said === 'up') === rose) continue;
      const word = said === 'up' ? '增长' : '下降';
      const real = rose ? '增加' : '减少';
      ctx.report({
        span: now.span,
        message: `此处说「${name}」${word}，但去年报告中为 ${then.text}，今年为 ${now.text}，实际${real}了：请核对数字或措辞。`,
        related: [lastYear(then.span, `去年报告中的「${name}」${then.text}`)],
      });
    }
  },
};
