// The edit behind "disable this rule here": a `report-lint-disable-next-line` comment above a line.
// Pure, in offsets, so the preview's context menu (client) and the code actions (server) can
// insert the same directive. An existing directive on the line above is extended instead of
// stacking a second one, since only the line right above counts.
import { directiveComment, directiveLinePattern, RULE_SEPARATOR } from './directives';
import type { TextEditData } from './types';

/** A whole line holding only such a directive: `<!-- report-lint-disable-next-line a b -->`. */
const DIRECTIVE_LINE = directiveLinePattern('disable-next-line');
/** Rule ids as the engine names them; anything else would break the comment. */
export const RULE_ID = /^[A-Za-z][\w-]{0,63}$/;

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
  const eol = /\r\n?|\n/.exec(text)?.[0] ?? '\n';
  const own = lineBounds(text, lineStarts, line);
  const indent = /^[ \t\u3000]*/.exec(text.slice(own.start, own.end))![0];
  return { start: own.start, end: own.start, text: `${indent}${directiveComment('disable-next-line', wanted)}${eol}` };
}
