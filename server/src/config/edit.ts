// Edits to a config file's text for the code actions "add this word to the allow-list" and
// "turn this rule off for the workspace": comments and formatting are kept (jsonc-parser's modify).
import { applyEdits, modify, parseTree, type Edit, type Node } from 'jsonc-parser';
import type { RuleSetting } from '../engine';

export interface ConfigEdit {
  /** Offset-based edits of the old text (what an editor applies). */
  edits: Edit[];
  /** The text after the edits. */
  text: string;
}

const FORMAT = { formattingOptions: { insertSpaces: true, tabSize: 2, eol: '\n' } };

function eolOf(text: string): string {
  return text.includes('\r\n') ? '\r\n' : '\n';
}

function isObjectRoot(tree: Node | undefined): boolean {
  return tree?.type === 'object';
}

function finish(text: string, edits: Edit[]): ConfigEdit {
  return { edits, text: applyEdits(text, edits) };
}

/** A new config file, or an empty/broken one replaced wholesale, holding `value`. */
function whole(text: string, value: Record<string, unknown>): ConfigEdit {
  const eol = eolOf(text || '\n');
  const body = JSON.stringify(value, null, 2).replace(/\n/g, eol) + eol;
  return finish(text, [{ offset: 0, length: text.length, content: body }]);
}

/**
 * Adds `word` to the top-level "allow" list (created if missing); nothing changes when it is
 * already there. A file that is empty or not a JSON object is replaced by a fresh one.
 */
export function addAllowedWord(text: string, word: string): ConfigEdit {
  const tree = parseTree(text, [], { allowTrailingComma: true });
  if (!isObjectRoot(tree)) return whole(text, { allow: [word] });
  const allow = tree?.children?.find((p) => p.children?.[0]?.value === 'allow')?.children?.[1];
  if (allow?.type === 'array' && (allow.children ?? []).some((c) => c.value === word)) return { edits: [], text };
  const options = { ...FORMAT, formattingOptions: { ...FORMAT.formattingOptions, eol: eolOf(text) } };
  const edits = allow?.type === 'array' ? modify(text, ['allow', -1], word, { ...options, isArrayInsertion: true }) : modify(text, ['allow'], [word], options);
  return finish(text, edits);
}

/** Sets `rules[ruleId]` (e.g. to "off"), keeping the rest of the file as it is. */
export function setRuleSetting(text: string, ruleId: string, setting: RuleSetting): ConfigEdit {
  const tree = parseTree(text, [], { allowTrailingComma: true });
  if (!isObjectRoot(tree)) return whole(text, { rules: { [ruleId]: setting } });
  const options = { ...FORMAT, formattingOptions: { ...FORMAT.formattingOptions, eol: eolOf(text) } };
  return finish(text, modify(text, ['rules', ruleId], setting, options));
}
