// Builds the "prose" view of a document: the same length as the source, with everything that
// is not prose blanked by spaces (newlines kept), so rules can scan it with plain offsets.
import type { Span } from '../types';

/**
 * Inline constructs that are never prose: code spans, link targets, URLs, HTML tags. Each comes
 * with strings one of which every match contains: most reports have none of them, and a cheap
 * `includes` then saves a regex scan of the whole text.
 */
const INLINE_NON_PROSE: { re: RegExp; needs: string[] }[] = [
  { re: /`[^`\r\n]*`/g, needs: ['`'] }, // inline code
  { re: /\]\([^()\s]*(?:\s+"[^"\r\n]*")?\)/g, needs: [']('] }, // link / image destination: ](url "title")
  { re: /^\s{0,3}\[[^\]\r\n]+\]:\s*\S+.*$/gm, needs: [']:'] }, // reference definition
  { re: /<(?:https?|mailto|ftp):[^>\s]*>/g, needs: ['<'] }, // autolink
  { re: /\b(?:https?:\/\/|www\.)[A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=%]+/g, needs: ['http', 'www.'] }, // bare URL (ASCII only)
  { re: /<\/?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>\r\n]*)?\/?>/g, needs: ['<'] }, // HTML tag (shown as text, not prose)
];

/** HTML comments `<!-- … -->`, found with indexOf so unterminated ones cost linear time. */
export function findHtmlComments(text: string): Span[] {
  const out: Span[] = [];
  let from = 0;
  for (;;) {
    const start = text.indexOf('<!--', from);
    if (start < 0) break;
    const close = text.indexOf('-->', start + 4);
    if (close < 0) break; // unterminated: not a comment, and no later one can close either
    out.push({ start, end: close + 3 });
    from = close + 3;
  }
  return out;
}

/** Blanks the given spans (sorted or not) in `text`, keeping line breaks. */
export function blank(text: string, spans: Span[]): string {
  if (spans.length === 0) return text;
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const parts: string[] = [];
  let pos = 0;
  for (const s of sorted) {
    const start = Math.max(s.start, pos);
    if (s.end <= start) continue;
    parts.push(text.slice(pos, start));
    parts.push(text.slice(start, s.end).replace(/[^\r\n]/g, ' '));
    pos = s.end;
  }
  parts.push(text.slice(pos));
  return parts.join('');
}

/** Spans of inline non-prose constructs in `text` (which should already have code blocks blanked). */
export function findInlineNonProse(text: string): Span[] {
  const out: Span[] = [];
  for (const { re, needs } of INLINE_NON_PROSE) {
    if (!needs.some((n) => text.includes(n))) continue;
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      // For links keep the "]" so the link text stays prose; blank the "(url)".
      const start = m[0].startsWith('](') ? m.index + 1 : m.index;
      out.push({ start, end: m.index + m[0].length });
      if (m[0].length === 0) re.lastIndex++;
    }
  }
  return out;
}
