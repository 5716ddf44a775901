// Classifies one source line of a paragraph block: heading (numbered, maybe run-in) or prose.
import type { Heading } from '../types';
import { readMarker } from './markers';

/** Longest text after a number marker that still reads as a standalone heading line. */
const MAX_HEADING_CHARS = 40;
const SENTENCE_END = /[。！？!?；;]/;
const WS = /[ \t\u3000]/;
const TRAILING_SPACE = /[\s\u3000]/;

function isSpace(c: string | undefined): boolean {
  return c !== undefined && WS.test(c);
}

/** Offset of the first content character of a line: skips indentation, '>' quote marks and list bullets. */
export function contentStart(text: string, start: number, end: number): number {
  let i = start;
  for (;;) {
    while (i < end && isSpace(text[i])) i++;
    if (i < end && text[i] === '>') {
      i++;
      continue;
    }
    if (i + 1 < end && (text[i] === '-' || text[i] === '+' || text[i] === '*') && isSpace(text[i + 1])) {
      i += 2;
      continue;
    }
    return i;
  }
}

export function trimEnd(text: string, start: number, end: number): number {
  while (end > start && (isSpace(text[end - 1]) || text[end - 1] === '\r' || text[end - 1] === '\n')) end--;
  return end;
}

/**
 * Reads a numbered heading from a line's content [start, end), or null.
 * "一、主要做法和取得成效" is a standalone heading; "（一）强化组织领导。正文……" is run-in (the
 * title is the first sentence); a long numbered line with no sentence end is run-in up to its
 * first comma.
 */
export function readNumberedLine(
  text: string,
  start: number,
  end: number,
  line: number,
  lineSpan: { start: number; end: number },
  markdownLevel: number | null,
): Heading | null {
  const marker = readMarker(text.slice(start, Math.min(end, start + 12)));
  if (!marker) return null;
  const restStart = start + marker.length;
  const rest = text.slice(restStart, end);
  let titleEnd = end;
  let runIn = false;
  const stop = rest.search(SENTENCE_END);
  if (markdownLevel === null && (rest.length > MAX_HEADING_CHARS || (stop >= 0 && stop < rest.length - 1))) {
    runIn = true;
    const comma = rest.search(/[，,：:]/);
    const cut = stop >= 0 ? stop : comma >= 0 ? comma : Math.min(rest.length, MAX_HEADING_CHARS);
    titleEnd = restStart + cut;
  }
  // A heading's own final punctuation is not part of its text ("一、强化组织领导。").
  let textEnd = titleEnd;
  while (textEnd > restStart && /[。；;：:，,！!？?\s]/.test(text[textEnd - 1])) textEnd--;
  return {
    level: marker.level,
    style: marker.style,
    number: marker.number,
    markerSpan: { start, end: start + marker.markLength },
    text: text.slice(restStart, textEnd),
    textSpan: { start: restStart, end: textEnd },
    lineSpan,
    line,
    markdownLevel,
    runIn,
  };
}

/** Whether a prose line ends a paragraph (Word paragraphs end with a sentence end; wrapped Markdown lines do not). */
export function endsParagraph(lineText: string): boolean {
  // Trailing spaces trimmed by a loop: /[\s\u3000]+$/ retries from every space of a long
  // inner run ("甲      …      乙"), which is quadratic in the run's length.
  let end = lineText.length;
  while (end > 0 && TRAILING_SPACE.test(lineText[end - 1])) end--;
  const t = lineText.slice(0, end);
  if (t === '') return true;
  return /[。！？!?；;：:…]["”’」』）)]*$/.test(t) || /  $/.test(lineText);
}
