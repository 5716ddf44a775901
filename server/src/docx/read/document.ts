// The body of word/document.xml as blocks: paragraphs (style, list numbering, alignment, runs
// with their bold) and tables (rows of cells of paragraphs). What a reader does not see is left
// out: deleted revisions, hidden text, field codes, the fallback copy of drawings, text boxes,
// footnote and comment references. Paragraphs are numbered 1, 2, … in document order, table
// cells included, so a finding can name the paragraph.
import type { Numbering, ListNumber } from './numbering';
import type { Styles } from './styles';
import { intAttr, isOn, parseXml } from './xml';

export interface Run {
  text: string;
  bold: boolean;
  /** An inline picture: its relationship id (a:blip r:embed) and alt text (wp:docPr descr). */
  image?: { rId: string; alt: string };
}

export interface DocxParagraph {
  kind: 'paragraph';
  /** 1-based position among all paragraphs of the body, table cells included. */
  index: number;
  styleId?: string;
  number: ListNumber | null;
  align?: string;
  runs: Run[];
}

interface DocxTable {
  kind: 'table';
  rows: DocxParagraph[][][];
}

export type DocxBlock = DocxParagraph | DocxTable;

/** Elements whose whole content a reader does not see (or sees elsewhere). */
const SKIPPED = new Set(['w:del', 'w:moveFrom', 'w:instrText', 'w:delInstrText', 'mc:Fallback', 'w:txbxContent', 'w:footnoteReference', 'w:endnoteReference', 'w:commentReference', 'w:pPrChange', 'w:rPrChange', 'w:sectPr']);

export function readBody(bytes: Uint8Array, styles: Styles, numbering: Numbering): DocxBlock[] {
  const blocks: DocxBlock[] = [];
  const tables: DocxTable[] = [];
  let skip = 0;
  let index = 0;
  let p: (DocxParagraph & { numId?: number; ilvl?: number }) | null = null;
  let inPPr = false;
  let run: { bold?: boolean; styleBold?: boolean; hidden: boolean; texts: string[]; images: { rId: string; alt: string }[]; alt: string } | null = null;
  let inRPr = false;
  let inT = false;
  let fieldDepth = 0; // inside a complex field's instruction part (begin … separate)

  const add = (para: DocxParagraph): void => {
    const table = tables[tables.length - 1];
    if (!table) blocks.push(para);
    else {
      const row = table.rows[table.rows.length - 1];
      row?.[row.length - 1]?.push(para);
    }
  };

  parseXml('word/document.xml', bytes, {
    open(name, a) {
      if (skip > 0 || SKIPPED.has(name)) {
        skip++;
        return;
      }
      switch (name) {
        case 'w:tbl':
          tables.push({ kind: 'table', rows: [] });
          return;
        case 'w:tr':
          tables[tables.length - 1]?.rows.push([]);
          return;
        case 'w:tc': {
          const t = tables[tables.length - 1];
          t?.rows[t.rows.length - 1]?.push([]);
          return;
        }
        case 'w:p':
          p = { kind: 'paragraph', index: ++index, number: null, runs: [] };
          return;
        case 'w:pPr':
          inPPr = true;
          return;
        case 'w:r':
          run = { hidden: false, texts: [], images: [], alt: '' };
          return;
        case 'w:rPr':
          inRPr = true;
          return;
      }
      if (p && inPPr && !inRPr) {
        if (name === 'w:pStyle') p.styleId = a['w:val'];
        else if (name === 'w:numId') p.numId = intAttr(a);
        else if (name === 'w:ilvl') p.ilvl = intAttr(a);
        else if (name === 'w:jc') p.align = a['w:val'];
        return;
      }
      if (!run) return;
      if (inRPr) {
        if (name === 'w:b') run.bold = isOn(a);
        else if (name === 'w:rStyle') run.styleBold = styles.inherited(a['w:val'], 'bold');
        else if ((name === 'w:vanish' || name === 'w:webHidden') && isOn(a)) run.hidden = true;
        return;
      }
      switch (name) {
        case 'w:t':
          inT = true;
          break;
        case 'w:tab':
          if (fieldDepth === 0) run.texts.push('\t');
          break;
        case 'w:br':
        case 'w:cr':
          if (fieldDepth === 0 && a['w:type'] !== 'page' && a['w:type'] !== 'column') run.texts.push('\n');
          break;
        case 'wp:docPr':
          run.alt = a.descr ?? a.title ?? '';
          break;
        case 'a:blip':
          if (a['r:embed']) run.images.push({ rId: a['r:embed'], alt: run.alt });
          break;
        case 'w:noBreakHyphen':
          run.texts.push('-');
          break;
        case 'w:fldChar': {
          const type = a['w:fldCharType'];
          if (type === 'begin') fieldDepth++;
          else if (type === 'separate' || type === 'end') fieldDepth = Math.max(0, fieldDepth - 1);
          break;
        }
      }
    },
    text(t) {
      if (skip === 0 && inT && run && fieldDepth === 0) run.texts.push(t);
    },
    close(name) {
      if (skip > 0) {
        skip--;
        return;
      }
      switch (name) {
        case 'w:t':
          inT = false;
          break;
        case 'w:rPr':
          inRPr = false;
          break;
        case 'w:pPr':
          inPPr = false;
          break;
        case 'w:r':
          if (run && p && !run.hidden) {
            const bold = run.bold ?? run.styleBold ?? false;
            if (run.texts.length > 0) p.runs.push({ text: run.texts.join(''), bold });
            for (const image of run.images) p.runs.push({ text: '', bold, image });
          }
          run = null;
          break;
        case 'w:p':
          if (p) {
            const numId = p.numId ?? styles.inherited(p.styleId, 'numId');
            const ilvl = p.ilvl ?? (p.numId === undefined ? styles.inherited(p.styleId, 'ilvl') : undefined);
            const { numId: _n, ilvl: _i, ...para } = p;
            para.number = numbering.next(numId, ilvl, p.styleId);
            add(para);
          }
          p = null;
          break;
        case 'w:tbl': {
          const t = tables.pop();
          if (!t) break;
          if (tables.length > 0) {
            // A table inside a cell: its paragraphs join the cell, row by row.
            for (const row of t.rows) for (const cell of row) for (const para of cell) add(para);
          } else blocks.push(t);
          break;
        }
      }
    },
  });
  return blocks;
}
