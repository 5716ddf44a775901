// required-section: a mandated part of the report kind is missing (cf. markdownlint MD043).
import { eolOf } from '../edits';
import { insertPartFix } from '../fixes/insert-part';
import type { ReportDocument, Rule, RuleContext, Section, Span } from '../types';

export const requiredSection: Rule = {
  id: 'required-section',
  description: 'A mandated part of the report (per its profile) is missing.',
  // A warning, not an error: whether a part is there is read from headings, place and wording,
  // and a reviewer would send the report back for it, but it is not wrong beyond doubt.
  defaultSeverity: 'warning',
  docs: {
    zh: '报告类型规定的必备部分是否齐全。',
    finds:
      'a mandated part of the report kind is missing (述法报告: lead-in, 主要做法和成效, 存在的问题, 下一步打算); a part counts as there by a heading at any level, by its place (the body before the problems part is the work part) or by its content (还存在一些不足…, 下一步，…)',
    fix: 'inserts a numbered skeleton heading at the right place and renumbers the parts after it',
  },
  needsProfile: true,
  check(ctx) {
    const { doc, profile } = ctx;
    const matches = ctx.analysis.partMatches;
    const present = ctx.analysis.presentParts;
    const topLevel = new Set(doc.sections);
    checkLeadIn(ctx);
    profile.parts.forEach((part, index) => {
      if (!part.required || present.has(index)) return;
      // Insert before the first present part that the profile puts after this one.
      const next = matches.find((m) => m.index > index && topLevel.has(m.section));
      const span = next ? next.section.heading.lineSpan : endLine(doc);
      const examples = part.examples.map((e) => `“${e}”`).join('、');
      ctx.report({
        message: `「${part.name}」部分缺失：${profile.name}应包含此部分（标题如${examples}），请在此处补写。`,
        span,
        fixes: [insertPartFix(doc, part, next?.section ?? null)],
      });
    });
  },
};

function checkLeadIn(ctx: RuleContext): void {
  const { doc, profile } = ctx;
  const lead = profile.leadIn;
  if (!lead?.required || doc.leadIn.length > 0 || doc.sections.length === 0) return;
  const first = doc.sections[0].heading.lineSpan;
  const eol = eolOf(doc);
  ctx.report({
    message: `导语缺失：${profile.name}应在正文前写一段导语（如“${lead.skeleton}”），请在第一个标题前补写。`,
    span: first,
    fixes: [{ title: '插入导语', edits: [{ start: first.start, end: first.start, text: lead.skeleton + eol + (isMarkdownHeading(doc.sections[0]) ? eol : '') }] }],
  });
}

function isMarkdownHeading(s: Section): boolean {
  return s.heading.markdownLevel !== null;
}

/** The last non-empty line, where a part missing at the end belongs. */
function endLine(doc: ReportDocument): Span {
  let end = doc.text.length;
  while (end > 0 && /\s/.test(doc.text[end - 1])) end--;
  if (end === 0) return { start: 0, end: 0 }; // only spaces and line breaks (lastIndexOf(x, -1) would look at offset 0)
  // A CR alone breaks lines too (LSP counts it), so look for either.
  const start = Math.max(doc.text.lastIndexOf('\n', end - 1), doc.text.lastIndexOf('\r', end - 1)) + 1;
  return { start, end };
}
