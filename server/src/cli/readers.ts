// Report readers by file extension: path in, text out. Folder and glob checks look for files with
// these extensions; another format plugs in by adding its reader to `readers`.
import { extname } from 'node:path';
import { readWordReport } from './read-docx';
import { readReport, type ReadResult } from './read-report';

/** A report's text; for a Word document also the .docx paragraph behind each line (findings name it). */
export type ReportText = ReadResult | { ok: true; text: string; paragraphOfLine?: number[] };
type ReportReader = (path: string, maxSize: number) => ReportText;

const readers = new Map<string, ReportReader>([
  ['.md', readReport],
  ['.markdown', readReport],
  ['.txt', readReport],
  // Word: readWordReport also explains the legacy and macro formats it cannot read.
  ...['.docx', '.docm', '.dotx', '.dotm', '.doc', '.dot'].map((e): [string, ReportReader] => [e, readWordReport]),
]);

/** Read when named, not looked for in folders: templates, macro and legacy Word files are seldom reports. */
const NOT_SEARCHED = new Set(['.docm', '.dotx', '.dotm', '.doc', '.dot']);

/** Extensions a folder check picks up, without dots ("md", "txt", "docx"…). */
export function reportExtensions(): string[] {
  return [...readers.keys()].filter((e) => !NOT_SEARCHED.has(e)).map((e) => e.slice(1)).sort();
}

/**
 * Reads a report: by its extension's reader, and as UTF-8 text when the extension is unknown
 * (a file named on the command line is checked whatever its name).
 */
export function readAnyReport(path: string, maxSize: number): ReportText {
  return (readers.get(extname(path).toLowerCase()) ?? readReport)(path, maxSize);
}
