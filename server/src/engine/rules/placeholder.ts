// placeholder: template slots left unfilled (*次, **件, ***户, ×××, XX镇, 20XX年, __, 某某, 〇〇, 【待补充】, TODO).
import type { Rule, Span } from '../types';
import { findPlaceholders } from '../text/placeholders';

export const placeholder: Rule = {
  id: 'placeholder',
  description: 'An unfilled template placeholder (*次, **件, ×××, XX镇, 20XX年, 【待补充】…).',
  defaultSeverity: 'warning',
  check({ doc, report }) {
    for (const p of findPlaceholders(doc.prose)) {
      report({ message: messageFor(doc.text, p), span: p });
    }
  },
};

function messageFor(text: string, p: Span): string {
  const slot = text.slice(p.start, p.end);
  if (!/^[*＊_＿]+$/.test(slot)) return `未填写的占位符“${slot}”：请填入实际内容后再提交。`;
  // Quote the slot with the unit after it (“**件”), which is how the writer sees it.
  const unit = /^[^\s，。；、：,.;:！？!?（）()“”*＊_＿]{0,2}/.exec(text.slice(p.end, p.end + 2))?.[0] ?? '';
  return `未填写的占位符“${slot}${unit}”：请把“${slot}”替换为实际数字后再提交。`;
}
