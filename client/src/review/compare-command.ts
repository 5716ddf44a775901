// 报告检查: 与去年的报告对比 — compares the report in the active editor with last year's, picked
// from a file dialog: findings on this year's report in the Problems panel, each with last
// year's sentence as related information (the editor shows both places).
import * as vscode from 'vscode';
import { loadConfig } from '../../../server/src/config';
import { compareReports } from '../../../server/src/engine';
import { readConfigText } from '../../../server/src/node/read-config-text';
import { compareReport } from '../../../server/src/cli/run-compare';
import { readAnyReport } from '../../../server/src/cli/readers';
import { defaultMaxSize } from '../../../server/src/cli/args';
import { toDiagnostics } from './diagnostics';

const compareCommand = 'reportLint.compareWithLastYear';

export function registerCompare(context: vscode.ExtensionContext): void {
  const results = vscode.languages.createDiagnosticCollection('report-lint-compare');
  const run = async (lastYear?: vscode.Uri): Promise<number | undefined> => {
    const editor = vscode.window.activeTextEditor;
    if (!editor) {
      void vscode.window.showInformationMessage('请先打开今年的报告。');
      return undefined;
    }
    const picked =
      lastYear ??
      (await vscode.window.showOpenDialog({ canSelectMany: false, openLabel: '与此报告对比', title: '选择去年的报告', filters: { 报告: ['md', 'markdown', 'txt'] } }))?.[0];
    if (!picked) return undefined;
    const read = readAnyReport(picked.fsPath, defaultMaxSize);
    if (!read.ok) {
      void vscode.window.showErrorMessage(`无法读取 ${picked.fsPath}：${read.reason}`);
      return undefined;
    }
    const trusted = vscode.workspace.isTrusted;
    const config = (path: string) => (trusted ? loadConfig(path, readConfigText).config : {});
    const doc = editor.document;
    const result = compareReports(read.text, doc.getText(), config(doc.uri.fsPath), config(picked.fsPath));
    const report = compareReport(picked.fsPath, doc.uri.fsPath, result);
    results.set(doc.uri, toDiagnostics(report.diagnostics));
    if (!result.related) {
      void vscode.window.showWarningMessage('两份报告相同的文字不足四成，不像同一单位由去年报告改写的今年报告，未作对比。');
    } else {
      const shares = result.parts.filter((p) => p.part !== 'leadIn').map((p) => `${p.name} ${Math.round(p.share * 100)}%`);
      void vscode.window.showInformationMessage(`与去年报告对比：${report.diagnostics.length} 个问题。与去年相同的文字：${shares.join('，')}`);
    }
    return report.diagnostics.length;
  };
  context.subscriptions.push(
    results,
    vscode.commands.registerCommand(compareCommand, run),
    // An edit makes the comparison stale: the writer runs it again.
    vscode.workspace.onDidChangeTextDocument((e) => {
      if (e.contentChanges.length > 0) results.delete(e.document.uri);
    }),
  );
}
