// Reads a Word file for the CLI: the .docx becomes the Markdown report the checks run on, with
// the Word paragraph behind each line. Anything else named .doc/.docx gets a one-line reason.
import { readFileSync, statSync } from 'node:fs';
import { DocxError, readDocx, type MarkdownReport } from '../docx/read';
import { readReport, type ReadResult } from './read-report';

/**
 * A .docx is zipped and may carry pictures: the file may be ten times the size limit for text;
 * what it decompresses to is bounded separately, and the extracted text by the limit itself.
 */
const WORD_SIZE_FACTOR = 10;
/** The XML a .docx's parts decompress to, against the size limit: 40× (200 MB for the default 5 MB). */
const DECOMPRESSED_FACTOR = 40;

export type WordReadResult = { ok: true; text: string; paragraphOfLine: number[] } | { ok: false; reason: string };

function mb(bytes: number): string {
  return `${(bytes / 1_000_000).toFixed(1)} MB`;
}

export function readWordReport(path: string, maxSize: number): WordReadResult {
  const limit = maxSize * WORD_SIZE_FACTOR;
  let bytes: Buffer;
  try {
    const st = statSync(path);
    if (!st.isFile()) return readReport(path, maxSize) as { ok: false; reason: string }; // its own reason (directory, FIFO…)
    if (st.size > limit) return { ok: false, reason: `文件过大（${mb(st.size)}，Word 文档上限 ${mb(limit)}），已跳过 (file too large)` };
    bytes = readFileSync(path);
  } catch (e) {
    const r: ReadResult = readReport(path, maxSize); // same messages for missing, unreadable… files
    return r.ok ? { ok: false, reason: String(e) } : r;
  }
  let report: MarkdownReport;
  try {
    report = readDocx(bytes, { maxDecompressed: maxSize * DECOMPRESSED_FACTOR });
  } catch (e) {
    if (e instanceof DocxError) return { ok: false, reason: e.reason };
    throw e;
  }
  if (report.text.length > maxSize) {
    return { ok: false, reason: `文档文字过多（${mb(report.text.length)}，上限 ${mb(maxSize)}），已跳过 (text too large)` };
  }
  return { ok: true, text: report.text, paragraphOfLine: report.paragraphOfLine };
}
