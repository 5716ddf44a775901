// 报告检查：新建报告 (a new tab, checked as a report at once, for text pasted from Word) and
// 报告检查：将当前文件作为报告检查 (the open untitled or plain-text document, checked from now on).
import * as vscode from 'vscode';
import type { CheckedDocuments } from './checked-documents';

const reportCommandIds = {
  newReport: 'reportLint.newReport',
  checkAsReport: 'reportLint.checkAsReport',
} as const;

export function registerReportCommands(checked: CheckedDocuments): vscode.Disposable[] {
  return [
    vscode.commands.registerCommand(reportCommandIds.newReport, async (): Promise<vscode.TextEditor> => {
      // Plain text, set explicitly: VS Code does not guess another language (such as Ini) for it.
      const doc = await checked.force(await vscode.workspace.openTextDocument({ language: 'plaintext', content: '' }));
      return vscode.window.showTextDocument(doc);
    }),
    vscode.commands.registerCommand(reportCommandIds.checkAsReport, async (): Promise<vscode.TextDocument | undefined> => {
      const doc = vscode.window.activeTextEditor?.document;
      if (!doc) {
        void vscode.window.showInformationMessage('请先打开要检查的报告，或用“报告检查：新建报告”新建一份。');
        return undefined;
      }
      if (checked.isChecked(doc)) {
        void vscode.window.showInformationMessage('本文件已在检查中。');
        return doc;
      }
      const now = await checked.force(doc);
      if (now !== doc) await vscode.window.showTextDocument(now);
      return now;
    }),
  ];
}
