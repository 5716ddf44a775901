// How a report's lines become printed blocks, shared by the preview and the Word export so both
// set the same text as title, heading, paragraph or signature. A Markdown paragraph may hold
// several blocks: text pasted from Word has no blank lines, so "一、…" headings, the title and new
// paragraphs are single lines inside one paragraph.
import type MarkdownIt from 'markdown-it';
import type { Heading, ReportDocument } from '../../engine/types';

export type Token = ReturnType<MarkdownIt['parse']>[number];

export interface LineRoles {
  /** The title's line, unless the title comes from the front matter. */
  titleLine: number | null;
  headingAt: Map<number, Heading>;
  paragraphStarts: Set<number>;
  /** Lines of the closing signature and date (署名、成文日期), set right-aligned. */
  signature: Set<number>;
}

export interface LineBlock {
  kind: 'p' | 'title' | 'heading' | 'signature';
  line: number;
  heading?: Heading;
  children: Token[];
}

const CJK = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]/;
const SENTINELS = /[\uE000-\uE01F]/g;

/** A soft line break reads as nothing between two Chinese characters (as in print), else as a space. */
export function softbreakIsSpace(children: Token[], i: number): boolean {
  const before = (children[i - 1]?.content ?? '').replace(SENTINELS, '').slice(-1);
  const after = (children[i + 1]?.content ?? '').replace(SENTINELS, '').charAt(0);
  return !(CJK.test(before) && CJK.test(after));
}

const DATE = /^(?:\d{4}|[〇○零一二三四五六七八九]{4})\s*年\s*(?:\d{1,2}|[〇○零一二三四五六七八九十]{1,3})\s*月\s*(?:\d{1,2}|[〇○零一二三四五六七八九十]{1,3})\s*日$/;
const MAX_SIGNATURE_CHARS = 30;

/** The report's last line when it is a date, and up to two short lines above it (the signer). */
function signatureLines(doc: ReportDocument): Set<number> {
  const out = new Set<number>();
  const lineText = (l: number): string => {
    const end = l + 1 < doc.lineStarts.length ? doc.lineStarts[l + 1] : doc.text.length;
    return doc.prose.slice(doc.lineStarts[l], end).trim();
  };
  const headingLines = new Set(doc.headings.map((h) => h.line));
  let l = doc.lineStarts.length - 1;
  while (l >= 0 && lineText(l) === '') l--;
  if (l < 0 || !DATE.test(lineText(l))) return out;
  out.add(l);
  for (let taken = 0; taken < 2; taken++) {
    l--;
    while (l >= 0 && lineText(l) === '') l--;
    const t = l >= 0 ? lineText(l) : '';
    if (!t || t.length > MAX_SIGNATURE_CHARS || /[。；;，,：:！!？?]$/.test(t) || headingLines.has(l) || l === doc.title?.line) break;
    out.add(l);
  }
  return out;
}

export function lineRoles(doc: ReportDocument): LineRoles {
  const fromFrontMatter = doc.frontMatter && doc.title && doc.title.span.start === doc.frontMatter.span.start;
  const headingAt = new Map<number, Heading>();
  for (const h of doc.headings) headingAt.set(h.line, h);
  return {
    titleLine: doc.title && !fromFrontMatter ? doc.title.line : null,
    headingAt,
    paragraphStarts: new Set(doc.paragraphs.map((p) => p.line)),
    signature: signatureLines(doc),
  };
}

/** The inline children of a paragraph cut at line breaks: offset (line within the paragraph), pieces, and the break before each. */
function splitLines(children: Token[], lineCount: number): { offset: number; children: Token[]; breakBefore?: Token }[] {
  const breaks = children.filter((t) => t.type === 'softbreak' || t.type === 'hardbreak').length;
  // Line breaks inside inline code are not tokens: when the count does not add up, keep one block.
  if (breaks + 1 !== lineCount) return [{ offset: 0, children }];
  const out: { offset: number; children: Token[]; breakBefore?: Token }[] = [{ offset: 0, children: [] }];
  let depth = 0;
  let offset = 0;
  for (const t of children) {
    if (t.type === 'softbreak' || t.type === 'hardbreak') {
      offset++;
      if (depth === 0) {
        out.push({ offset, children: [], breakBefore: t });
        continue;
      }
    }
    depth += t.nesting;
    out[out.length - 1].children.push(t);
  }
  return out;
}

/**
 * The blocks of a Markdown paragraph: split at the line breaks the engine's model says start a
 * block (only at breaks outside emphasis and links, so every piece stays well-formed).
 */
export function paragraphBlocks(roles: LineRoles, open: Token, inline: Token): LineBlock[] {
  const [a, b] = open.map ?? [0, 1];
  const groups = splitLines(inline.children ?? [], b - a);
  const blocks: LineBlock[] = [];
  for (const { offset, children: part, breakBefore } of groups) {
    const line = a + offset;
    const h = roles.headingAt.get(line);
    const last = blocks[blocks.length - 1];
    if (line === roles.titleLine) blocks.push({ kind: 'title', line, children: part });
    else if (h && h.markdownLevel === null) blocks.push({ kind: h.runIn ? 'p' : 'heading', line, heading: h, children: part });
    else if (roles.signature.has(line)) blocks.push({ kind: 'signature', line, children: part });
    else if (!last || last.kind !== 'p' || last.heading || roles.paragraphStarts.has(line)) blocks.push({ kind: 'p', line, children: part });
    else last.children.push(...(breakBefore ? [breakBefore] : []), ...part);
  }
  return blocks;
}
