// Status bar item: the active report's profile and finding counts, from reportLint/status.
import * as vscode from 'vscode';
import type { StatusParams } from '../../server/src/lsp/protocol';

export class ReportStatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('reportLint.status', vscode.StatusBarAlignment.Left, 50);
  private readonly byUri = new Map<string, StatusParams>();
  private readonly subscriptions: vscode.Disposable[];

  constructor() {
    this.item.name = '报告检查 report-lint';
    this.item.command = 'workbench.actions.view.problems';
    this.subscriptions = [
      vscode.window.onDidChangeActiveTextEditor(() => this.render()),
      vscode.workspace.onDidCloseTextDocument((d) => {
        this.byUri.delete(d.uri.toString());
        this.render();
      }),
    ];
  }

  update(status: StatusParams): void {
    // The server may spell URIs differently (percent-encoding); key by VS Code's form.
    this.byUri.set(vscode.Uri.parse(status.uri).toString(), status);
    this.render();
  }

  clear(): void {
    this.byUri.clear();
    this.render();
  }

  private render(): void {
    const uri = vscode.window.activeTextEditor?.document.uri;
    const status = uri && this.byUri.get(uri.toString());
    if (!status) {
      this.item.hide();
      return;
    }
    if (status.skipped) {
      this.item.text = '$(circle-slash) 报告检查：未检查';
      this.item.tooltip = SKIPPED_TOOLTIPS[status.skipped] ?? '已跳过检查';
    } else {
      const c = status.counts;
      this.item.text = `$(checklist) ${status.profile.name} $(error) ${c.error} $(warning) ${c.warning}`;
      const config = status.configFile ? `\n配置文件：${vscode.workspace.asRelativePath(status.configFile)}` : '';
      this.item.tooltip = `报告类型：${status.profile.name}（${status.profile.id}）${config}\n错误 ${c.error} · 警告 ${c.warning} · 提示 ${c.info} · 建议 ${c.hint}\n点击打开“问题”面板`;
    }
    this.item.show();
  }

  dispose(): void {
    for (const s of this.subscriptions) s.dispose();
    this.item.dispose();
  }
}

/** Why a document was not checked, as the server's status says it. */
const SKIPPED_TOOLTIPS: Record<string, string> = {
  'too-large': '文件过大，已跳过检查（reportLint.maxFileSize）',
  binary: '文件看起来不是文本，已跳过检查',
  plaintext: '纯文本检查已关闭（reportLint.plaintext）',
};
