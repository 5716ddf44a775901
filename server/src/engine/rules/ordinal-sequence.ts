// ordinal-sequence: run-in enumerations (一是、二是、四是) skip or repeat within a section or
// paragraph, or lost their numerals (一是…。是…).
import { renumberOrdinals } from '../edits';
import { toChineseNumber } from '../parse/numbers';
import { findBareOrdinals, inlineItemStarts, shiPositions } from '../parse/ordinals';
import type { Ordinal, Paragraph, Rule, RuleContext, Section } from '../types';

export const ordinalSequence: Rule = {
  id: 'ordinal-sequence',
  description: 'Run-in enumerations (一是、二是…) skip, repeat, run out of order or lost their numerals.',
  defaultSeverity: 'warning',
  docs: {
    zh: '段内“一是、二是……”是否连续。',
    finds: 'run-in enumerations skip or repeat (一是、二是、四是) in a section or paragraph',
    fix: 'renumbers the run',
  },
  check(ctx) {
    const shis = shiPositions(ctx.doc.prose);
    checkScope(ctx, ctx.doc.leadIn, shis);
    const visit = (sections: Section[]): void => {
      for (const s of sections) {
        checkScope(ctx, s.paragraphs, shis);
        visit(s.children);
      }
    };
    visit(ctx.doc.sections);
  },
};

/** An ordinal, a bare 是 (value 0), or the start of a numbered item run into the paragraph (null). */
type Item = { at: number; ordinal: Ordinal | null };

function itemsOf(ctx: RuleContext, p: Paragraph, shis: readonly number[]): Item[] {
  const items: Item[] = p.ordinals.map((o) => ({ at: o.span.start, ordinal: o }));
  for (const o of findBareOrdinals(ctx.doc.prose, p.span.start, p.span.end, shis)) items.push({ at: o.span.start, ordinal: o });
  for (const at of inlineItemStarts(ctx.doc.prose.slice(p.span.start, p.span.end), p.span.start)) items.push({ at, ordinal: null });
  return items.sort((a, b) => a.at - b.at);
}

const last = (run: Ordinal[]): number => (run.length > 0 ? run[run.length - 1].value : 0);

/**
 * Paragraph-leading ordinals form one run across a section; a 一是 in the middle of a
 * paragraph, once that run has begun, opens a nested run (一是…，主要有：一是…二是…), which
 * ends where an ordinal continues the outer run again. A numbered item run into the paragraph
 * (…。（二）…) starts the count again.
 */
function checkScope(ctx: RuleContext, paragraphs: Paragraph[], shis: readonly number[]): void {
  if (!paragraphs.some((p) => p.ordinals.length > 0)) return; // no list here: nothing to read
  const perParagraph = paragraphs.map((p) => itemsOf(ctx, p, shis));
  const all = perParagraph.flat().flatMap((i) => (i.ordinal ? [i.ordinal] : []));
  const outer: Ordinal[] = [];
  for (let k = 0; k < paragraphs.length; k++) {
    const p = paragraphs[k];
    let run = outer;
    const nested: Ordinal[] = [];
    for (const { ordinal: o } of perParagraph[k]) {
      if (o === null) {
        outer.length = 0;
        nested.length = 0;
        run = outer;
        continue;
      }
      if (o.value === 0) {
        if (run.length === 0) continue; // a sentence opening with 是, no list around it
        if (!step(ctx, run, o, all)) return;
        continue;
      }
      const atStart = o.span.start === p.span.start;
      if (o.value === 1 && !atStart && run === outer && outer.length > 0) run = nested;
      else if (run === nested && o.value !== last(nested) + 1 && o.value === last(outer) + 1) run = outer;
      if (o.value === 1) run.length = 0;
      if (!step(ctx, run, o, all)) return; // one finding per scope: its fix renumbers the rest
      run.push(o);
    }
  }
}

/** Checks `o` against the run so far; reports (with a renumbering fix) and returns false on a break. */
function step(ctx: RuleContext, run: Ordinal[], o: Ordinal, scope: Ordinal[]): boolean {
  const prev = last(run);
  if (o.value === prev + 1) return true;
  const expected = `${toChineseNumber(prev + 1)}是`;
  const rest = scope.slice(scope.indexOf(o));
  const end = rest.findIndex((x, i) => i > 0 && x.value === 1);
  const edits = renumberOrdinals(end < 0 ? rest : rest.slice(0, end), prev + 1);
  if (o.value === 0) {
    ctx.report({
      message: `分项序号缺少数字：此处的“是”应为“${expected}”，请补上序号。`,
      span: o.span,
      fixes: [{ title: `补为“${expected}”并顺延后续序号`, edits }],
    });
    return false;
  }
  const what = o.value === prev ? `重复了“${o.text}”` : o.value > prev + 1 ? `跳过了“${expected}”` : '顺序颠倒';
  ctx.report({
    message: `分项序号${what}：此处应为“${expected}”，请按顺序编号。`,
    span: o.span,
    fixes: [{ title: `改为“${expected}”并顺延后续序号`, edits }],
  });
  return false;
}
