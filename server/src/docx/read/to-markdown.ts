// Blocks of a .docx as a Markdown report: the title (Title style) as "# …", Word headings as
// "## …" and deeper, list numbers as the reader sees them in front of the text ("一、…", "1.…"
// without a space, so Markdown never takes it for a list of its own), bullets as "- ", bold runs
// as **…**, tables as pipe tables, one blank line between blocks. Every line of the result knows
// the Word paragraph it came from.
import type { DocxBlock, DocxParagraph, Run } from './document';
import type { Styles } from './styles';

export interface MarkdownReport {
  text: string;
  /** For each line of `text` (0-based), the 1-based Word paragraph it shows, or 0 (blank lines). */
  paragraphOfLine: number[];
  /** How many paragraphs the document's body has, empty ones included. */
  paragraphCount: number;
}

/** Markup that would change what a line means in Markdown if a paragraph started with it. */
const BLOCK_START = /^(?:#{1,6}(?=\s|$)|>|[-+*](?=[ \t])|\d{1,9}[.)](?=[ \t]|$)|`{3,}|~{3,}|[-*_=](?:[ \t]*[-*_=]){2,}[ \t]*$|\|)/;

function plain(text: string): string {
  // Tabs (Word's tab stops) read as a space; non-breaking spaces as spaces.
  return text.replace(/\t/g, ' ').replace(/\u00a0/g, ' ');
}

/**
 * The runs as inline Markdown. Asterisks are placeholders in reports ("**件"), not emphasis: a
 * bold run that holds one, or that starts the paragraph (where ** would hide a heading number or
 * "一是" from the checks), is written as plain text.
 */
function inline(runs: Run[], imagePath?: ImagePath): string {
  // Word splits text into many runs: join neighbours of the same weight first.
  const merged: Run[] = [];
  for (const r of runs) {
    const last = merged[merged.length - 1];
    if (r.image) merged.push(r);
    else if (last && !last.image && last.bold === r.bold) last.text += r.text;
    else merged.push({ ...r });
  }
  let out = '';
  merged.forEach((r, i) => {
    if (r.image) {
      const path = imagePath?.(r.image.rId);
      if (path !== undefined) out += imageMarkdown(r.image.alt, path);
      return;
    }
    const text = plain(r.text);
    const core = text.trim();
    const next = merged[i + 1]?.text ?? '';
    const boldable = r.bold && core !== '' && out.trim() !== '' && !/[*_\\`]/.test(core) && !/[*_\\]$/.test(out) && !/^[*_]/.test(next);
    if (!boldable) {
      out += text;
      return;
    }
    const lead = text.slice(0, text.indexOf(core));
    const trail = text.slice(text.indexOf(core) + core.length);
    out += `${lead}**${core}**${trail}`;
  });
  return out;
}

/** Resolves a picture's relationship id to the relative path the Markdown links, if it has one. */
export type ImagePath = (rId: string) => string | undefined;

function imageMarkdown(alt: string, path: string): string {
  const text = alt.replace(/\s+/g, ' ').trim().replace(/([\\[\]])/g, '\\$1');
  // Angle brackets let a destination hold spaces and parentheses.
  const dest = /[\s()<>]/.test(path) ? `<${path.replace(/[<>]/g, encodeURIComponent)}>` : path;
  return `![${text}](${dest})`;
}

function numberPrefix(p: DocxParagraph): string {
  const n = p.number;
  if (!n) return '';
  if (n.bullet) return '- ';
  if (n.text === '') return '';
  if (n.suffix === 'nothing') return n.text;
  // "一、" "（一）" "1." are followed directly by the text in Chinese documents.
  if (/[、，．.）)」】：:]$/.test(n.text)) return n.text;
  return `${n.text} `;
}

function escapeStart(line: string): string {
  return BLOCK_START.test(line) ? `\\${line}` : line;
}

function paragraphText(p: DocxParagraph, styles: Styles, imagePath?: ImagePath): { lines: string[] } | null {
  // Without a resolver pictures are left out entirely, so the checks see the text as before.
  const body = inline(imagePath ? p.runs : p.runs.filter((r) => !r.image), imagePath);
  const prefix = numberPrefix(p);
  if (body.trim() === '' && (prefix === '' || prefix === '- ')) return null;
  const role = styles.role(p.styleId);
  const content = (prefix + body.replace(/^[ \u3000]+/, '')).replace(/\s+$/, '');
  const lines = content.split('\n').map((l) => l.replace(/\s+$/, ''));
  if (role) {
    // A Markdown heading holds one line.
    const hashes = role.kind === 'title' ? '#' : '#'.repeat(Math.min(6, role.level + 1));
    return { lines: [`${hashes} ${lines.join(' ').trim()}`] };
  }
  if (prefix === '- ') return { lines: lines.map((l, i) => (i === 0 ? l : `  ${l}`)) };
  return { lines: lines.map((l, i) => (i === 0 ? escapeStart(l) : escapeStart(l.trimStart()))) };
}

function cellText(cell: DocxParagraph[]): string {
  return cell
    .map((p) => (p.number && !p.number.bullet ? p.number.text : '') + plain(p.runs.map((r) => r.text).join('')).replace(/\n/g, ' '))
    .map((s) => s.trim())
    .filter((s) => s !== '')
    .join(' ')
    .replace(/\|/g, '\\|');
}

export function toMarkdown(blocks: DocxBlock[], styles: Styles, paragraphCount: number, imagePath?: ImagePath): MarkdownReport {
  const lines: string[] = [];
  const paragraphOfLine: number[] = [];
  const push = (line: string, paragraph: number): void => {
    lines.push(line);
    paragraphOfLine.push(paragraph);
  };
  const separate = (): void => {
    if (lines.length > 0) push('', 0);
  };
  for (const b of blocks) {
    if (b.kind === 'paragraph') {
      const t = paragraphText(b, styles, imagePath);
      if (!t) continue;
      separate();
      for (const l of t.lines) push(l, b.index);
      continue;
    }
    const rows = b.rows.filter((r) => r.length > 0);
    if (rows.length === 0) continue;
    separate();
    const width = Math.max(...rows.map((r) => r.length));
    rows.forEach((row, i) => {
      const cells = Array.from({ length: width }, (_, c) => cellText(row[c] ?? []));
      const first = row.flat()[0]?.index ?? 0;
      push(`| ${cells.join(' | ')} |`, first);
      if (i === 0) push(`|${' --- |'.repeat(width)}`, first);
    });
  }
  return { text: lines.length ? `${lines.join('\n')}\n` : '', paragraphOfLine, paragraphCount };
}
