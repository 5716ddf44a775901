// Plain-text documents (.txt, text pasted from Word) are analysed as text: there `*…*` and
// `_…_` are never emphasis, so every `*次` or `_公里` in them is a slot to fill.
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { EngineConfig } from '../engine';

export function isPlaintext(doc: TextDocument): boolean {
  return doc.languageId === 'plaintext' || doc.languageId === 'text';
}

/** The engine input for `doc`, told whether the document is plain text. */
export function withFormat<T extends { config: EngineConfig }>(doc: TextDocument, input: T): T {
  return isPlaintext(doc) ? { ...input, config: { ...input.config, format: 'text' } } : input;
}
