// The figures of this year's report paired with last year's: the same thing counted (same name
// and unit), each stated once in the work parts of both reports, so the pair is unambiguous.
import type { DocFigure } from '../figures/collect';
import { PLANS } from '../figures/parts';
import type { ReportSide } from './side';

export interface FigurePair {
  /** What both figures count (their name without change words). */
  name: string;
  last: DocFigure;
  current: DocFigure;
}

/** A stock rather than a flow ("全镇共有12个村", "下辖5个社区"): the same next year is no news. */
const STOCK_BEFORE = /(?:有|辖|设|配备|建成|组建|成立)[^，。；]{0,4}$/;

/** "受理案件同比增长至120件": the figure is this year's level, named without the change words. */
const LEVEL_AFTER_CHANGE = /(?:同比|环比|较上年|比上年|较去年|比去年|较同期)?(?:增长|增加|上升|提高|提升|增多|上涨|攀升|下降|减少|降低|回落|下滑|缩减)(?:至|到)$/;

/** The name a figure is paired by, or null when it is not comparable across years. */
function pairName(f: DocFigure, prose: string): string | null {
  const fig = f.figure;
  if (f.section === PLANS) return null; // targets, not results
  if (fig.approx || fig.kind === 'year' || fig.kind === 'other') return null;
  let name = fig.name;
  if (fig.growth) {
    // A change ("增长20%", "增加20件") is no level to compare; a level reached ("增长至120件") is.
    if (fig.kind === 'percent' || !LEVEL_AFTER_CHANGE.test(name)) return null;
    name = name.replace(LEVEL_AFTER_CHANGE, '');
  }
  if (name.length < 2) return null;
  return STOCK_BEFORE.test(prose.slice(Math.max(0, fig.numberSpan.start - 12), fig.numberSpan.start)) ? null : name;
}

function byKey(side: ReportSide): Map<string, DocFigure[]> {
  const out = new Map<string, DocFigure[]>();
  for (const f of side.figures) {
    const name = pairName(f, side.doc.prose);
    if (name === null) continue;
    const key = `${name}\u0000${f.figure.unit}`;
    const list = out.get(key);
    if (list) list.push(f);
    else out.set(key, [f]);
  }
  return out;
}

/** Pairs in this year's document order. */
function figurePairs(last: ReportSide, current: ReportSide): FigurePair[] {
  const before = byKey(last);
  const pairs: FigurePair[] = [];
  for (const [key, now] of byKey(current)) {
    const then = before.get(key);
    if (now.length === 1 && then?.length === 1) pairs.push({ name: key.slice(0, key.indexOf('\u0000')), last: then[0], current: now[0] });
  }
  return pairs.sort((a, b) => a.current.figure.span.start - b.current.figure.span.start);
}

const pairCache = new WeakMap<ReportSide, WeakMap<ReportSide, FigurePair[]>>();

/** figurePairs, computed once per comparison. */
export function cachedFigurePairs(last: ReportSide, current: ReportSide): FigurePair[] {
  let byCurrent = pairCache.get(last);
  if (!byCurrent) pairCache.set(last, (byCurrent = new WeakMap()));
  let pairs = byCurrent.get(current);
  if (!pairs) byCurrent.set(current, (pairs = figurePairs(last, current)));
  return pairs;
}
