// Word in and out in VS Code:
// - 报告检查: 从 Word 导入 (reportLint.importWord) turns a .docx into a Markdown report next to it
//   (headings, list numbers as the reader sees them, bold, tables) and opens it; opening a .docx
//   offers it, and the explorer's context menu has it.
// - 报告检查: 导出为 Word（GB/T 9704） (reportLint.exportWord) writes the open report as a .docx in
//   the official layout next to it, after listing the unfilled placeholders and errors: the writer
//   exports anyway (they are highlighted in the .docx) or goes to one of them.
import * as vscode from 'vscode';
import { DocxError, readDocx, type ImportedReport } from '../../server/src/docx/read';
import { exportDocx } from '../../server/src/docx/write/gbt9704';
import { exists } from './workspace-files';

const wordCommandIds = {
  importWord: 'reportLint.importWord',
  exportWord: 'reportLint.exportWord',
} as const;

const DIAGNOSTIC_SOURCE = 'report-lint';
const DOCX = /\.docx$/i;

function fileName(uri: vscode.Uri): string {
  return uri.path.slice(uri.path.lastIndexOf('/') + 1);
}

function sibling(uri: vscode.Uri, ext: string): vscode.Uri {
  return uri.with({ path: uri.path.replace(/\.[^./]*$/, '') + ext });
}

/** Asks before replacing a file; true to go on. */
async function mayWrite(target: vscode.Uri): Promise<boolean> {
  if (!(await exists(target))) return true;
  const replace = '覆盖';
  const answer = await vscode.window.showWarningMessage(`${fileName(target)} 已存在，是否覆盖？`, { modal: true }, replace);
  return answer === replace;
}

async function importWord(arg?: vscode.Uri): Promise<vscode.Uri | undefined> {
  let source = arg instanceof vscode.Uri ? arg : undefined;
  if (!source) {
    const picked = await vscode.window.showOpenDialog({ canSelectMany: false, filters: { 'Word 文档': ['docx'] }, openLabel: '导入' });
    source = picked?.[0];
  }
  if (!source) return undefined;
  const target = sibling(source, '.md');
  // Pictures go into a folder beside the report, named after it, linked relatively.
  const imageFolder = sibling(source, '.assets');
  let report: ImportedReport;
  try {
    report = readDocx(await vscode.workspace.fs.readFile(source), { imageDir: fileName(imageFolder) });
  } catch (e) {
    const reason = e instanceof DocxError ? e.reason : `无法读取 (${e instanceof Error ? e.message : String(e)})`;
    void vscode.window.showErrorMessage(`${fileName(source)}：${reason}`);
    return undefined;
  }
  if (!(await mayWrite(target))) return undefined;
  if (report.images.length > 0) {
    await vscode.workspace.fs.createDirectory(imageFolder);
    for (const image of report.images) await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(imageFolder, image.name), image.bytes);
  }
  await vscode.workspace.fs.writeFile(target, Buffer.from(report.text, 'utf8'));
  await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(target), { preview: false });
  return target;
}

interface ProblemItem extends vscode.QuickPickItem {
  diagnostic?: vscode.Diagnostic;
  export?: boolean;
}

/** Lists the placeholders and errors; resolves true to export, false when the writer went to one (or cancelled). */
async function confirmExport(editor: vscode.TextEditor): Promise<boolean> {
  const problems = vscode.languages
    .getDiagnostics(editor.document.uri)
    .filter((d) => d.source === DIAGNOSTIC_SOURCE && (d.code === 'placeholder' || d.severity === vscode.DiagnosticSeverity.Error))
    .sort((a, b) => a.range.start.compareTo(b.range.start));
  if (problems.length === 0) return true;
  const placeholders = problems.filter((d) => d.code === 'placeholder').length;
  const items: ProblemItem[] = [
    { label: '$(export) 仍然导出', description: placeholders ? '占位符在 Word 中以黄色突出显示' : undefined, export: true },
    { label: '问题', kind: vscode.QuickPickItemKind.Separator },
    ...problems.map((d) => ({
      label: `${d.code === 'placeholder' ? '$(symbol-variable)' : '$(error)'} 第 ${d.range.start.line + 1} 行`,
      description: d.message,
      diagnostic: d,
    })),
  ];
  const picked = await vscode.window.showQuickPick(items, {
    title: `导出前：${placeholders} 处未填写的占位符，${problems.length - placeholders} 个错误`,
    placeHolder: '选择“仍然导出”，或选择一个问题去修改',
    matchOnDescription: true,
  });
  if (!picked) return false;
  if (picked.export) return true;
  if (picked.diagnostic) {
    const range = picked.diagnostic.range;
    const shown = await vscode.window.showTextDocument(editor.document, editor.viewColumn);
    shown.selection = new vscode.Selection(range.start, range.end);
    shown.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }
  return false;
}

async function exportWord(): Promise<vscode.Uri | undefined> {
  const editor = vscode.window.activeTextEditor;
  if (!editor || !['markdown', 'plaintext'].includes(editor.document.languageId)) {
    void vscode.window.showWarningMessage('请先打开要导出的报告（Markdown 或纯文本）。');
    return undefined;
  }
  if (!(await confirmExport(editor))) return undefined;
  const doc = editor.document;
  const target = doc.isUntitled ? (await vscode.window.showSaveDialog({ filters: { 'Word 文档': ['docx'] } })) : sibling(doc.uri, '.docx');
  if (!target || !(await mayWrite(target))) return undefined;
  const exported = await exportDocx(doc.getText());
  await vscode.workspace.fs.writeFile(target, exported.bytes);
  const marked = exported.placeholderCount ? `，${exported.placeholderCount} 处占位符已黄色突出显示` : '';
  void vscode.window.showInformationMessage(`已导出 ${fileName(target)}（GB/T 9704 版式${marked}）`);
  return target;
}

/** Offers the import once per .docx opened in this window (VS Code cannot show it as text). */
function offerImport(): vscode.Disposable {
  const offered = new Set<string>();
  const check = (tabs: readonly vscode.Tab[]) => {
    for (const tab of tabs) {
      const input = tab.input;
      const uri = input instanceof vscode.TabInputText || input instanceof vscode.TabInputCustom ? input.uri : undefined;
      if (!uri || !DOCX.test(uri.path) || offered.has(uri.toString())) continue;
      offered.add(uri.toString());
      const choice = '导入为 Markdown 报告';
      void vscode.window.showInformationMessage(`${fileName(uri)} 是 Word 文档。要导入为 Markdown 报告来检查吗？`, choice).then((c) => {
        if (c === choice) void vscode.commands.executeCommand(wordCommandIds.importWord, uri);
      });
    }
  };
  check(vscode.window.tabGroups.all.flatMap((g) => g.tabs));
  return vscode.window.tabGroups.onDidChangeTabs((e) => check(e.opened));
}

export function registerWord(context: vscode.ExtensionContext): void {
  context.subscriptions.push(
    vscode.commands.registerCommand(wordCommandIds.importWord, importWord),
    vscode.commands.registerCommand(wordCommandIds.exportWord, exportWord),
    offerImport(),
  );
}
