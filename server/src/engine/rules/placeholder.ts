// placeholder: template slots left unfilled (*次, **件, ***户, ×××, XX镇, 20XX年, __, 某某, 〇〇, 【待补充】, TODO).
import type { Rule, Span } from '../types';
import { scanByLine, shiftCandidate } from '../line-scan';
import type { Candidate } from '../packs/finding-sink';
import { findPlaceholdersIn } from '../text/placeholders';

export const placeholder: Rule = {
  id: 'placeholder',
  description: 'An unfilled template placeholder (*次, **件, ×××, XX镇, 20XX年, 【待补充】…).',
  defaultSeverity: 'warning',
  docs: {
    zh: '未填写的占位符（*次、**件、XX、×××）。',
    finds: 'unfilled template slots: `*次`, `**件`, `***户`, `***%`, `20XX年`, `XX镇`, `×××`, `__`, `某某`, `〇〇`, `【待补充】`, `TODO` — never Markdown emphasis such as `**重点**`',
  },
  check({ doc, report }) {
    // A slot lies in one line and reads one character before it; its message quotes the source.
    const [found] = scanByLine<Candidate>(doc, {
      stage: 'placeholder',
      scan: (from, to) => [findPlaceholdersIn(doc.prose, from, to).map((p) => ({ message: messageFor(doc.text, p), span: p }))],
      start: (c) => c.span.start,
      shift: shiftCandidate,
    });
    for (const c of found) report(c);
  },
};

function messageFor(text: string, p: Span): string {
  const slot = text.slice(p.start, p.end);
  if (!/^[*＊_＿]+$/.test(slot)) return `未填写的占位符“${slot}”：请填入实际内容后再提交。`;
  // Quote the slot with the unit after it (“**件”), which is how the writer sees it.
  const unit = /^[^\s，。；、：,.;:！？!?（）()“”*＊_＿]{0,2}/.exec(text.slice(p.end, p.end + 2))?.[0] ?? '';
  return `未填写的占位符“${slot}${unit}”：请把“${slot}”替换为实际数字后再提交。`;
}
