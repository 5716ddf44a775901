// Word boundaries of Chinese text from ICU's dictionary segmenter (Intl.Segmenter, built into
// Node with full ICU): a term match must begin and end at a word boundary, so that 习总书记 is
// not found in 学习|总书记 nor 己经 in 悦|己|经济. Only the clause around a candidate is
// segmented, so the cost is per candidate match, not per document.

/** null where the runtime lacks Intl.Segmenter (small-ICU builds): then every match stands. */
const segmenter: Intl.Segmenter | null = typeof Intl.Segmenter === 'function' ? new Intl.Segmenter('zh', { granularity: 'word' }) : null;

/** Characters read on each side of a match, at most; a clause mark or a line break ends the window sooner. */
const CONTEXT = 24;
const isClauseEnd = (c: number): boolean =>
  c === 10 || c === 13 || c === 0x3002 || c === 0xff0c || c === 0x3001 || c === 0xff1b || c === 0xff1a || c === 0xff01 || c === 0xff1f || c === 0x2c || c === 0x3b || c === 0x21 || c === 0x3f;

/** The clause window around [start, end): its start and the text in it. */
function windowAround(text: string, start: number, end: number): { from: number; piece: string } {
  let from = start;
  while (from > 0 && start - from < CONTEXT && !isClauseEnd(text.charCodeAt(from - 1))) from--;
  let to = end;
  while (to < text.length && to - end < CONTEXT && !isClauseEnd(text.charCodeAt(to))) to++;
  return { from, piece: text.slice(from, to) };
}

/** Whether [start, end) of `text` begins or ends inside a word (the segmenter's, in its clause). */
export function straddlesWord(text: string, start: number, end: number): boolean {
  if (segmenter === null || end <= start) return false;
  const { from, piece } = windowAround(text, start, end);
  const a = start - from;
  const b = end - from;
  let startsWord = a === 0;
  let endsWord = b === piece.length;
  for (const s of segmenter.segment(piece)) {
    if (s.index === a) startsWord = true;
    if (s.index === b) endsWord = true;
    if (s.index >= b) break;
  }
  return !(startsWord && endsWord);
}

/** The word that ends at `at` in its clause ('' at the clause's start or without a segmenter). */
export function wordBefore(text: string, at: number): string {
  if (segmenter === null) return '';
  const { from, piece } = windowAround(text, at, at);
  for (const s of segmenter.segment(piece)) {
    if (s.index + s.segment.length === at - from) return s.segment;
    if (s.index >= at - from) break;
  }
  return '';
}
