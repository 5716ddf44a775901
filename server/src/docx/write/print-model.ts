// The report as printed blocks for the Word export, from the same parse as the checks and the
// preview: the engine's document model decides title, headings and paragraphs (preview/blocks.ts),
// markdown-it the inline structure, and placeholders are found as the placeholder rule finds
// them (a placeholder's asterisks are never read as bold).
import { parseReport } from '../../engine/parse/document';
import { createMarkdown, markdown } from '../../engine/parse/markdown';
import type { ReportDocument } from '../../engine/types';
import { lineRoles, paragraphBlocks, softbreakIsSpace, type LineBlock, type LineRoles, type Token } from '../../shared/preview/blocks';
import { headingRole, type FontRoleName } from '../../shared/preview/layout';
import { CLOSE, OPEN, prepareSource, SENTINEL, SENTINEL_CHARS, SLOT, sentinelIndex, type Mark } from '../../shared/preview/marks';

export interface PrintRun {
  text: string;
  bold?: boolean;
  italic?: boolean;
  strike?: boolean;
  /** An unfilled placeholder: highlighted in the .docx. */
  placeholder?: boolean;
  /** A font other than the block's (the title of a run-in heading). */
  role?: FontRoleName;
  /** A line break before this run's text. */
  breakBefore?: boolean;
}

interface PrintParagraph {
  kind: 'title' | 'heading' | 'p' | 'signature';
  /** Numbering level 1–4 of a heading (0: unnumbered); for a run-in heading's paragraph, its level. */
  level?: number;
  runs: PrintRun[];
  /** 0-based source lines [line, endLine) the paragraph comes from. */
  line: number;
  endLine: number;
}

interface PrintTable {
  kind: 'table';
  rows: PrintRun[][][];
  line: number;
  endLine: number;
}

export type PrintBlock = PrintParagraph | PrintTable;

export interface PrintModel {
  title: string | null;
  year: number | null;
  blocks: PrintBlock[];
  /** Placeholders in the report (each one highlighted in the export). */
  placeholderCount: number;
}

const DATE_PARTS = /^(\d{4}|[〇○零一二三四五六七八九]{4})\s*年\s*(\d{1,2}|[〇○零一二三四五六七八九十]{1,3})\s*月\s*(\d{1,2}|[〇○零一二三四五六七八九十]{1,3})\s*日$/;
const CN_DIGIT: Record<string, number> = { '〇': 0, '○': 0, '零': 0, '一': 1, '二': 2, '三': 3, '四': 4, '五': 5, '六': 6, '七': 7, '八': 8, '九': 9 };

function cnNumber(s: string): number {
  if (/^\d+$/.test(s)) return Number(s);
  if (s.length === 4) return Number([...s].map((c) => CN_DIGIT[c]).join(''));
  const ten = s.indexOf('十');
  if (ten < 0) return CN_DIGIT[s] ?? 0;
  return (ten === 0 ? 1 : CN_DIGIT[s[0]]) * 10 + (s[ten + 1] ? CN_DIGIT[s[ten + 1]] : 0);
}

/** GB/T 9704: the date in Arabic numerals, months and days without a leading zero ("2023年1月5日"). */
export function arabicDate(text: string): string | null {
  const m = DATE_PARTS.exec(text.trim());
  return m ? `${cnNumber(m[1])}年${cnNumber(m[2])}月${cnNumber(m[3])}日` : null;
}

class Walker {
  readonly blocks: PrintBlock[] = [];
  private readonly roles: LineRoles;
  private bold = 0;
  private italic = 0;
  private strike = 0;
  private runIn: FontRoleName | undefined;
  private pendingBreak = false;
  private list: { ordered: boolean; next: number }[] = [];
  private itemPrefix: string | null = null;

  constructor(
    doc: ReportDocument,
    private readonly marks: Mark[],
  ) {
    this.roles = lineRoles(doc);
  }

  walk(tokens: Token[]): void {
    let table: PrintTable | null = null;
    let row: PrintRun[][] | null = null;
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i];
      const [line, endLine] = t.map ?? [0, 0];
      switch (t.type) {
        case 'heading_open': {
          const h = this.roles.headingAt.get(line);
          const kind = line === this.roles.titleLine ? 'title' : 'heading';
          this.blocks.push({ kind, level: kind === 'heading' ? (h?.level ?? 0) : undefined, runs: this.inline(tokens[i + 1]), line, endLine });
          i += 2;
          break;
        }
        case 'paragraph_open':
          this.paragraph(t, tokens[i + 1]);
          i += 2;
          break;
        case 'bullet_list_open':
        case 'ordered_list_open':
          this.list.push({ ordered: t.type === 'ordered_list_open', next: Number(t.attrGet('start') ?? 1) || 1 });
          break;
        case 'bullet_list_close':
        case 'ordered_list_close':
          this.list.pop();
          break;
        case 'list_item_open': {
          const l = this.list[this.list.length - 1];
          this.itemPrefix = l?.ordered ? `${l.next++}. ` : '• ';
          break;
        }
        case 'fence':
        case 'code_block':
          this.blocks.push({ kind: 'p', runs: this.plainRuns(t.content.replace(/\n$/, '')), line, endLine });
          break;
        case 'table_open':
          table = { kind: 'table', rows: [], line, endLine };
          break;
        case 'table_close':
          if (table) this.blocks.push(table);
          table = null;
          break;
        case 'tr_open':
          row = [];
          break;
        case 'tr_close':
          if (table && row) table.rows.push(row);
          row = null;
          break;
        case 'inline':
          if (row) row.push(this.inline(t));
          break;
      }
    }
  }

  private paragraph(open: Token, inline: Token): void {
    const [a, b] = open.map ?? [0, 1];
    inline = literalAsterisksIfStray(inline);
    const prefix = this.itemPrefix;
    this.itemPrefix = null;
    const lineBlocks: LineBlock[] = open.hidden ? [{ kind: 'p', line: a, children: inline.children ?? [] }] : paragraphBlocks(this.roles, open, inline);
    lineBlocks.forEach((blk, k) => {
      const endLine = k + 1 < lineBlocks.length ? lineBlocks[k + 1].line : b;
      let runs = this.inlineTokens(blk.children);
      if (prefix && k === 0) runs.unshift({ text: prefix });
      if (blk.kind === 'signature') {
        const date = arabicDate(runs.map((r) => r.text).join(''));
        if (date && !runs.some((r) => r.placeholder)) runs = [{ text: date }];
      }
      const level = blk.heading?.level;
      this.blocks.push({ kind: blk.kind, level, runs, line: blk.line, endLine });
    });
  }

  private plainRuns(text: string): PrintRun[] {
    return text.split('\n').map((t, i) => ({ text: t, breakBefore: i > 0 }));
  }

  private inline(t: Token | undefined): PrintRun[] {
    return this.inlineTokens(t?.children ?? []);
  }

  private inlineTokens(children: Token[]): PrintRun[] {
    this.bold = this.italic = this.strike = 0;
    this.runIn = undefined;
    this.pendingBreak = false;
    const runs: PrintRun[] = [];
    for (let i = 0; i < children.length; i++) {
      const t = children[i];
      switch (t.type) {
        case 'text':
        case 'text_special':
        case 'code_inline':
          this.text(t.content, runs);
          break;
        case 'softbreak':
          if (softbreakIsSpace(children, i)) this.text(' ', runs);
          break;
        case 'hardbreak':
          this.pendingBreak = true;
          break;
        case 'strong_open':
          this.bold++;
          break;
        case 'strong_close':
          this.bold--;
          break;
        case 'em_open':
        case 'em_close':
          // A single asterisk in a report stands for a redacted name ("*区", "*镇"), not italics.
          if (t.markup === '*') this.text('*', runs);
          else this.italic += t.nesting;
          break;
        case 's_open':
          this.strike++;
          break;
        case 's_close':
          this.strike--;
          break;
        case 'image': {
          const alt = (t.children ?? []).map((c) => c.content).join('');
          this.text(`[图片：${alt || t.attrGet('src') || ''}]`, runs);
          break;
        }
        default:
          if (t.type !== 'link_open' && t.type !== 'link_close' && t.content) this.text(t.content, runs);
      }
    }
    return runs;
  }

  /** Text with its sentinels: slots become placeholder runs, run-in marks switch the font. */
  private text(content: string, runs: PrintRun[]): void {
    const push = (text: string, extra: Partial<PrintRun> = {}): void => {
      if (!text && !extra.placeholder) return;
      runs.push({
        text,
        ...(this.bold > 0 ? { bold: true } : {}),
        ...(this.italic > 0 ? { italic: true } : {}),
        ...(this.strike > 0 ? { strike: true } : {}),
        ...(this.runIn ? { role: this.runIn } : {}),
        ...(this.pendingBreak ? { breakBefore: true } : {}),
        ...extra,
      });
      this.pendingBreak = false;
    };
    let last = 0;
    SENTINEL.lastIndex = 0;
    for (let m = SENTINEL.exec(content); m; m = SENTINEL.exec(content)) {
      push(strip(content.slice(last, m.index)));
      last = m.index + m[0].length;
      const mark = this.marks[sentinelIndex(m[2])];
      if (m[1] === SLOT && mark?.kind === 'slot') push(mark.text, { placeholder: true });
      else if (m[1] === OPEN && mark?.kind === 'run-in') this.runIn = headingRole(mark.level);
      else if (m[1] === CLOSE && mark?.kind === 'run-in') this.runIn = undefined;
    }
    push(strip(content.slice(last)));
  }
}

let literal: ReturnType<typeof createMarkdown> | null = null;

/**
 * Reports are full of stray asterisks ("*镇", "'***县"): markdown-it pairs two of them lines apart
 * into emphasis, and the text between (headings included) would print in italics as one block.
 * Emphasis never spans lines in a report, so a paragraph where it does is read again with the
 * asterisks and underscores as text.
 */
function literalAsterisksIfStray(inline: Token): Token {
  const children = inline.children ?? [];
  let depth = 0;
  let spans = false;
  for (const t of children) {
    if (/^(?:em|strong)_(?:open|close)$/.test(t.type)) depth += t.nesting;
    else if ((t.type === 'softbreak' || t.type === 'hardbreak') && depth > 0) spans = true;
  }
  if (!spans) return inline;
  literal ??= createMarkdown().disable(['emphasis']);
  const reparsed = literal.parseInline(inline.content, {})[0];
  return reparsed ? Object.assign(Object.create(Object.getPrototypeOf(inline)), inline, { children: reparsed.children }) : inline;
}

function strip(s: string): string {
  return s.replace(SENTINEL_CHARS, '');
}

/** The print model of a report (Markdown or text pasted from Word). */
export function printModel(text: string): PrintModel {
  const clean = text.replace(SENTINEL_CHARS, '\uFFFD');
  const doc = parseReport(clean);
  const prepared = prepareSource(doc, []);
  const walker = new Walker(doc, prepared.marks);
  walker.walk(markdown().parse(prepared.source, {}));
  const blocks = walker.blocks;
  const fromFrontMatter = doc.title && doc.frontMatter && doc.title.span.start === doc.frontMatter.span.start;
  if (fromFrontMatter && doc.title) blocks.unshift({ kind: 'title', runs: [{ text: doc.title.text }], line: 0, endLine: 0 });
  return {
    title: doc.title?.text ?? null,
    year: doc.frontMatter?.year ?? null,
    blocks,
    placeholderCount: prepared.marks.filter((m) => m.kind === 'slot').length,
  };
}
