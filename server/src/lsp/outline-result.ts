// What the server answers requests from: an analysis result whose document model may be the
// outline only (a result from the worker thread, worker-protocol.ts) or the whole model (a
// result computed on this thread). Diagnostics, code actions, symbols and folding need only the
// outline; completion needs the whole model (Analyser.fullDocument).
import type { AnalysisResult, Heading, ReportDocument, Span } from '../engine';

/** A section without its paragraphs. */
export interface OutlineSection {
  heading: Heading;
  span: Span;
  children: OutlineSection[];
}

/** The document model without paragraphs and prose. A whole ReportDocument is one too. */
export interface OutlineDocument {
  text: string;
  frontMatter: ReportDocument['frontMatter'];
  title: ReportDocument['title'];
  sections: OutlineSection[];
  headings: Heading[];
  lineStarts: number[];
  comments: Span[];
}

export type OutlineResult = Omit<AnalysisResult, 'document'> & { document: OutlineDocument };

/** True when the result carries the whole document model (it was analysed on this thread). */
export function isWholeResult(result: OutlineResult): result is AnalysisResult {
  return 'prose' in result.document;
}
