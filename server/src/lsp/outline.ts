// Document symbols and folding ranges from the engine's section tree.
import { DocumentSymbol, FoldingRange, SymbolKind } from 'vscode-languageserver/node';
import { lineOfOffset } from '../engine';
import { spanToRange } from './diagnostics';
import type { OutlineDocument, OutlineSection } from './outline-result';

const kindByDepth = [SymbolKind.Namespace, SymbolKind.Module, SymbolKind.Class, SymbolKind.Field];

function sectionName(doc: OutlineDocument, s: OutlineSection): string {
  const h = s.heading;
  const marker = h.markerSpan ? doc.text.slice(h.markerSpan.start, h.markerSpan.end) : '';
  return `${marker}${h.text}`.trim() || '（无标题）';
}

function toSymbol(doc: OutlineDocument, s: OutlineSection, depth: number): DocumentSymbol {
  const start = Math.min(s.span.start, s.heading.lineSpan.start);
  const end = Math.max(s.span.end, s.heading.lineSpan.end);
  return {
    name: sectionName(doc, s),
    kind: kindByDepth[Math.min(depth, kindByDepth.length - 1)],
    range: spanToRange(doc.lineStarts, { start, end }),
    selectionRange: spanToRange(doc.lineStarts, s.heading.lineSpan),
    children: s.children.map((c) => toSymbol(doc, c, depth + 1)),
  };
}

export function documentSymbols(doc: OutlineDocument): DocumentSymbol[] {
  return doc.sections.map((s) => toSymbol(doc, s, 0));
}

/** Last line of a section that is not blank (folding should not swallow trailing blank lines). */
function lastContentLine(doc: OutlineDocument, s: OutlineSection): number {
  let end = s.span.end;
  while (end > s.span.start && /\s/.test(doc.text[end - 1])) end--;
  return lineOfOffset(doc.lineStarts, Math.max(s.span.start, end - 1));
}

export function foldingRanges(doc: OutlineDocument): FoldingRange[] {
  const out: FoldingRange[] = [];
  const walk = (sections: readonly OutlineSection[]) => {
    for (const s of sections) {
      const endLine = lastContentLine(doc, s);
      if (endLine > s.heading.line) out.push({ startLine: s.heading.line, endLine });
      walk(s.children);
    }
  };
  walk(doc.sections);
  return out;
}
