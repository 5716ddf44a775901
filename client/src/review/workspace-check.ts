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
import { sortRows } from '../../../server/src/cli/summary';
import { toDiagnostics } from './diagnostics';
import { settingsGroups, workspaceCheckSettings } from './workspace-settings';

const checkWorkspaceCommand = 'reportLint.checkWorkspace';
/** Test hook, not contributed: the last workspace check's summary rows and whether it was cancelled. */
const lastWorkspaceCheckCommand = 'reportLint.review.lastWorkspaceCheck';

interface WorkspaceCheckSnapshot {
  files: number;
  /** Files checked (all of them unless cancelled). */
  checked: number;
  cancelled: boolean;
  rows: ReturnType<typeof sortRows>;
}

/**
 * What a test may pass to the command (a user runs it without arguments): a token that cancels the
 * run as the notification's Cancel button does, and a listener of its progress.
 */
interface WorkspaceCheckHooks {
  token?: vscode.CancellationToken;
  onProgress?: (done: number, total: number) => void;
}

export function registerWorkspaceCheck(context: vscode.ExtensionContext): void {
  const problems = vscode.languages.createDiagnosticCollection('report-lint-workspace');
  let last: WorkspaceCheckSnapshot | undefined;
  let panel: vscode.WebviewPanel | undefined;

  const run = async (hooks: WorkspaceCheckHooks = {}): Promise<WorkspaceCheckSnapshot | undefined> => {
    const folders = vscode.workspace.workspaceFolders ?? [];
    if (folders.length === 0) {
      void vscode.window.showInformationMessage('请先打开一个包含报告的文件夹或工作区。');
      return undefined;
    }
    // Each folder's files with its reportLint.* settings (a multi-root workspace may differ).
    const trusted = vscode.workspace.isTrusted;
    const groups = settingsGroups(
      folders.map((f) => ({ files: expandInputs([f.uri.fsPath]).files, settings: workspaceCheckSettings(vscode.workspace.getConfiguration('reportLint', f.uri), trusted) })),
    );
    const files = groups.flatMap((g) => g.files);
    if (files.length === 0) {
      void vscode.window.showInformationMessage('工作区中没有找到报告文件（.md、.txt），或都被 .reportlintignore 排除。');
      return undefined;
    }
    const outcomes: FileOutcome[] = [];
    let cancelled = false;
    await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: '报告检查：检查工作区全部报告', cancellable: true },
      async (progress, notification) => {
        const stopped = (): boolean => notification.isCancellationRequested || hooks.token?.isCancellationRequested === true;
        let reported = 0;
        for (const group of groups) {
          if (stopped()) break;
          const before = outcomes.length;
          const got = await checkFiles(group.files, group.settings, {
            jobs: 0,
            workerFile: join(context.extensionPath, 'dist', 'check-worker.js'),
            shouldStop: stopped,
            onProgress: (done) => {
              progress.report({ message: `${before + done}/${files.length} 个文件`, increment: ((before + done - reported) / files.length) * 100 });
              reported = before + done;
              hooks.onProgress?.(reported, files.length);
            },
          });
          outcomes.push(...got);
        }
        // Cancelled only if files were left unchecked (not by a click after the last one).
        cancelled = stopped() && outcomes.length < files.length;
      },
    );
    const open = new Set(vscode.workspace.textDocuments.map((d) => d.uri.toString()));
    problems.clear();
    for (const o of outcomes) {
      if (!o.ok) continue;
      const uri = vscode.Uri.file(o.file);
      if (!open.has(uri.toString())) problems.set(uri, toDiagnostics(o.report.diagnostics));
    }
    last = { files: files.length, checked: outcomes.length, cancelled, rows: sortRows(outcomes.flatMap((o) => (o.ok ? [o.row] : []))) };
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
    // From the palette the argument is undefined; a test passes hooks.
    vscode.commands.registerCommand(checkWorkspaceCommand, (hooks?: WorkspaceCheckHooks) => run(hooks ?? {})),
    vscode.commands.registerCommand(lastWorkspaceCheckCommand, () => last),
    // A file opened in an editor gets the language server's findings: drop the workspace check's.
    vscode.workspace.onDidOpenTextDocument((d) => problems.delete(d.uri)),
  );
}
