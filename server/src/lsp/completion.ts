// textDocument/completion: the engine's line-start suggestions (engine/complete.ts) as LSP items.
// No trigger characters: VS Code asks on Ctrl+Space (quick suggestions are off in Markdown).
import { CompletionItemKind, InsertTextFormat, type CompletionItem, type Position } from 'vscode-languageserver/node';
import type { AnalysisResult, EngineConfig } from '../engine';
import { completionsAt, type SuggestionKind } from '../engine/complete';
import { allProfiles } from '../engine/profiles/select';
import { spanToRange } from './diagnostics';

const KIND: Record<SuggestionKind, CompletionItemKind> = {
  ordinal: CompletionItemKind.EnumMember,
  part: CompletionItemKind.Module,
  'lead-in': CompletionItemKind.Text,
  heading: CompletionItemKind.Module,
};

export function completionItems(result: AnalysisResult, position: Position, config: EngineConfig): CompletionItem[] {
  // The profile the analysis used (a config file may define it), by id; the generic one has no parts.
  const profile = allProfiles(config).find((p) => p.id === result.profile.id);
  if (!profile) return [];
  const { lineStarts } = result.document;
  return completionsAt(result.document, profile, position.line, position.character).map((s, i) => ({
    label: s.label,
    kind: KIND[s.kind],
    detail: s.detail,
    // Kept in the engine's order (next ordinal, missing parts, heading numbers deepest first).
    sortText: String(i).padStart(3, '0'),
    filterText: s.label,
    insertTextFormat: InsertTextFormat.PlainText,
    textEdit: { range: spanToRange(lineStarts, s.replace), newText: s.insert },
    ...(s.edits.length > 0 ? { additionalTextEdits: s.edits.map((e) => ({ range: spanToRange(lineStarts, e), newText: e.text })) } : {}),
  }));
}
