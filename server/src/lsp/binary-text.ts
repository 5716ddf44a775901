// Tells a binary-looking document (an image or .docx opened as text, or a file in another
// encoding shown with replacement characters) from a report, so it is skipped rather than
// flooded with meaningless findings.

/** How much of the document's start is looked at, like git's and grep's 8 KB heuristic. */
const sniffLength = 8192;
/** Above this share of suspicious characters in the sniffed start, the text is not a report. */
const suspiciousShare = 0.1;

/** NUL, U+FFFD, or a control character that no text editor or Word paste produces. */
function suspicious(code: number): boolean {
  if (code === 0xfffd) return true;
  if (code < 0x20) return code !== 0x09 && code !== 0x0a && code !== 0x0b && code !== 0x0c && code !== 0x0d;
  return code === 0x7f || (code >= 0x80 && code < 0xa0);
}

/** Whether the text looks binary: a NUL in its first 8 KB, or over 10% suspicious characters there. */
export function looksBinary(text: string): boolean {
  const n = Math.min(text.length, sniffLength);
  let bad = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 0) return true;
    if (suspicious(c)) bad++;
  }
  return n > 0 && bad / n > suspiciousShare;
}
