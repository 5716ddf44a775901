// compare-dropped-plan: an item of last year's 下一步打算 that this year's report never speaks
// of again. Each item is its title (a heading in the plans part, or the first sentence of a
// "一是…" item or a paragraph); it counts as mentioned when enough of its wording's
// four-character runs occur anywhere in this year's report (a hash set: linear).
import { partRegions, PLANS } from '../figures/parts';
import type { Span } from '../types';
import { partPlaces } from './part-places';
import { normalise, type Normalised } from './shingles';
import { PROBLEM_PARTS, type ReportSide } from './side';
import { excerpt, lastYear, numberOption, shareOption, type CompareRule } from './types';

const GRAM = 4;
/** Words every plan uses: they say nothing about which plan it is. */
const GENERIC = /进一步|持续|继续|深入|全面|切实|不断|着力|扎实|加大|加强|强化|提高|提升|推进|推动|深化|完善|健全|落实|坚持|做好|抓好|认真|大力|积极|努力|工作|力度|水平|[一二三四五六七八九十]{1,3}是/g;
const TITLE_END = /[。；;！？!?：:]/;

interface PlanItem {
  title: string;
  span: Span;
}

function firstSentence(text: string, start: number): PlanItem {
  const m = TITLE_END.exec(text);
  const title = m ? text.slice(0, m.index) : text;
  return { title, span: { start, end: start + title.length } };
}

/** Last year's plan items: headings inside the plans part, else the items of its paragraphs. */
function planItems(side: ReportSide): PlanItem[] {
  const items: PlanItem[] = [];
  const regions = partRegions(side.doc, side.profile).filter((r) => r.part === PLANS);
  // Sub-headings of the plans part are its items ("（一）强化组织领导").
  for (const h of side.doc.headings) {
    if (regions.some((r) => h.lineSpan.start > r.span.start && h.lineSpan.start < r.span.end)) items.push(firstSentence(h.text, h.textSpan.start));
  }
  if (items.length > 0) return items;
  const inPlans = side.parts.filter((p) => p.part === PLANS).map((p) => p.paragraph);
  for (const p of inPlans) {
    if (p.ordinals.length === 0) {
      items.push(firstSentence(p.text, p.span.start));
      continue;
    }
    for (const o of p.ordinals) items.push(firstSentence(side.doc.text.slice(o.span.start, p.span.end), o.span.start));
  }
  return items;
}

/** The four-character runs of a text, each hashed to a small integer (a chance clash only makes an item look mentioned: silence). */
function grams(norm: Normalised): number[] {
  const out: number[] = [];
  const c = norm.codes;
  for (let i = 0; i + GRAM <= norm.length; i++) {
    const h = Math.imul(Math.imul(Math.imul(c[i], 0x01000193) ^ c[i + 1], 0x01000193) ^ c[i + 2], 0x01000193) ^ c[i + 3];
    out.push((Math.imul(h ^ (h >>> 15), 0x2c1b3c6d) >>> 2) & 0x3fffffff);
  }
  return out;
}

function gramSet(side: ReportSide): Set<number> {
  return new Set(grams(normalise(side.doc.prose)));
}

/** Where a finding about the whole review goes: the first work part's heading, else the title, else the start. */
function reviewPlace(side: ReportSide): Span {
  const places = partPlaces(side);
  for (const part of side.profile.parts) {
    if (PROBLEM_PARTS.has(part.id) || part.id === PLANS) continue;
    const p = places.get(part.id);
    if (p) return p.span;
  }
  if (side.doc.title) return side.doc.title.span;
  const first = side.doc.paragraphs[0] ?? null;
  return first ? first.span : { start: 0, end: 0 };
}

export const droppedPlanRule: CompareRule = {
  id: 'compare-dropped-plan',
  description: 'An item of last year\'s plans that this year\'s report never mentions.',
  defaultSeverity: 'info',
  docs: {
    zh: '与去年报告对比：去年的下一步打算今年未再提及。',
    finds: 'compare: an item of last year\'s plans never mentioned again',
  },
  options: {
    mentionedShare: shareOption('打算的用语在今年报告中出现达到此比例即算提及。Share of an item\'s wording that counts as mentioned.'),
  },
  check(ctx) {
    const mentionedShare = numberOption(ctx.options, 'mentionedShare', 0.3, 0, 1);
    const items = planItems(ctx.last);
    if (items.length === 0) return;
    const here = gramSet(ctx.current);
    const at = reviewPlace(ctx.current);
    for (const item of items) {
      const g = grams(normalise(item.title.replace(GENERIC, ' ')));
      // Too little specific wording to tell ("一是加强学习"): silence.
      if (g.length < 3) continue;
      const found = g.filter((x) => here.has(x)).length;
      if (found / g.length >= mentionedShare) continue;
      ctx.report({
        span: at,
        message: `去年报告的下一步打算“${excerpt(item.title.replace(/^[一二三四五六七八九十]+是/, ''), 30)}”在今年的报告中没有再提及：请说明落实情况。`,
        related: [lastYear(item.span, '去年报告中的这项打算')],
      });
    }
  },
};
