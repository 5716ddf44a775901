// Where a report's title may stand. The parser takes the first plain line as the title, but real
// texts break a title over two lines (…法治政府建设 / 工作的报告), or open with a pasted outline or
// a 【提纲】 before it: any short heading-like line near the top that ends with the name of a
// report kind is read as a title too.
import type { ReportDocument } from '../types';
import { contentStart, trimEnd } from './lines';
/** Titles are matched on this much text (as profile patterns are, see profiles/match). */
const MAX_TITLE_TEXT = 100;

/** How far from the top a title is looked for, in lines (an outline of a report runs 10–30 lines). */
const TITLE_SEARCH_LINES = 40;
const MAX_TITLE_LINE = 60;
/** A title names its kind at its end: …述职报告, …工作总结, …的报告（初稿）. */
const KIND_AT_END = /(报告|总结|述职|汇报|谋划)([（(][^）)]{0,40}[）)])?$/u;
const SENTENCE_PUNCTUATION = /[。！？；;!?：:]/u;

/** A short line with no sentence punctuation: a title, or one line of one. */
function isTitleShaped(line: string): boolean {
  return line.length > 0 && line.length <= MAX_TITLE_LINE && !SENTENCE_PUNCTUATION.test(line);
}

/** A line that names a report: 2025年度…职责情况的报告, 镇政府镇长个人述职报告. */
export function isReportTitle(line: string): boolean {
  return isTitleShaped(line) && KIND_AT_END.test(line);
}

export function titleCandidates(doc: ReportDocument): string[] {
  const out: string[] = [];
  const numbered = new Set(doc.headings.filter((h) => h.markerSpan !== null).map((h) => h.line));
  const lines = Math.min(doc.lineStarts.length, TITLE_SEARCH_LINES);
  let previous = '';
  if (doc.title) out.push(doc.title.text.slice(0, MAX_TITLE_TEXT));
  for (let l = 0; l < lines; l++) {
    const end = l + 1 < doc.lineStarts.length ? doc.lineStarts[l + 1] : doc.text.length;
    const line = lineText(doc, l, end);
    const titleLike = !numbered.has(l) && isTitleShaped(line);
    if (titleLike && KIND_AT_END.test(line)) {
      out.push(line);
      // A title broken over two lines: 桐木漯瑶族乡人民政府关于2023年度法治政府建设 / 工作的报告
      if (previous) out.push((previous + line).slice(0, MAX_TITLE_TEXT));
    }
    previous = titleLike ? line : '';
  }
  return out;
}

/** Lines longer than this are prose, never a title or an attachment line: not even trimmed. */
const MAX_LINE_READ = 200;

/** A source line without indentation, quote, list and heading marks ('' for a long line). */
export function lineText(doc: ReportDocument, line: number, end: number): string {
  end = trimEnd(doc.prose, doc.lineStarts[line], end);
  let start = contentStart(doc.prose, doc.lineStarts[line], end);
  while (start < end && doc.prose[start] === '#') start++;
  start = contentStart(doc.prose, start, end);
  return end - start > MAX_LINE_READ ? '' : doc.prose.slice(start, end);
}
