// Report readers by file extension: path in, text out. Folder and glob checks look for files with
// these extensions; another format (.docx) plugs in by adding its reader here.
import { extname } from 'node:path';
import { readReport, type ReadResult } from './read-report';

export type ReportReader = (path: string, maxSize: number) => ReadResult;

const readers = new Map<string, ReportReader>([
  ['.md', readReport],
  ['.markdown', readReport],
  ['.txt', readReport],
]);

/** Registers the reader of an extension (with its dot, lower case). */
export function addReader(extension: string, reader: ReportReader): void {
  readers.set(extension.toLowerCase(), reader);
}

/** Extensions a folder check picks up, without dots ("md", "txt"…). */
export function reportExtensions(): string[] {
  return [...readers.keys()].map((e) => e.slice(1)).sort();
}

/**
 * Reads a report: by its extension's reader, and as UTF-8 text when the extension is unknown
 * (a file named on the command line is checked whatever its name).
 */
export function readAnyReport(path: string, maxSize: number): ReadResult {
  return (readers.get(extname(path).toLowerCase()) ?? readReport)(path, maxSize);
}
