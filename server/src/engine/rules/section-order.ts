// section-order: the mandated parts are present but not in the order the kind's source fixes.
// Only the parts a profile's `order.fixed` names are compared: the 法治政府建设年度报告
// regulation lists its contents but fixes no order, so that profile names none.
import type { ProfileData, Rule } from '../types';

export const sectionOrder: Rule = {
  id: 'section-order',
  description: "Mandated parts appear out of the order their report kind's source fixes.",
  defaultSeverity: 'warning',
  docs: {
    zh: '各部分是否按规定顺序排列。',
    finds: "mandated parts present but out of the order the kind's source fixes (none for 法治政府建设年度报告, whose regulation fixes no order)",
  },
  needsProfile: true,
  check({ analysis, doc, profile, report }) {
    const fixed = fixedParts(profile);
    if (fixed.size < 2) return;
    const topLevel = new Set(doc.sections);
    const tops = analysis.partMatches.filter((m) => topLevel.has(m.section) && fixed.has(m.part.id));
    const order = profile.parts.filter((p, i) => fixed.has(p.id) && tops.some((m) => m.index === i)).map((p) => p.name).join(' → ');
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

/** Ids of the parts whose order is fixed; a profile without `order` (from a config file) keeps all its parts in order. */
function fixedParts(profile: ProfileData): Set<string> {
  return new Set(profile.order ? profile.order.fixed : profile.parts.map((p) => p.id));
}
