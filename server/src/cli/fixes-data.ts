// A finding's fixes as positions (1-based lines, UTF-16 columns, ends exclusive, as in the JSON
// output), for SARIF's `fixes`. Only for text files: a Word document's positions are in its
// extracted text, not in the .docx bytes a SARIF consumer would edit.
import { offsetToPosition, type Finding } from '../engine';

interface JsonEdit {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  text: string;
}

export interface JsonFix {
  title: string;
  edits: JsonEdit[];
}

export function fixesData(lineStarts: readonly number[], findings: readonly Finding[]): JsonFix[][] {
  const at = (offset: number) => offsetToPosition(lineStarts, offset);
  return findings.map((f) =>
    (f.fixes ?? [])
      .filter((x) => x.edits.length > 0)
      .map((x) => ({
        title: x.title,
        // Replacements in document order, as SARIF applies them.
        edits: [...x.edits]
          .sort((a, b) => a.start - b.start)
          .map((e) => {
            const s = at(e.start);
            const end = at(e.end);
            return { line: s.line + 1, column: s.character + 1, endLine: end.line + 1, endColumn: end.character + 1, text: e.text };
          }),
      })),
  );
}
