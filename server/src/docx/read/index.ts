// Reads a .docx (bytes in, no file system) into a Markdown report the engine checks, with the
// Word paragraph behind every line. Throws a DocxError with a one-line reason for anything that
// is not a readable .docx.
import { readBody } from './document';
import { ImageCollector, MEDIA, RELS, readRelationships, type DocxImage } from './images';
import { DocxError } from './errors';
import { readNumbering } from './numbering';
import { assertZipPackage } from './sniff';
import { readStyles } from './styles';
import { toMarkdown, type MarkdownReport } from './to-markdown';
import { readZipParts } from './zip';

export { DocxError } from './errors';
export type { MarkdownReport } from './to-markdown';

export interface DocxReadOptions {
  /** Most bytes the parts read may decompress to (default 200 MB). */
  maxDecompressed?: number;
  /**
   * Carry pictures over (the import): each becomes `![alt](<imageDir>/<name>)` at its place and its
   * bytes come back in `images`. Without it pictures are left out, as the checks want them.
   */
  imageDir?: string;
}

export interface ImportedReport extends MarkdownReport {
  /** The pictures the Markdown refers to, to be written into `imageDir` next to it. */
  images: DocxImage[];
}

const DEFAULT_MAX_DECOMPRESSED = 200_000_000;

const PARTS = new Set(['word/document.xml', 'word/styles.xml', 'word/numbering.xml', '[Content_Types].xml']);

export function readDocx(bytes: Uint8Array, options: DocxReadOptions = {}): ImportedReport {
  assertZipPackage(bytes);
  const withImages = options.imageDir !== undefined;
  // Pictures count against the same decompression bound as the text parts.
  const wanted = (name: string): boolean => PARTS.has(name) || (withImages && (name === RELS || name.startsWith(MEDIA)));
  const parts = readZipParts(bytes, wanted, { maxDecompressed: options.maxDecompressed ?? DEFAULT_MAX_DECOMPRESSED });
  const document = parts.get('word/document.xml');
  if (!document) {
    const types = new TextDecoder().decode(parts.get('[Content_Types].xml') ?? new Uint8Array());
    if (/spreadsheetml/.test(types)) throw new DocxError('这是 Excel 表格（.xlsx），不是 Word 文档 (a spreadsheet, not a .docx)');
    if (/presentationml/.test(types)) throw new DocxError('这是 PowerPoint 演示文稿（.pptx），不是 Word 文档 (a presentation, not a .docx)');
    throw new DocxError('zip 文件中没有 word/document.xml，不是 Word 文档 (not a .docx)');
  }
  const styles = readStyles(parts.get('word/styles.xml'));
  const numbering = readNumbering(parts.get('word/numbering.xml'), styles);
  let count = 0;
  const blocks = readBody(document, styles, numbering);
  for (const b of blocks) {
    if (b.kind === 'paragraph') count = Math.max(count, b.index);
    else for (const row of b.rows) for (const cell of row) for (const p of cell) count = Math.max(count, p.index);
  }
  if (options.imageDir === undefined) return { ...toMarkdown(blocks, styles, count), images: [] };
  const collector = new ImageCollector(readRelationships(parts.get(RELS)), parts);
  const dir = options.imageDir;
  const report = toMarkdown(blocks, styles, count, (rId) => {
    const name = collector.nameFor(rId);
    return name === undefined ? undefined : `${dir}/${name}`;
  });
  return { ...report, images: collector.images };
}
