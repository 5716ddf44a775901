// 报告：下一个占位符 / 上一个占位符 and 报告：列出全部问题: moving to the placeholders and findings
// the server reported for the active report.
import * as vscode from 'vscode';
import type { PreviewFinding } from '../../../server/src/shared/preview/render';
import { commandIds } from '../command-ids';
import type { FindingTracker } from '../findings/tracker';
import { groupFindings, pickPlaceholder, placeholderRule } from './pick';

const REPORT_LANGUAGES = ['markdown', 'plaintext'];
const SEVERITY_ICON: Record<PreviewFinding['severity'], string> = { error: '$(error)', warning: '$(warning)', info: '$(info)', hint: '$(lightbulb)' };
const SEVERITY_NAME: Record<PreviewFinding['severity'], string> = { error: '错误', warning: '警告', info: '提示', hint: '建议' };

function reportEditor(): vscode.TextEditor | undefined {
  const editor = vscode.window.activeTextEditor;
  if (!editor) {
    void vscode.window.showInformationMessage('请先打开要检查的报告（Markdown 或纯文本文件）。');
    return undefined;
  }
  return editor;
}

function rangeOf(doc: vscode.TextDocument, span: { start: number; end: number }): vscode.Range {
  return new vscode.Range(doc.positionAt(span.start), doc.positionAt(span.end));
}

/** Whether report-lint checks a document (client/src/unchecked), set by registerNavigation. */
let isChecked: ((doc: vscode.TextDocument) => boolean) | undefined;

function nothingFound(doc: vscode.TextDocument, what: string): void {
  if (isChecked && !isChecked(doc) && (doc.languageId === 'plaintext' || doc.uri.scheme === 'untitled')) {
    // Nothing found because nothing was checked: say so, with the way out.
    const button = '仅此文件检查';
    void vscode.window.showWarningMessage('本文件没有检查（纯文本检查未打开），所以没有找到任何内容。', button).then((choice) => {
      if (choice === button) void vscode.commands.executeCommand('reportLint.checkAsReport');
    });
    return;
  }
  const unchecked =
    doc.languageId === 'plaintext' && !vscode.workspace.getConfiguration('reportLint').get<boolean>('plaintext', false)
      ? '纯文本文件的检查未打开：请在设置中打开 reportLint.plaintext。'
      : !REPORT_LANGUAGES.includes(doc.languageId)
        ? '报告检查只检查 Markdown 和纯文本文件。'
        : '';
  void vscode.window.showInformationMessage(unchecked || `本报告没有${what}。`);
}

/** Selects the next (or previous) placeholder; returns its range, or undefined when there is none. */
function goToPlaceholder(tracker: FindingTracker, direction: 1 | -1): vscode.Range | undefined {
  const editor = reportEditor();
  if (!editor) return undefined;
  const doc = editor.document;
  const spans = tracker.findings(doc).filter((f) => f.rule === placeholderRule).map((f) => f.span);
  const sel = editor.selection;
  const pick = pickPlaceholder(spans, { start: doc.offsetAt(sel.start), end: doc.offsetAt(sel.end) }, direction);
  if (!pick) {
    nothingFound(doc, '未填写的占位符');
    return undefined;
  }
  const range = rangeOf(doc, pick.span);
  editor.selection = new vscode.Selection(range.start, range.end);
  editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  if (pick.wrapped) vscode.window.setStatusBarMessage(direction === 1 ? '已到报告末尾，从头继续查找占位符' : '已到报告开头，从末尾继续查找占位符', 3000);
  return range;
}

interface FindingItem extends vscode.QuickPickItem {
  finding?: PreviewFinding;
}

function itemsFor(doc: vscode.TextDocument, findings: PreviewFinding[]): FindingItem[] {
  const { placeholders, others } = groupFindings(findings);
  const item = (f: PreviewFinding): FindingItem => {
    const line = doc.positionAt(f.span.start).line;
    return {
      label: `${SEVERITY_ICON[f.severity]} ${f.message}`,
      description: `第 ${line + 1} 行 · ${f.rule}`,
      detail: doc.lineAt(line).text.trim().slice(0, 80),
      finding: f,
    };
  };
  const out: FindingItem[] = [];
  if (placeholders.length > 0) out.push({ label: `占位符（${placeholders.length}）`, kind: vscode.QuickPickItemKind.Separator }, ...placeholders.map(item));
  if (others.length > 0) out.push({ label: `其他问题（${others.length}）`, kind: vscode.QuickPickItemKind.Separator }, ...others.map(item));
  return out;
}

/** What the findings list resolves to: the finding jumped to, for callers such as tests. */
interface ListedFinding {
  rule: string;
  severity: string;
  message: string;
  range: vscode.Range;
}

/**
 * A Quick Pick of every placeholder and finding of the active report; the editor follows the
 * highlighted item, and goes back where it was when the list is dismissed.
 */
async function listFindings(tracker: FindingTracker): Promise<ListedFinding | undefined> {
  const editor = reportEditor();
  if (!editor) return undefined;
  const doc = editor.document;
  const findings = tracker.findings(doc);
  if (findings.length === 0) {
    nothingFound(doc, '待处理的问题');
    return undefined;
  }
  const counts = (['error', 'warning', 'info', 'hint'] as const)
    .map((s) => [s, findings.filter((f) => f.severity === s).length] as const)
    .filter(([, n]) => n > 0)
    .map(([s, n]) => `${SEVERITY_NAME[s]} ${n}`)
    .join('，');
  const quickPick = vscode.window.createQuickPick<FindingItem>();
  quickPick.title = `报告中的问题：${counts}`;
  quickPick.placeholder = '输入文字筛选，回车跳转到所选问题';
  quickPick.matchOnDescription = true;
  quickPick.items = itemsFor(doc, findings);
  const original = { selection: editor.selection, visible: editor.visibleRanges[0] };

  const picked = await new Promise<FindingItem | undefined>((resolve) => {
    let accepted: FindingItem | undefined;
    quickPick.onDidChangeActive(([item]) => {
      if (item?.finding) editor.revealRange(rangeOf(doc, item.finding.span), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    });
    quickPick.onDidAccept(() => {
      accepted = quickPick.selectedItems[0] ?? quickPick.activeItems[0];
      quickPick.hide();
    });
    quickPick.onDidHide(() => {
      quickPick.dispose();
      resolve(accepted);
    });
    quickPick.show();
  });

  if (!picked?.finding) {
    if (original.visible) editor.revealRange(original.visible, vscode.TextEditorRevealType.AtTop);
    editor.selection = original.selection;
    return undefined;
  }
  // The list holds the focus, so the text has not changed under it.
  const now = picked.finding;
  const range = rangeOf(doc, now.span);
  await vscode.window.showTextDocument(doc, { viewColumn: editor.viewColumn, selection: range });
  editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  return { rule: now.rule, severity: now.severity, message: now.message, range };
}

export function registerNavigation(tracker: FindingTracker, checked?: (doc: vscode.TextDocument) => boolean): vscode.Disposable[] {
  isChecked = checked;
  return [
    vscode.commands.registerCommand(commandIds.nextPlaceholder, () => goToPlaceholder(tracker, 1)),
    vscode.commands.registerCommand(commandIds.previousPlaceholder, () => goToPlaceholder(tracker, -1)),
    vscode.commands.registerCommand(commandIds.listFindings, () => listFindings(tracker)),
  ];
}
