// Quick fixes from the findings' fixes, plus "disable this rule on this line / in this file",
// and the workspace ones ("add this word to the allow-list", "disable this rule in the
// workspace"), which the client carries out on the config file the writer picks.
import { CodeAction, CodeActionKind, Range, TextEdit, type Command } from 'vscode-languageserver/node';
import { lineOfOffset, type AnalysisResult, type Finding } from '../engine';
import { spanToRange, toDiagnostic } from './diagnostics';
import { editConfigCommand, type EditConfigArgs } from './protocol';

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
function disableRuleEdit(result: AnalysisResult, offset: number, rule: string): TextEdit {
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

const fileDirective = 'report-lint-disable-file';
/** An existing file directive line: `<!-- report-lint-disable-file a b -->`. */
const fileDirectiveLine = new RegExp(`^(<!--\\s*${fileDirective})((?:[ \\t,，]+[\\w-]+)+)(\\s*-->)[ \\t]*$`);

/**
 * Edit that makes the engine skip `rule` in the whole document: a directive at the top, after
 * any front matter (a directive there would be YAML). Extends such a directive already there.
 */
export function disableFileEdit(result: AnalysisResult, rule: string): TextEdit {
  const { text, lineStarts, frontMatter } = result.document;
  const at = frontMatter ? frontMatter.span.end : 0;
  const line = lineOfOffset(lineStarts, at);
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  if (lineStarts[line] === at) {
    const current = lineText(text, lineStarts, line);
    const m = fileDirectiveLine.exec(current);
    if (m) {
      return {
        range: { start: { line, character: 0 }, end: { line, character: current.length } },
        newText: `${m[1]} ${m[2].trim()} ${rule}${m[3]}`,
      };
    }
    return TextEdit.insert({ line, character: 0 }, `<!-- ${fileDirective} ${rule} -->${eol}`);
  }
  // Front matter closed on the last line, with no line break after it.
  const end = offsetPosition(lineStarts, at);
  return TextEdit.insert(end, `${eol}<!-- ${fileDirective} ${rule} -->${eol}`);
}

function offsetPosition(lineStarts: readonly number[], offset: number): { line: number; character: number } {
  const line = lineOfOffset(lineStarts, offset);
  return { line, character: offset - lineStarts[line] };
}

function configCommand(title: string, args: EditConfigArgs): Command {
  return { title, command: editConfigCommand, arguments: [args] };
}

function inFrontMatter(result: AnalysisResult, f: Finding): boolean {
  const fm = result.document.frontMatter;
  return !!fm && f.span.start >= fm.span.start && f.span.start < fm.span.end;
}

export interface CodeActionOptions {
  /**
   * Offer the actions that write a config file: only for a document on disk in a trusted
   * workspace, where config files apply.
   */
  workspace: boolean;
}

export function codeActions(uri: string, result: AnalysisResult, range: Range, only: string[] | undefined, options: CodeActionOptions): CodeAction[] {
  if (only && !only.some((k) => CodeActionKind.QuickFix.startsWith(k))) return [];
  const { lineStarts, text } = result.document;
  const fixes: CodeAction[] = [];
  const allows: CodeAction[] = [];
  const disables: CodeAction[] = [];
  const fileDisables: CodeAction[] = [];
  const workspaceDisables: CodeAction[] = [];
  const disabled = new Set<string>();
  const seenRules = new Set<string>();
  const allowed = new Set<string>();
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
    const word = text.slice(f.span.start, f.span.end);
    if (options.workspace && f.rule === 'term' && word.trim() && !allowed.has(word)) {
      allowed.add(word);
      const title = `将“${word}”加入工作区允许词表`;
      allows.push({ title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], command: configCommand(title, { action: 'allow', word, documentUri: uri }) });
    }
    const key = `${lineOfOffset(lineStarts, f.span.start)}:${f.rule}`;
    if (!disabled.has(key) && !inFrontMatter(result, f)) {
      disabled.add(key);
      disables.push({
        title: `在此行禁用 ${f.rule} 规则`,
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        edit: { changes: { [uri]: [disableRuleEdit(result, f.span.start, f.rule)] } },
      });
    }
    if (seenRules.has(f.rule)) continue;
    seenRules.add(f.rule);
    fileDisables.push({
      title: `在本文件中禁用 ${f.rule} 规则`,
      kind: CodeActionKind.QuickFix,
      diagnostics: [diagnostic],
      edit: { changes: { [uri]: [disableFileEdit(result, f.rule)] } },
    });
    if (options.workspace) {
      const title = `在工作区禁用 ${f.rule} 规则`;
      workspaceDisables.push({
        title,
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        command: configCommand(title, { action: 'disable', rule: f.rule, documentUri: uri }),
      });
    }
  }
  // The fix the finding's rule marks as the right one comes first (VS Code also sorts it first and selects it).
  const preferredFirst = [...fixes.filter((a) => a.isPreferred), ...fixes.filter((a) => !a.isPreferred)];
  return [...preferredFirst, ...allows, ...disables, ...fileDisables, ...workspaceDisables];
}
