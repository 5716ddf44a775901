// The edits behind "disable this rule here" (a `report-lint-disable-next-line` comment above a
// line) and "disable this rule in this file" (a `report-lint-disable-file` comment at the top).
// Pure, in offsets, so the preview's context menu (client) and the code actions (server) insert
// the same directives. An existing directive is extended instead of stacking a second one, since
// only the line right above (or the first line) counts.
import { directiveComment, directiveLinePattern, RULE_SEPARATOR } from './directives';
import { lineOfOffset } from './positions';
import type { TextEditData } from './types';

/** A whole line holding only such a directive: `<!-- report-lint-disable-next-line a b -->`. */
const DIRECTIVE_LINE = directiveLinePattern('disable-next-line');
/** Rule ids as the engine names them; anything else would break the comment. */
export const RULE_ID = /^[A-Za-z][\w-]{0,63}$/;

/** The text's own line break, for a line the edit adds. */
function lineBreak(text: string): string {
  return /\r\n?|\n/.exec(text)?.[0] ?? '\n';
}

function lineBounds(text: string, lineStarts: readonly number[], line: number): { start: number; end: number } {
  const start = lineStarts[line];
  let end = line + 1 < lineStarts.length ? lineStarts[line + 1] : text.length;
  if (end > start && text[end - 1] === '\n') end--;
  if (end > start && text[end - 1] === '\r') end--;
  return { start, end };
}

/**
 * The edit that makes the engine skip `rules` on 0-based `line`, or null when the line does not
 * exist or a rule id is not one. Rules already named by the directive above are not repeated.
 */
export function disableNextLineEdit(text: string, lineStarts: readonly number[], line: number, rules: readonly string[]): TextEditData | null {
  if (!Number.isInteger(line) || line < 0 || line >= lineStarts.length) return null;
  if (rules.length === 0 || !rules.every((r) => RULE_ID.test(r))) return null;
  const wanted = [...new Set(rules)];
  if (line > 0) {
    const above = lineBounds(text, lineStarts, line - 1);
    const m = DIRECTIVE_LINE.exec(text.slice(above.start, above.end));
    if (m) {
      const listed = m[2].split(RULE_SEPARATOR).filter(Boolean);
      // No rule list disables every rule: nothing to add.
      const missing = listed.length === 0 ? [] : wanted.filter((r) => !listed.includes(r));
      if (missing.length === 0) return { start: above.end, end: above.end, text: '' };
      return { ...above, text: `${m[1]} ${[...listed, ...missing].join(' ')}${m[3]}` };
    }
  }
  const eol = lineBreak(text);
  const own = lineBounds(text, lineStarts, line);
  const indent = /^[ \t\u3000]*/.exec(text.slice(own.start, own.end))![0];
  return { start: own.start, end: own.start, text: `${indent}${directiveComment('disable-next-line', wanted)}${eol}` };
}

/** A whole line holding only a file directive: `<!-- report-lint-disable-file a b -->`. */
const FILE_DIRECTIVE_LINE = directiveLinePattern('disable-file');

/**
 * The edit that makes the engine skip `rule` in the whole document, or null when `rule` is not a
 * rule id. The directive goes at offset `at`: 0, or the end of the front matter (a directive
 * inside it would be YAML).
 */
export function disableFileEdit(text: string, lineStarts: readonly number[], at: number, rule: string): TextEditData | null {
  if (!RULE_ID.test(rule)) return null;
  const eol = lineBreak(text);
  const line = lineOfOffset(lineStarts, at);
  // Front matter closing the text with no line break after it.
  if (lineStarts[line] !== at) return { start: at, end: at, text: `${eol}${directiveComment('disable-file', [rule])}${eol}` };
  const own = lineBounds(text, lineStarts, line);
  const m = FILE_DIRECTIVE_LINE.exec(text.slice(own.start, own.end));
  if (m) {
    const listed = m[2].split(RULE_SEPARATOR).filter(Boolean);
    // A directive without rules already silences every rule: adding one would narrow it.
    if (listed.length === 0 || listed.includes(rule)) return { start: own.end, end: own.end, text: '' };
    return { ...own, text: `${m[1]} ${[...listed, rule].join(' ')}${m[3]}` };
  }
  return { start: at, end: at, text: `${directiveComment('disable-file', [rule])}${eol}` };
}
