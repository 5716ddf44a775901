// Quick fixes from the findings' fixes, plus "disable this rule on this line".
import { CodeAction, CodeActionKind, Range, TextEdit } from 'vscode-languageserver/node';
import { lineOfOffset, type AnalysisResult, type Finding } from '../engine';
import { spanToRange, toDiagnostic } from './diagnostics';

const directive = 'report-lint-disable-next-line';
/** An existing directive line: `<!-- report-lint-disable-next-line a b -->`. */
const directiveLine = new RegExp(`^([ \\t\\u3000]*<!--\\s*${directive})((?:[ \\t,，]+[\\w-]+)*)(\\s*-->)[ \\t]*$`);

function touches(a: Range, b: Range): boolean {
  const before = (p: Range['start'], q: Range['start']) => p.line < q.line || (p.line === q.line && p.character < q.character);
  return !before(a.end, b.start) && !before(b.end, a.start);
}

function lineText(text: string, lineStarts: readonly number[], line: number): string {
  const end = line + 1 < lineStarts.length ? lineStarts[line + 1] : text.length;
  return text.slice(lineStarts[line], end).replace(/\r?\n$|\r$/, '');
}

/** Edit that makes the engine skip `rule` on the line of `offset`. */
export function disableRuleEdit(result: AnalysisResult, offset: number, rule: string): TextEdit {
  const { text, lineStarts } = result.document;
  const line = lineOfOffset(lineStarts, offset);
  if (line > 0) {
    // Extend a directive already on the line above rather than pushing it away from its line.
    const above = lineText(text, lineStarts, line - 1);
    const m = directiveLine.exec(above);
    if (m) {
      const rules = m[2].trim();
      return {
        range: { start: { line: line - 1, character: 0 }, end: { line: line - 1, character: above.length } },
        newText: `${m[1]} ${rules ? `${rules} ` : ''}${rule}${m[3]}`,
      };
    }
  }
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const indent = /^[ \t\u3000]*/.exec(lineText(text, lineStarts, line))![0];
  return TextEdit.insert({ line, character: 0 }, `${indent}<!-- ${directive} ${rule} -->${eol}`);
}

function inFrontMatter(result: AnalysisResult, f: Finding): boolean {
  const fm = result.document.frontMatter;
  return !!fm && f.span.start >= fm.span.start && f.span.start < fm.span.end;
}

export function codeActions(uri: string, result: AnalysisResult, range: Range, only?: string[]): CodeAction[] {
  if (only && !only.some((k) => CodeActionKind.QuickFix.startsWith(k))) return [];
  const { lineStarts } = result.document;
  const fixes: CodeAction[] = [];
  const disables: CodeAction[] = [];
  const disabled = new Set<string>();
  for (const f of result.findings) {
    if (!touches(spanToRange(lineStarts, f.span), range)) continue;
    const diagnostic = toDiagnostic(uri, lineStarts, f);
    for (const fix of f.fixes ?? []) {
      fixes.push({
        title: fix.title,
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        isPreferred: fix.preferred,
        edit: { changes: { [uri]: fix.edits.map((e) => ({ range: spanToRange(lineStarts, e), newText: e.text })) } },
      });
    }
    const key = `${lineOfOffset(lineStarts, f.span.start)}:${f.rule}`;
    if (disabled.has(key) || inFrontMatter(result, f)) continue;
    disabled.add(key);
    disables.push({
      title: `在此行禁用 ${f.rule} 规则`,
      kind: CodeActionKind.QuickFix,
      diagnostics: [diagnostic],
      edit: { changes: { [uri]: [disableRuleEdit(result, f.span.start, f.rule)] } },
    });
  }
  return [...fixes, ...disables];
}
