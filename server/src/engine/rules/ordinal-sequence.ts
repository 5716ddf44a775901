// ordinal-sequence: run-in enumerations (一是、二是、四是) skip or repeat within a section or paragraph.
import { renumberOrdinals } from '../edits';
import { toChineseNumber } from '../parse/numbers';
import type { Ordinal, Paragraph, Rule, RuleContext, Section } from '../types';

export const ordinalSequence: Rule = {
  id: 'ordinal-sequence',
  description: 'Run-in enumerations (一是、二是…) skip, repeat or run out of order.',
  defaultSeverity: 'warning',
  docs: {
    zh: '段内“一是、二是……”是否连续。',
    finds: 'run-in enumerations skip or repeat (一是、二是、四是) in a section or paragraph',
    fix: 'renumbers the run',
  },
  check(ctx) {
    checkScope(ctx, ctx.doc.leadIn);
    const visit = (sections: Section[]): void => {
      for (const s of sections) {
        checkScope(ctx, s.paragraphs);
        visit(s.children);
      }
    };
    visit(ctx.doc.sections);
  },
};

/**
 * Paragraph-leading ordinals form one run across a section; a 一是 in the middle of a
 * paragraph, once that run has begun, opens a nested run that ends with the paragraph.
 */
function checkScope(ctx: RuleContext, paragraphs: Paragraph[]): void {
  const all = paragraphs.flatMap((p) => p.ordinals);
  const outer: Ordinal[] = [];
  for (const p of paragraphs) {
    let run = outer;
    const nested: Ordinal[] = [];
    for (const o of p.ordinals) {
      const atStart = o.span.start === p.span.start;
      if (o.value === 1 && !atStart && run === outer && outer.length > 0) run = nested;
      if (o.value === 1) run.length = 0;
      if (!step(ctx, run, o, all)) return; // one finding per scope: its fix renumbers the rest
      run.push(o);
    }
  }
}

/** Checks `o` against the run so far; reports (with a renumbering fix) and returns false on a break. */
function step(ctx: RuleContext, run: Ordinal[], o: Ordinal, scope: Ordinal[]): boolean {
  const prev = run.length > 0 ? run[run.length - 1].value : 0;
  if (o.value === prev + 1) return true;
  const expected = `${toChineseNumber(prev + 1)}是`;
  const what = o.value === prev ? `重复了“${o.text}”` : o.value > prev + 1 ? `跳过了“${expected}”` : '顺序颠倒';
  const rest = scope.slice(scope.indexOf(o));
  const end = rest.findIndex((x, i) => i > 0 && x.value === 1);
  ctx.report({
    message: `分项序号${what}：此处应为“${expected}”，请按顺序编号。`,
    span: o.span,
    fixes: [{ title: `改为“${expected}”并顺延后续序号`, edits: renumberOrdinals(end < 0 ? rest : rest.slice(0, end), prev + 1) }],
  });
  return false;
}
