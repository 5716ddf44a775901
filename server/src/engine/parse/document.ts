// Parses a report (Markdown, or plain text pasted from Word) into the document model.
import type { Heading, Paragraph, ReportDocument, Span } from '../types';
import { computeLineStarts, lineOfOffset } from '../positions';
import { readFrontMatter } from './front-matter';
import { contentStart, endsParagraph, readNumberedLine, trimEnd } from './lines';
import { parseBlocks } from './markdown';
import { blank, findHtmlComments, findInlineNonProse } from './mask';
import { findOrdinals, shiPositions } from './ordinals';
import { buildSections } from './sections';

const MAX_TITLE_CHARS = 60;

type Token = ReturnType<typeof parseBlocks>[number];

interface Block {
  kind: 'heading' | 'paragraph';
  startLine: number;
  endLine: number;
  markdownLevel?: number;
  setext?: boolean;
}

export function parseReport(text: string): ReportDocument {
  const lineStarts = computeLineStarts(text);
  const lineEnd = (l: number): number => (l + 1 < lineStarts.length ? lineStarts[l + 1] : text.length);
  const frontMatter = readFrontMatter(text);

  // Block structure from markdown-it, on the text with the front matter blanked.
  const nonProse: Span[] = frontMatter ? [frontMatter.span] : [];
  const forMarkdown = blank(text, nonProse);
  const tokens = parseBlocks(forMarkdown);
  const blocks: Block[] = [];
  let inTable = 0;
  for (const t of tokens) {
    if (t.type === 'table_open') inTable++;
    else if (t.type === 'table_close') inTable--;
    if (!t.map) continue;
    const [a, b] = t.map;
    if (t.type === 'fence' || t.type === 'hr') nonProse.push({ start: lineStarts[a], end: lineEnd(b - 1) });
    else if (t.type === 'heading_open') blocks.push(headingBlock(t));
    else if (t.type === 'paragraph_open' && !inTable) blocks.push({ kind: 'paragraph', startLine: a, endLine: b });
  }
  // Comments inside code blocks are code, not directives.
  const codeBlanked = blank(text, nonProse);
  const comments = findHtmlComments(codeBlanked);
  nonProse.push(...comments);
  const blockMasked = blank(text, nonProse);
  const inline = findInlineNonProse(blockMasked);
  const prose = blank(blockMasked, inline);

  const headings: Heading[] = [];
  const paragraphs: Paragraph[] = [];
  let title: ReportDocument['title'] = null;
  let seenContent = false;

  let shis: number[] | undefined;
  const addParagraph = (start: number, end: number): void => {
    end = trimEnd(prose, start, end);
    if (end <= start) return;
    const line = lineOfOffset(lineStarts, start);
    paragraphs.push({ span: { start, end }, line, text: text.slice(start, end), ordinals: findOrdinals(prose, start, end, (shis ??= shiPositions(prose))) });
  };

  for (const block of blocks) {
    if (block.kind === 'heading') {
      const h = readMarkdownHeading(prose, lineStarts, lineEnd, block);
      if (!h) continue;
      if (!title && !seenContent && h.markdownLevel === 1 && h.number === null) {
        title = { text: h.text, span: h.textSpan, line: h.line };
      } else {
        headings.push(h);
      }
      seenContent = true;
      continue;
    }
    // Paragraph block: each line is a heading, a new paragraph, or a continuation.
    let paraStart = -1;
    let paraEnd = -1;
    let prevLine = '';
    const flush = (): void => {
      if (paraStart >= 0) addParagraph(paraStart, paraEnd);
      paraStart = -1;
    };
    for (let l = block.startLine; l < block.endLine; l++) {
      const ls = lineStarts[l];
      const le = trimEnd(prose, ls, lineEnd(l));
      const cs = contentStart(prose, ls, le);
      if (cs >= le) {
        flush();
        prevLine = '';
        continue;
      }
      const lineSpan = { start: ls, end: le };
      const h = readNumberedLine(prose, cs, le, l, lineSpan, null);
      if (h) {
        flush();
        headings.push(h);
        seenContent = true;
        if (h.runIn) addParagraph(h.textSpan.start, le);
        continue;
      }
      if (!title && !seenContent && isTitleLine(prose.slice(cs, le)) && !(block.startLine === l && block.endLine === l + 1 && isLastBlock(blocks, block))) {
        title = { text: prose.slice(cs, le), span: { start: cs, end: le }, line: l };
        seenContent = true;
        continue;
      }
      seenContent = true;
      const lineText = prose.slice(cs, le);
      // Word paragraphs end with a sentence end; an indented line or a leading 一是 starts a new one.
      const startsNew = paraStart < 0 || endsParagraph(prevLine) || cs > ls || /^[一二三四五六七八九十]{1,3}是/.test(lineText);
      if (startsNew) {
        flush();
        paraStart = cs;
      }
      paraEnd = le;
      prevLine = lineText;
    }
    flush();
  }

  // A title line in the text wins; else the front matter's title (its span is the front matter).
  if (!title && frontMatter?.title) title = { text: frontMatter.title, span: frontMatter.span, line: 0 };
  const { sections, leadIn } = buildSections(headings, paragraphs, text.length);
  return { text, prose, frontMatter, title, leadIn, sections, headings, paragraphs, lineStarts, comments };
}

function headingBlock(t: Token): Block {
  const [a, b] = t.map as [number, number];
  const setext = t.markup.startsWith('=') || t.markup.startsWith('-');
  return { kind: 'heading', startLine: a, endLine: b, markdownLevel: Number(t.tag.slice(1)), setext };
}

/** A Markdown heading (ATX or setext), with its number marker if the text starts with one. */
function readMarkdownHeading(prose: string, lineStarts: number[], lineEnd: (l: number) => number, block: Block): Heading | null {
  const l = block.startLine;
  const ls = lineStarts[l];
  let le = trimEnd(prose, ls, lineEnd(l));
  let cs = contentStart(prose, ls, le);
  if (!block.setext) {
    while (cs < le && prose[cs] === '#') cs++;
    while (cs < le && (prose[cs] === ' ' || prose[cs] === '\t')) cs++;
    // Optional closing sequence: "## 标题 ##"
    const closing = /[ \t]#+$/.exec(prose.slice(cs, le));
    if (closing) le = trimEnd(prose, cs, le - closing[0].length);
  }
  const level = block.markdownLevel ?? 1;
  const lineSpan = { start: ls, end: trimEnd(prose, ls, lineEnd(block.endLine - 1)) };
  const numbered = readNumberedLine(prose, cs, le, l, lineSpan, level);
  if (numbered) return numbered;
  let textEnd = le;
  while (textEnd > cs && /[。；;：:，,！!？?]/.test(prose[textEnd - 1])) textEnd--;
  return {
    level: 0,
    style: 'none',
    number: null,
    markerSpan: null,
    text: prose.slice(cs, textEnd),
    textSpan: { start: cs, end: textEnd },
    lineSpan,
    line: l,
    markdownLevel: level,
    runIn: false,
  };
}

/** A plain first line reads as a title when it is short and not a sentence. */
function isTitleLine(s: string): boolean {
  const t = s.trim();
  return t.length > 0 && t.length <= MAX_TITLE_CHARS && !/[。；;，,：:！!？?、]$/.test(t) && !/[。！？]/.test(t) && !/^[一二三四五六七八九十]{1,3}是/.test(t);
}

function isLastBlock(blocks: Block[], block: Block): boolean {
  return blocks[blocks.length - 1] === block;
}

