// section-order: the mandated parts are present but not in the profile's order.
import { matchParts } from '../profiles/match';
import type { Rule } from '../types';

export const sectionOrder: Rule = {
  id: 'section-order',
  description: "Mandated parts appear out of the profile's order.",
  defaultSeverity: 'warning',
  docs: {
    zh: '各部分是否按规定顺序排列。',
    finds: 'mandated parts present but out of the profile\'s order',
  },
  needsProfile: true,
  check({ doc, profile, report }) {
    const topLevel = new Set(doc.sections);
    const tops = matchParts(doc, profile).filter((m) => topLevel.has(m.section));
    const order = profile.parts.filter((p, i) => tops.some((m) => m.index === i)).map((p) => p.name).join(' → ');
    let latest = tops[0];
    for (const m of tops.slice(1)) {
      if (m.index < latest.index) {
        report({
          message: `「${m.part.name}」应位于「${latest.part.name}」之前：请按${profile.name}的顺序（${order}）调整各部分。`,
          span: m.section.heading.lineSpan,
          related: [{ span: latest.section.heading.lineSpan, message: `「${latest.part.name}」在此` }],
        });
      } else {
        latest = m;
      }
    }
  },
};
