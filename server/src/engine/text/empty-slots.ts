// Empty slots: a figure deleted from a draft with nothing left in its place, so no mark shows it.
// Seen in real reports (test/corpus): “涉法涉诉信访 件。” (a space where the number stood, an
// official 述法报告 of 2024) and “行政应诉案件2件，件案件分别是” (a count, then the same unit with
// no number). Only shapes that are never right are read: a count unit after a space and before
// clause punctuation, and a unit repeated bare right after “N+unit，”.
import type { Span } from '../types';

/** Count units that a number must precede; none of them ends a word before clause punctuation. */
const GAP_UNITS = '件次项起场份名户家宗例';
/** A CJK character, blanks, then a bare unit that closes its clause: 信访 件。 */
const GAP = new RegExp(`(?<=[\\u4e00-\\u9fff])[ \\u3000]+[${GAP_UNITS}](?=[，。；、：,.;:）)])`, 'g');
/**
 * “2件，件案件”: the unit again, bare, opening the next clause. 件 / 宗 / 例 only — the other units
 * begin words there (户均, 次日, 项目, 家庭, 名单); 件件 (every one) and 件数 are words too.
 */
const BARE_REPEAT = /(?<=[0-9０-９]([件宗例])[，,、]\s*)\1(?![件宗例数均])/g;

export interface EmptySlot {
  span: Span;
  unit: string;
}

/** Empty slots that start in [from, to) of `prose` (whole lines). */
export function findEmptySlotsIn(prose: string, from: number, to: number): EmptySlot[] {
  const piece = prose.slice(0, to);
  const out: EmptySlot[] = [];
  for (const re of [GAP, BARE_REPEAT]) {
    re.lastIndex = from;
    for (let m = re.exec(piece); m; m = re.exec(piece)) {
      out.push({ span: { start: m.index, end: m.index + m[0].length }, unit: m[0].trim() });
    }
  }
  return out.sort((a, b) => a.span.start - b.span.start);
}
