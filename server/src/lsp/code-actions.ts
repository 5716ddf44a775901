// Quick fixes from the findings' fixes, plus "disable this rule on this line / in this file",
// and the workspace ones ("add this word to the allow-list", "disable this rule in the
// workspace"), which the client carries out on the config file the writer picks.
import { CodeAction, CodeActionKind, Range, TextEdit, type Command } from 'vscode-languageserver/node';
import { lineOfOffset, type Finding, type TextEditData } from '../engine';
import { disableFileEdit, disableNextLineEdit } from '../engine/directive-edits';
import { spanToRange, toDiagnostic } from './diagnostics';
import type { OutlineResult } from './outline-result';
import { editConfigCommand, type EditConfigArgs } from '../shared/protocol';

function touches(a: Range, b: Range): boolean {
  const before = (p: Range['start'], q: Range['start']) => p.line < q.line || (p.line === q.line && p.character < q.character);
  return !before(a.end, b.start) && !before(b.end, a.start);
}

/** An engine edit (directive-edits.ts) in LSP terms; rule ids from findings are always valid. */
function lspEdit(lineStarts: readonly number[], edit: TextEditData | null): TextEdit[] {
  return edit ? [{ range: spanToRange(lineStarts, edit), newText: edit.text }] : [];
}

function configCommand(title: string, args: EditConfigArgs): Command {
  return { title, command: editConfigCommand, arguments: [args] };
}

function inFrontMatter(result: OutlineResult, f: Finding): boolean {
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

export function codeActions(uri: string, result: OutlineResult, range: Range, only: string[] | undefined, options: CodeActionOptions): CodeAction[] {
  if (only && !only.some((k) => CodeActionKind.QuickFix.startsWith(k))) return [];
  const { lineStarts, text, frontMatter } = result.document;
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
    const line = lineOfOffset(lineStarts, f.span.start);
    const key = `${line}:${f.rule}`;
    if (!disabled.has(key) && !inFrontMatter(result, f)) {
      disabled.add(key);
      disables.push({
        title: `在此行禁用 ${f.rule} 规则`,
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        edit: { changes: { [uri]: lspEdit(lineStarts, disableNextLineEdit(text, lineStarts, line, [f.rule])) } },
      });
    }
    if (seenRules.has(f.rule)) continue;
    seenRules.add(f.rule);
    fileDisables.push({
      title: `在本文件中禁用 ${f.rule} 规则`,
      kind: CodeActionKind.QuickFix,
      diagnostics: [diagnostic],
      edit: { changes: { [uri]: lspEdit(lineStarts, disableFileEdit(text, lineStarts, frontMatter?.span.end ?? 0, f.rule)) } },
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
