// Where a report's title may stand. The parser takes the first plain line as the title, but real
// texts break a title over two lines (…法治政府建设 / 工作的报告), or open with a pasted outline or
// a 【提纲】 before it: any short heading-like line near the top that ends with the name of a
// report kind is read as a title too.
import type { ReportDocument } from '../types';
import { MAX_MATCH_TEXT } from './match';

/** How far from the top a title is looked for, in lines (an outline of a report runs 10–30 lines). */
const TITLE_SEARCH_LINES = 40;
const MAX_TITLE_LINE = 60;
/** A title names its kind at its end: …述职报告, …工作总结, …的报告（初稿）. */
const KIND_AT_END = /(报告|总结|述职|汇报|谋划)([（(][^）)]{0,40}[）)])?$/u;
const SENTENCE_PUNCTUATION = /[。！？；;!?：:]/u;

export function titleCandidates(doc: ReportDocument): string[] {
  const out: string[] = [];
  const numbered = new Set(doc.headings.filter((h) => h.markerSpan !== null).map((h) => h.line));
  const lines = Math.min(doc.lineStarts.length, TITLE_SEARCH_LINES);
  let previous = '';
  if (doc.title) out.push(doc.title.text.slice(0, MAX_MATCH_TEXT));
  for (let l = 0; l < lines; l++) {
    const end = l + 1 < doc.lineStarts.length ? doc.lineStarts[l + 1] : doc.text.length;
    const line = doc.prose.slice(doc.lineStarts[l], end).replace(/^[\s\u3000#>]+|[\s\u3000]+$/gu, '');
    const titleLike = line.length > 0 && line.length <= MAX_TITLE_LINE && !numbered.has(l) && !SENTENCE_PUNCTUATION.test(line);
    if (titleLike && KIND_AT_END.test(line)) {
      out.push(line);
      // A title broken over two lines: 桐木漯瑶族乡人民政府关于2023年度法治政府建设 / 工作的报告
      if (previous) out.push((previous + line).slice(0, MAX_MATCH_TEXT));
    }
    previous = titleLike ? line : '';
  }
  return out;
}
