// compare-reused: this year's report copies last year's. Each part gets the share of its text
// found in last year's report; a problems or plans part that is mostly copied is flagged (the
// reviewers' first complaint: last year's 存在的问题 and 下一步打算 word for word), and each
// paragraph copied nearly word for word points at its source.
import { lineOfOffset } from '../positions';
import { PLANS } from '../figures/parts';
import { partPlaces } from './part-places';
import { PROBLEM_PARTS } from './side';
import { excerpt, lastYear, numberOption, shareOption, type CompareRule } from './types';

const percent = (share: number): string => `${Math.round(share * 100)}%`;

export const reusedRule: CompareRule = {
  id: 'compare-reused',
  description: 'Paragraphs and parts of this year\'s report copied (nearly) word for word from last year\'s; a problems or plans part mostly copied.',
  defaultSeverity: 'warning',
  docs: {
    zh: '与去年报告对比（report-lint compare）：照搬去年的段落与部分，存在的问题、下一步打算大半照搬。',
    finds: 'compare: a problems or plans part mostly copied from last year\'s report; each part\'s copied share; paragraphs copied nearly word for word',
  },
  options: {
    partShare: shareOption('部分照搬比例达到此值即注明。Share from which a part is named.'),
    mostlyCopiedShare: shareOption('存在的问题、下一步打算照搬比例达到此值即警告。Share from which a problems or plans part is flagged.'),
    paragraphShare: shareOption('段落照搬比例达到此值即注明。Share from which a paragraph is named.'),
    minChars: { type: 'integer', minimum: 1, description: '少于此字数的段落与部分不看。Shortest paragraph looked at.' },
  },
  check(ctx) {
    const { current, last, reuse, options } = ctx;
    // A part is named with its share from this share on; a problems/plans part is flagged from mostlyShare on.
    const noteShare = numberOption(options, 'partShare', 0.3, 0, 1);
    const mostlyShare = numberOption(options, 'mostlyCopiedShare', 0.5, 0, 1);
    const paragraphShare = numberOption(options, 'paragraphShare', 0.8, 0, 1);
    // Short paragraphs ("无。", a stock phrase) say nothing about copying.
    const minChars = numberOption(options, 'minChars', 30, 1);

    const here = partPlaces(current);
    const there = partPlaces(last);
    for (const p of reuse.parts.values()) {
      const place = here.get(p.part);
      if (!place || p.chars < minChars || p.share < noteShare) continue;
      const source = there.get(p.part);
      const related = source ? [lastYear(source.span, `去年报告的「${source.name}」部分`)] : [];
      const kept = PROBLEM_PARTS.has(p.part) || p.part === PLANS;
      if (kept && p.share >= mostlyShare) {
        const what = p.part === PLANS ? '下一步打算应针对明年重新制定' : '存在的问题应写今年查摆出的问题';
        ctx.report({
          span: place.span,
          message: `「${place.name}」部分 ${percent(p.share)} 的文字与去年报告相同：${what}，请结合今年情况重写，不要照搬去年的内容。`,
          related,
        });
      } else {
        ctx.report({
          severity: 'info',
          span: place.span,
          message: `「${place.name}」部分 ${percent(p.share)} 的文字与去年报告相同，请确认内容已按今年情况更新。`,
          related,
        });
      }
    }

    for (const r of reuse.paragraphs) {
      if (!r.source || r.norm.length < minChars || r.share < paragraphShare) continue;
      const line = lineOfOffset(last.doc.lineStarts, r.source.span.start) + 1;
      ctx.report({
        severity: 'info',
        span: r.paragraph.span,
        message: `此段 ${percent(r.share)} 与去年报告第 ${line} 行的段落相同（“${excerpt(r.source.text, 20)}”）：请确认是否已按今年情况改写。`,
        related: [lastYear(r.source.span, '去年报告中的这一段')],
      });
    }
  },
};
