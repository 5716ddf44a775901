// heading-sequence: heading numbers at one level skip or repeat (一、二、四), or mix styles (1. and 1、).
import { renumberHeadings } from '../edits';
import { formatMarker } from '../parse/markers';
import { missingPartsBefore } from '../profiles/missing';
import { restartBetween } from '../parse/restarts';
import type { Heading, ProfilePart, Rule, RuleContext, Section } from '../types';

const STYLE_NAMES: Record<string, string> = {
  'cn-comma': '“一、”',
  'cn-paren': '“（一）”',
  'arabic-dot': '“1.”',
  'arabic-comma': '“1、”',
  'arabic-paren': '“（1）”',
};

export const headingSequence: Rule = {
  id: 'heading-sequence',
  description: 'Heading numbers at one level skip, repeat, or mix numbering styles.',
  defaultSeverity: 'warning',
  docs: {
    zh: '标题序号是否连续、样式是否统一。',
    finds: 'heading numbers skip, repeat or run backwards at one level (一、二、四), or mix styles (1. and 1、)',
    fix: 'renumbers the level; converts the style',
  },
  check(ctx) {
    // Arabic numbering (1. / （1）) may continue across parent sections in practice, so remember the last number per level.
    const lastAtLevel = new Map<number, Heading>();
    // An attachment or the title after a pasted outline starts a new document: numbering starts again.
    const restarts = ctx.analysis.restarts;
    // A top-level gap where a mandated part is missing is closed by writing that part, not by renumbering.
    const missing = ctx.doc.sections.length > 0 ? missingPartsBefore(ctx.analysis) : new Map<Heading, ProfilePart[]>();
    const visit = (siblings: Section[]): void => {
      const byLevel = new Map<number, Heading[]>();
      for (const s of siblings) {
        const h = s.heading;
        if (h.number === null) continue;
        const list = byLevel.get(h.level) ?? [];
        list.push(h);
        byLevel.set(h.level, list);
      }
      for (const [level, list] of byLevel) {
        const last = lastAtLevel.get(level);
        splitAt(restarts, list).forEach((run, i) => {
          const continues = level >= 3 && i === 0 && last !== undefined && !restartBetween(restarts, last.lineSpan.end, run[0].lineSpan.start);
          checkRun(ctx, run, continues ? (last.number ?? 0) : 0, missing);
        });
        lastAtLevel.set(level, list[list.length - 1]);
      }
      for (const s of siblings) visit(s.children);
    };
    visit(ctx.doc.sections);
  },
};

/** The headings of one level cut into runs where numbering starts again. */
function splitAt(restarts: readonly number[], list: Heading[]): Heading[][] {
  const runs: Heading[][] = [[list[0]]];
  for (let i = 1; i < list.length; i++) {
    if (restartBetween(restarts, list[i - 1].lineSpan.end, list[i].lineSpan.start)) runs.push([]);
    runs[runs.length - 1].push(list[i]);
  }
  return runs;
}

function checkRun(ctx: RuleContext, list: Heading[], continueFrom: number, missing: Map<Heading, ProfilePart[]>): void {
  const style = list[0].style;
  // GB/T 9704 prefers "1." over "1、": when a level mixes them, "1." is the target.
  const target = list.some((h) => h.style === 'arabic-dot') && list.some((h) => h.style === 'arabic-comma') ? 'arabic-dot' : style;
  for (const h of list) {
    if (h.style !== target && h.markerSpan && h.number !== null) {
      ctx.report({
        message: `同一层级的标题编号样式不一致：此处为${STYLE_NAMES[h.style]}，同级其他标题为${STYLE_NAMES[target]}，请统一为${STYLE_NAMES[target]}。`,
        span: h.markerSpan,
        fixes: [{ title: `改为“${formatMarker(target, h.number)}”`, edits: [{ ...h.markerSpan, text: formatMarker(target, h.number) }], preferred: true }],
      });
    }
  }
  const firstOk = list[0].number === 1 || (continueFrom > 0 && list[0].number === continueFrom + 1);
  let prev = firstOk ? (list[0].number as number) : 0;
  for (let i = firstOk ? 1 : 0; i < list.length; i++) {
    const h = list[i];
    const n = h.number as number;
    if (n === prev + 1) {
      prev = n;
      continue;
    }
    const expected = formatMarker(target, prev + 1);
    const parts = missing.get(h);
    if (parts && n > prev + 1 && n - prev - 1 <= parts.length) {
      const names = parts.map((p) => `「${p.name}」`).join('');
      ctx.report({
        message: `标题编号跳过了“${expected}”：此前缺少${names}部分，补写该部分即可，无需重新编号。`,
        span: h.markerSpan ?? h.lineSpan,
      });
      prev = n;
      continue;
    }
    const what = n === prev ? '重复' : n > prev + 1 ? `跳过了“${expected}”` : '顺序颠倒';
    ctx.report({
      message: `标题编号${what}：此处应为“${expected}”，请按顺序重新编号。`,
      span: h.markerSpan ?? h.lineSpan,
      fixes: [{ title: '按顺序重新编号本级标题', edits: renumberHeadings(list.slice(i), prev + 1, target) }],
    });
    return; // one finding per run: the fix renumbers the rest
  }
}
