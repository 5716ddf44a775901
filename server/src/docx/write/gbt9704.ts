// The Word export: a report as a .docx laid out per GB/T 9704-2012, built with the docx library
// from the print model (print-model.ts) and the page numbers in layout.ts, which the preview's
// CSS uses too. Every block is one Word paragraph, so the export knows which source lines each
// paragraph holds.
import {
  AlignmentType,
  Document,
  DocumentGridType,
  Footer,
  HighlightColor,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type IRunOptions,
} from 'docx';
import { CHAR_SPACING_PT, FONTS, headingRole, INDENT_CHARS, LATIN_FONT, LINE_PT, PAGE, SIGNATURE_RIGHT_CHARS, type FontRole, type FontRoleName } from '../../shared/preview/layout';
import { packageOverrides } from './finish-package';
import { printModel, type PrintBlock, type PrintRun } from './print-model';

const TWIPS_PER_MM = 1440 / 25.4;
const twips = (mm: number): number => Math.round(mm * TWIPS_PER_MM);
const halfPoints = (pt: number): number => Math.round(pt * 2);

const PAGE_TWIPS = {
  width: twips(PAGE.widthMm),
  height: twips(PAGE.heightMm),
  top: twips(PAGE.marginMm.top),
  bottom: twips(PAGE.marginMm.bottom),
  left: twips(PAGE.marginMm.left),
  right: twips(PAGE.marginMm.right),
};
/**
 * The line grid: one line of the 22, in twips. Characters are not put on a grid (w:docGrid
 * linesAndChars): LibreOffice then sets a squeezed character in two cells; a character spacing
 * of CHAR_SPACING_PT puts 28 on a line everywhere.
 */
const LINE_TWIPS = Math.round(LINE_PT * 20);
const CHAR_SPACING_TWENTIETHS = Math.round(CHAR_SPACING_PT * 20);
/** One body character, in twips (for indents given in characters). */
const CHAR_TWIPS = FONTS.body.sizePt * 20;
/** Page numbers: their line's top 7 mm below the type area (GB/T 9704 §7.5). */
const PAGE_NUMBER_LINE_TWIPS = 20 * (FONTS.pageNumber.sizePt + 2);
const FOOTER_TWIPS = twips(PAGE.marginMm.bottom - 7) - PAGE_NUMBER_LINE_TWIPS;

const STYLE_IDS = { title: 'GwTitle', signature: 'GwSignature', table: 'GwTable', heading: (level: number) => `GwHeading${level}` } as const;

function font(role: FontRole): IRunOptions['font'] {
  return { ascii: LATIN_FONT, hAnsi: LATIN_FONT, cs: LATIN_FONT, eastAsia: role.eastAsia };
}

function runOptions(role: FontRole): { font: IRunOptions['font']; size: number; bold: boolean; characterSpacing: number } {
  return { font: font(role), size: halfPoints(role.sizePt), bold: role.bold, characterSpacing: CHAR_SPACING_TWENTIETHS };
}

const indentFirstLine = { firstLine: INDENT_CHARS * CHAR_TWIPS, firstLineChars: INDENT_CHARS * 100 };
const noIndent = { firstLine: 0, firstLineChars: 0 };
const gridLine = { line: LINE_TWIPS, lineRule: LineRuleType.EXACT, before: 0, after: 0 };

function headingStyle(level: number) {
  const role = FONTS[headingRole(level)];
  return {
    id: STYLE_IDS.heading(level),
    name: `公文标题 ${level}`,
    basedOn: 'Normal',
    next: 'Normal',
    quickFormat: true,
    run: runOptions(role),
    paragraph: { outlineLevel: level - 1, keepNext: true, alignment: AlignmentType.LEFT },
  };
}

function textRun(r: PrintRun): TextRun {
  const role: FontRoleName | undefined = r.role;
  return new TextRun({
    text: r.text,
    break: r.breakBefore ? 1 : undefined,
    bold: r.bold || (role ? FONTS[role].bold : undefined) || undefined,
    italics: r.italic || undefined,
    strike: r.strike || undefined,
    highlight: r.placeholder ? HighlightColor.YELLOW : undefined,
    ...(role ? { font: font(FONTS[role]) } : {}),
  });
}

function pageNumberFooter(side: 'right' | 'left'): Footer {
  const pn = FONTS.pageNumber;
  const indent = { [side]: halfPoints(pn.sizePt) * 10, firstLine: 0 };
  return new Footer({
    children: [
      new Paragraph({
        alignment: side === 'right' ? AlignmentType.RIGHT : AlignmentType.LEFT,
        indent,
        spacing: { line: PAGE_NUMBER_LINE_TWIPS, lineRule: LineRuleType.EXACT, before: 0, after: 0 },
        children: [new TextRun({ children: ['— ', PageNumber.CURRENT, ' —'], font: { ascii: pn.eastAsia, hAnsi: pn.eastAsia, eastAsia: pn.eastAsia, cs: pn.eastAsia }, size: halfPoints(pn.sizePt) })],
      }),
    ],
  });
}

function blockToDocx(b: PrintBlock): Paragraph | Table {
  if (b.kind === 'table') {
    const width = Math.max(1, ...b.rows.map((r) => r.length));
    return new Table({
      width: { size: 100, type: WidthType.PERCENTAGE },
      rows: b.rows.map(
        (row) =>
          new TableRow({
            children: Array.from({ length: width }, (_, c) => new TableCell({ children: [new Paragraph({ style: STYLE_IDS.table, children: (row[c] ?? []).map(textRun) })] })),
          }),
      ),
    });
  }
  // No widow/orphan control: it would move lines to the next page and break the 22-line grid.
  const common = { children: b.runs.map(textRun), widowControl: false };
  switch (b.kind) {
    case 'title':
      return new Paragraph({ style: STYLE_IDS.title, ...common });
    case 'heading':
      return new Paragraph({ style: STYLE_IDS.heading(b.level && b.level <= 4 ? b.level : 1), ...common });
    case 'signature':
      return new Paragraph({ style: STYLE_IDS.signature, ...common });
    default:
      return new Paragraph(common);
  }
}

export interface ExportedParagraph {
  /** 1-based index among the document's paragraphs (table cells included), as the import counts. */
  index: number;
  /** 0-based source lines [line, endLine). */
  line: number;
  endLine: number;
}

export interface ExportResult {
  bytes: Uint8Array;
  paragraphs: ExportedParagraph[];
  placeholderCount: number;
}

/** The report `text` (Markdown or text pasted from Word) as a GB/T 9704 .docx. */
export async function exportDocx(text: string): Promise<ExportResult> {
  const model = printModel(text);
  const paragraphs: ExportedParagraph[] = [];
  let index = 0;
  for (const b of model.blocks) {
    // A table has as many cells in every row as its widest row, one paragraph each.
    const count = b.kind === 'table' ? b.rows.length * Math.max(1, ...b.rows.map((r) => r.length)) : 1;
    for (let k = 0; k < count; k++) paragraphs.push({ index: ++index, line: b.line, endLine: b.endLine });
  }
  const body = FONTS.body;
  const doc = new Document({
    creator: 'report-lint',
    title: model.title ?? undefined,
    description: model.year ? `${model.year}年度` : undefined,
    evenAndOddHeaderAndFooters: true,
    styles: {
      default: {
        document: {
          run: runOptions(body),
          paragraph: { spacing: gridLine, indent: indentFirstLine, alignment: AlignmentType.JUSTIFIED },
        },
      },
      paragraphStyles: [
        {
          id: STYLE_IDS.title,
          name: '公文标题',
          basedOn: 'Normal',
          next: 'Normal',
          quickFormat: true,
          run: runOptions(FONTS.title),
          paragraph: { alignment: AlignmentType.CENTER, indent: noIndent, spacing: { ...gridLine, after: LINE_TWIPS } },
        },
        headingStyle(1),
        headingStyle(2),
        headingStyle(3),
        headingStyle(4),
        {
          id: STYLE_IDS.signature,
          name: '署名和成文日期',
          basedOn: 'Normal',
          run: runOptions(body),
          paragraph: { alignment: AlignmentType.RIGHT, indent: { ...noIndent, right: SIGNATURE_RIGHT_CHARS * CHAR_TWIPS } },
        },
        {
          id: STYLE_IDS.table,
          name: '表格文字',
          basedOn: 'Normal',
          run: runOptions(FONTS.table),
          paragraph: { alignment: AlignmentType.LEFT, indent: noIndent, spacing: { line: 240, lineRule: LineRuleType.AUTO, before: 0, after: 0 } },
        },
      ],
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE_TWIPS.width, height: PAGE_TWIPS.height },
            margin: { top: PAGE_TWIPS.top, bottom: PAGE_TWIPS.bottom, left: PAGE_TWIPS.left, right: PAGE_TWIPS.right, header: twips(15), footer: FOOTER_TWIPS },
          },
          grid: { type: DocumentGridType.LINES, linePitch: LINE_TWIPS },
        },
        footers: { default: pageNumberFooter('right'), even: pageNumberFooter('left') },
        children: model.blocks.map(blockToDocx),
      },
    ],
  });
  const bytes = new Uint8Array(await Packer.toBuffer(doc, false, packageOverrides()));
  return { bytes, paragraphs, placeholderCount: model.placeholderCount };
}
