// How a document separates its paragraphs, so text a fix inserts looks like the text around it.
import type { ReportDocument } from '../types';

function isBlankLine(doc: ReportDocument, line: number): boolean {
  const { text, lineStarts } = doc;
  const end = line + 1 < lineStarts.length ? lineStarts[line + 1] : text.length;
  return /^[ \t\u3000]*(?:\r\n?|\n)?$/.test(text.slice(lineStarts[line], end));
}

/**
 * Whether the document puts a blank line between its blocks (headings and paragraphs): Markdown
 * usually does, text pasted from Word usually does not. Decided by most of the blocks after the first.
 */
export function usesBlankLines(doc: ReportDocument): boolean {
  const starts = [...doc.headings.map((h) => h.line), ...doc.paragraphs.map((p) => p.line)].sort((a, b) => a - b);
  let blank = 0;
  let tight = 0;
  for (const line of starts.slice(1)) {
    if (line === 0) continue;
    if (isBlankLine(doc, line - 1)) blank++;
    else tight++;
  }
  return blank > tight;
}

/** Whether the text already ends with a blank line (two line breaks with only spaces between), or is empty. */
export function endsWithBlankLine(text: string): boolean {
  let i = text.length;
  const skipSpaces = () => {
    while (i > 0 && /[ \t\u3000]/.test(text[i - 1])) i--;
  };
  const skipBreak = (): boolean => {
    if (text[i - 1] === '\n') i -= text[i - 2] === '\r' ? 2 : 1;
    else if (text[i - 1] === '\r') i--;
    else return false;
    return true;
  };
  skipSpaces();
  if (i === 0) return true;
  if (!skipBreak()) return false;
  skipSpaces();
  return i === 0 || skipBreak();
}
