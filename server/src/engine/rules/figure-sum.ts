// figure-sum: parts that do not fit their total. "排查矛盾纠纷141次，其中…50次、…60次、…40次":
// a part larger than the total, or parts adding up to more than the total, are always wrong;
// parts adding up to less are only wrong when the list is clearly complete (its last item is
// 其他/其余…, or it is 已…/未…, 男…/女…). Also "共梳理政务服务事项515项，行政许可事项218项，
// 其他事项297项": a marked total followed by its categories ending in 其他.
import type { Figure } from '../text/figures';
import type { Rule, RuleContext } from '../types';

/** A part list ends where the sentence goes on to an outcome of the whole (…，办结38件). */
const OUTCOME = /^(?:已|并|均|共|累计)?(?:办结|化解|答复|回复|结案|调处|完成|整改|处理|处置|解决|挽回|追回|兑现|成功)/;
const REST = /^(?:其他|其余|其它|剩余|余下|另有|另)/;
/** Parts that are a subset or a later outcome of others, not a category beside them (立案撤销, 移送司法机关). */
const SUBSET = /撤销|撤回|撤案|终止|中止|移送|移交|退回|驳回|不予/;
const COMPLEMENTS: [RegExp, RegExp][] = [
  [/^(?:已|均已)/, /^(?:未|尚未|正在)/],
  [/^男/, /^女/],
  [/^(?:城镇|城市)/, /^农村/],
  [/^线上/, /^线下/],
];
/** Bounds the categories read after a marked total (keeps the check linear). */
const MAX_PARTS = 20;
// 共 but not 公共/共同/共建…
const TOTAL_MARK = /(?<!公)共(?![同建享治青商])|合计|总计|全部/;

export const figureSum: Rule = {
  id: 'figure-sum',
  description: 'Parts after 其中 exceed their total, or a complete list of parts does not add up to it.',
  defaultSeverity: 'warning',
  docs: {
    zh: '分项之和是否等于合计。',
    finds:
      'parts after 其中 add up to more than the total, or to less when the list is clearly complete; a part larger than its total. Only parts of one dimension are added (简易程序/普通程序, not 立案撤销)',
  },
  check(ctx) {
    for (const sentence of ctx.analysis.figureSentences) {
      // Both checks need a total and at least one part.
      if (sentence.length < 2) continue;
      const figures = sentence.map((d) => d.figure).filter((f) => f.kind === 'count' || f.kind === 'money');
      checkQizhong(ctx, figures);
      checkMarkedTotal(ctx, figures);
    }
  },
};

function checkQizhong(ctx: RuleContext, figures: Figure[]): void {
  if (!figures.some((f) => f.part)) return;
  // One pass: the figures of each 其中 list, and the figure right before its 其中 (the total).
  const lists = new Map<number, { total: Figure | undefined; members: Figure[] }>();
  let last: Figure | undefined;
  for (const f of figures) {
    if (f.part) {
      let list = lists.get(f.partOf);
      if (!list) lists.set(f.partOf, (list = { total: last && last.span.end <= f.partOf ? last : undefined, members: [] }));
      list.members.push(f);
    }
    last = f;
  }
  for (const { total, members } of lists.values()) {
    if (!total || total.approx || total.growth) continue;
    const parts: Figure[] = [];
    for (const f of members) {
      if (f.subPart || f.unit !== total.unit) continue;
      if (parts.length > 0 && (OUTCOME.test(f.label) || f.growth || f.rates.length > 0)) break;
      parts.push(f);
    }
    if (parts.length === 0) continue;
    const over = parts.find((p) => !p.approx && p.value > total.value);
    if (over) {
      ctx.report({
        message: `其中一项为${over.text}，超过总数${total.text}：分项不能大于总数，请核对。`,
        span: over.span,
        related: [{ span: total.span, message: `总数${total.text}` }],
      });
      continue;
    }
    // Adding up needs named categories (邻里纠纷50次、其他纠纷40次); "其中8个村被评为…、
    // 10个村建成…" lists attributes that may overlap.
    if (parts.length < 2 || parts.some((p) => p.approx || p.label === '' || p.after !== '')) continue;
    const categories = oneDimension(parts);
    if (categories.length < 2) continue;
    const sum = categories.reduce((a, p) => a + p.value, 0);
    if (sum > total.value + 1e-6 || (complete(categories) && sum < total.value - 1e-6)) reportSum(ctx, total, categories, sum);
  }
}

/** "共…515项，…218项，其他…297项": a marked total, then categories of the same head noun ending in 其他. */
function checkMarkedTotal(ctx: RuleContext, figures: Figure[]): void {
  for (let i = 0; i + 2 < figures.length; i++) {
    const total = figures[i];
    if (total.part || total.approx || total.growth || !TOTAL_MARK.test(total.rawLabel)) continue;
    const head = total.label.slice(-2);
    if (head.length < 2) continue;
    const parts: Figure[] = [];
    for (let j = i + 1; j < figures.length && parts.length < MAX_PARTS; j++) {
      const f = figures[j];
      if (f.unit !== total.unit || f.part || f.approx || f.growth || !f.label.endsWith(head)) break;
      parts.push(f);
      if (REST.test(f.label)) break;
    }
    if (parts.length < 2 || !REST.test(parts[parts.length - 1].label)) continue;
    const sum = parts.reduce((a, p) => a + p.value, 0);
    if (Math.abs(sum - total.value) > 1e-6) reportSum(ctx, total, parts, sum);
  }
}

/**
 * The leading run of parts that split the total along one dimension. "其中简易程序110件，普通
 * 程序280件、立案撤销8件": the first two name a kind of 程序, 立案撤销 is a subset of another
 * kind (cases later revoked) and is not added in. Categories that share a head noun run while
 * the head (or 其他/其余) continues; a part that names a subset or an outcome (撤销, 移送…)
 * ends the run either way.
 */
function oneDimension(parts: Figure[]): Figure[] {
  const head = parts[0].label.slice(-2);
  const shared = head.length === 2 && parts[1].label.endsWith(head);
  let n = 0;
  while (n < parts.length) {
    const label = parts[n].label;
    if (SUBSET.test(label)) break;
    if (shared && n >= 2 && !label.endsWith(head) && !REST.test(label)) break;
    n++;
  }
  return parts.slice(0, n);
}

function complete(parts: Figure[]): boolean {
  // Raw labels: normalising drops the 已 that makes 已办结/未办结 a complementary pair.
  const raw = (f: Figure): string => f.rawLabel.replace(/^其中[：:]?/, '');
  const first = raw(parts[0]);
  const last = raw(parts[parts.length - 1]);
  if (REST.test(parts[parts.length - 1].label)) return true;
  return parts.length === 2 && COMPLEMENTS.some(([a, b]) => a.test(first) && b.test(last));
}

function reportSum(ctx: RuleContext, total: Figure, parts: Figure[], sum: number): void {
  const more = sum > total.value;
  const terms = parts.map((p) => formatNumber(p.value)).join('+');
  ctx.report({
    message: `分项合计${terms}=${formatNumber(sum)}${total.unit}，${more ? '多于' : '少于'}总数${total.text}：请核对总数和各分项数字。`,
    span: total.span,
    related: parts.map((p) => ({ span: p.span, message: `分项${p.text}` })),
  });
}

function formatNumber(v: number): string {
  return String(Math.round(v * 1e4) / 1e4);
}
