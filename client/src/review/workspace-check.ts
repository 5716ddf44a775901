// 报告检查: 检查工作区全部报告 — the CLI's folder check on the workspace: the report files of every
// workspace folder minus .reportlintignore, checked on the worker pool with each file's config,
// under a progress notification that can be cancelled. Findings of files not open in an editor go
// to the Problems panel (open ones already have the language server's), and the summary opens in
// a webview: the same page as `report-lint --format html`.
import { join } from 'node:path';
import * as vscode from 'vscode';
import { checkFiles } from '../../../server/src/cli/check-files';
import type { FileOutcome } from '../../../server/src/cli/check-file';
import { expandInputs } from '../../../server/src/cli/inputs';
import { reviewPage } from '../../../server/src/cli/review-page/page';
import { defaultMaxSize } from '../../../server/src/cli/args';
import { sortRows } from '../../../server/src/cli/summary';
import { toDiagnostics } from './diagnostics';

const checkWorkspaceCommand = 'reportLint.checkWorkspace';
/** Test hook, not contributed: the last workspace check's summary rows and whether it was cancelled. */
const lastWorkspaceCheckCommand = 'reportLint.review.lastWorkspaceCheck';

interface WorkspaceCheckSnapshot {
  files: number;
  cancelled: boolean;
  rows: ReturnType<typeof sortRows>;
}

export function registerWorkspaceCheck(context: vscode.ExtensionContext): void {
  const problems = vscode.languages.createDiagnosticCollection('report-lint-workspace');
  let last: WorkspaceCheckSnapshot | undefined;
  let panel: vscode.WebviewPanel | undefined;

  const run = async (): Promise<WorkspaceCheckSnapshot | undefined> => {
    const folders = vscode.workspace.workspaceFolders ?? [];
    if (folders.length === 0) {
      void vscode.window.showInformationMessage('请先打开一个包含报告的文件夹或工作区。');
      return undefined;
    }
    const files = folders.flatMap((f) => expandInputs([f.uri.fsPath]).files);
    if (files.length === 0) {
      void vscode.window.showInformationMessage('工作区中没有找到报告文件（.md、.txt），或都被 .reportlintignore 排除。');
      return undefined;
    }
    const maxSize = vscode.workspace.getConfiguration('reportLint').get<number>('maxFileSize', defaultMaxSize);
    let outcomes: FileOutcome[] = [];
    let cancelled = false;
    await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: '报告检查：检查工作区全部报告', cancellable: true },
      async (progress, token) => {
        let reported = 0;
        outcomes = await checkFiles(
          files,
          // Config files are read only in a trusted workspace, as by the language server.
          { profile: undefined, rules: {}, maxSize, config: undefined, noConfig: !vscode.workspace.isTrusted, withContext: true },
          {
            jobs: 0,
            workerFile: join(context.extensionPath, 'dist', 'check-worker.js'),
            shouldStop: () => token.isCancellationRequested,
            onProgress: (done, total) => {
              progress.report({ message: `${done}/${total} 个文件`, increment: ((done - reported) / total) * 100 });
              reported = done;
            },
          },
        );
        cancelled = token.isCancellationRequested;
      },
    );
    const open = new Set(vscode.workspace.textDocuments.map((d) => d.uri.toString()));
    problems.clear();
    for (const o of outcomes) {
      if (!o.ok) continue;
      const uri = vscode.Uri.file(o.file);
      if (!open.has(uri.toString())) problems.set(uri, toDiagnostics(o.report.diagnostics));
    }
    last = { files: files.length, cancelled, rows: sortRows(outcomes.flatMap((o) => (o.ok ? [o.row] : []))) };
    const root = folders[0].uri.fsPath;
    // The page names files from the (first) workspace folder, as the CLI run there would.
    const rel = (file: string): string => (file.startsWith(root) ? file.slice(root.length + 1) : file);
    const shown = outcomes.map((o): FileOutcome => (o.ok ? { ...o, file: rel(o.file), row: { ...o.row, file: rel(o.file) } } : { ...o, file: rel(o.file) }));
    if (!panel) {
      panel = vscode.window.createWebviewPanel('reportLint.review', '报告审阅', vscode.ViewColumn.Active, { enableScripts: true });
      panel.onDidDispose(() => (panel = undefined));
    }
    panel.webview.html = reviewPage(shown, String(context.extension.packageJSON.version ?? ''));
    panel.reveal();
    if (cancelled) void vscode.window.showWarningMessage(`已取消：检查了 ${outcomes.length}/${files.length} 个文件。`);
    return last;
  };

  context.subscriptions.push(
    problems,
    vscode.commands.registerCommand(checkWorkspaceCommand, run),
    vscode.commands.registerCommand(lastWorkspaceCheckCommand, () => last),
    // A file opened in an editor gets the language server's findings: drop the workspace check's.
    vscode.workspace.onDidOpenTextDocument((d) => problems.delete(d.uri)),
  );
}
