// placeholder: template slots left unfilled (*次, **件, ***户, *街道, *余次, 近_公里, ×××, XX镇, 20XX年,
// 21.X%, X个月, __, 某某, 〇〇, 【待补充】, TODO); in plain text `*…*` is never emphasis.
import type { Rule, Span } from '../types';
import { scanByLine, shiftCandidate } from '../line-scan';
import type { Candidate } from '../packs/finding-sink';
import { findPlaceholdersIn } from '../text/placeholders';

export const placeholder: Rule = {
  id: 'placeholder',
  description: 'An unfilled template placeholder (*次, **件, ×××, XX镇, 20XX年, 【待补充】…).',
  defaultSeverity: 'warning',
  check({ doc, format, report }) {
    // A slot lies in one line and reads one character before it; its message quotes the source.
    const [found] = scanByLine<Candidate>(doc, {
      stage: `placeholder|${format}`,
      scan: (from, to) => [findPlaceholdersIn(doc.prose, from, to, format).map((p) => ({ message: messageFor(doc.text, p), span: p }))],
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
