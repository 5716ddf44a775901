// Places where a report's numbering starts again: an attachment (附件 / 附件1：…) and the real
// title after a pasted outline both open a new document, whose 一、 or 1. is no repeat.
import type { ReportDocument } from '../types';
import { isReportTitle, lineText } from './title-lines';

const ATTACHMENT = /^附件\s*[0-9０-９一二三四五六七八九十]*\s*[:：]?/u;
const MAX_ATTACHMENT_LINE = 60;

/** Offsets (line starts, ascending) after which numbering may start again (AnalysisContext.restarts). */
export function numberingRestarts(doc: ReportDocument): number[] {
  const out: number[] = [];
  const numbered = new Set(doc.headings.filter((h) => h.markerSpan !== null).map((h) => h.line));
  const firstHeading = doc.headings.find((h) => h.markerSpan !== null);
  for (let l = 0; l < doc.lineStarts.length; l++) {
    if (numbered.has(l)) continue;
    const end = l + 1 < doc.lineStarts.length ? doc.lineStarts[l + 1] : doc.text.length;
    const line = lineText(doc, l, end);
    if (line.length === 0) continue;
    const attachment = line.length <= MAX_ATTACHMENT_LINE && ATTACHMENT.test(line);
    // A title only restarts numbering once some numbered heading (the outline) stands before it.
    const titleAfterOutline = firstHeading !== undefined && firstHeading.line < l && isReportTitle(line);
    if (attachment || titleAfterOutline) out.push(doc.lineStarts[l]);
  }
  return out;
}

/** Whether a restart point lies between two offsets. */
export function restartBetween(restarts: readonly number[], from: number, to: number): boolean {
  let lo = 0;
  let hi = restarts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (restarts[mid] <= from) lo = mid + 1;
    else hi = mid;
  }
  return lo < restarts.length && restarts[lo] < to;
}
