// Status bar item: the active report's own counts (本文件, beside VS Code's counts of all files)
// with its profile, from reportLint/status; or, for a report open where it is not checked, that
// it is not checked (issue 12); while a long analysis of it runs, that it is being checked.
import * as vscode from 'vscode';
import type { CheckingParams, StatusParams } from '../../server/src/shared/protocol';
import type { UncheckedReport } from './unchecked/unchecked-reports';

/** Runs 将当前文件作为报告检查 (client/src/unchecked/commands.ts). */
const CHECK_AS_REPORT = 'reportLint.checkAsReport';

export interface StatusBarSnapshot {
  visible: boolean;
  text: string;
  tooltip: string;
  command: string | undefined;
}

export class ReportStatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('reportLint.status', vscode.StatusBarAlignment.Left, 50);
  private readonly byUri = new Map<string, StatusParams>();
  /** The message of each report whose long analysis is running (reportLint/checking). */
  private readonly checkingUris = new Map<string, string>();
  private readonly subscriptions: vscode.Disposable[];
  private visible = false;

  constructor(private readonly unchecked: (uri: vscode.Uri) => UncheckedReport | undefined) {
    this.item.name = '报告检查 report-lint';
    this.subscriptions = [
      vscode.window.onDidChangeActiveTextEditor(() => this.render()),
      vscode.workspace.onDidCloseTextDocument((d) => {
        this.byUri.delete(d.uri.toString());
        this.checkingUris.delete(d.uri.toString());
        this.render();
      }),
    ];
  }

  update(status: StatusParams): void {
    // The server may spell URIs differently (percent-encoding); key by VS Code's form.
    this.byUri.set(vscode.Uri.parse(status.uri).toString(), status);
    this.render();
  }

  checking(p: CheckingParams): void {
    const uri = vscode.Uri.parse(p.uri).toString();
    if (p.checking) this.checkingUris.set(uri, p.message ?? '正在检查…');
    else this.checkingUris.delete(uri);
    this.render();
  }

  clear(): void {
    this.byUri.clear();
    this.checkingUris.clear();
    this.render();
  }

  render(): void {
    const uri = vscode.window.activeTextEditor?.document.uri;
    const report = uri && this.unchecked(uri);
    const status = uri && this.byUri.get(uri.toString());
    const checking = uri && this.checkingUris.get(uri.toString());
    if (checking) {
      // Not the counts of an older version while the current one is being checked.
      this.item.text = `$(sync~spin) 本文件 · ${checking}`;
      this.item.tooltip = '报告检查正在后台检查本文件，完成后显示本文件的问题数。编辑器在检查期间照常可用。';
      this.item.command = undefined;
    } else if (report) {
      this.item.text = '$(eye-closed) 本文件未检查（报告检查）';
      this.item.tooltip = `此文件看起来是一份${report.likeness.profile ?? '报告'}，但没有检查：${report.reason}。\n点击将本文件作为报告检查`;
      this.item.command = CHECK_AS_REPORT;
    } else if (!status || status.skipped === 'plaintext') {
      // Plain text that does not look like a report: nothing to say.
      this.hide();
      return;
    } else if (status.skipped) {
      this.item.text = '$(circle-slash) 报告检查：本文件未检查';
      this.item.tooltip = SKIPPED_TOOLTIPS[status.skipped] ?? '已跳过检查';
      this.item.command = undefined;
    } else {
      const c = status.counts;
      this.item.text = `$(checklist) 本文件 · ${status.profile.name} $(error) ${c.error} $(warning) ${c.warning}`;
      const config = status.configFile ? `\n配置文件：${vscode.workspace.asRelativePath(status.configFile)}` : '';
      this.item.tooltip =
        `报告检查 · 本文件的问题（左侧 VS Code 的计数含所有打开的文件）\n报告类型：${status.profile.name}（${status.profile.id}）${config}\n` +
        `错误 ${c.error} · 警告 ${c.warning} · 提示 ${c.info} · 建议 ${c.hint}\n点击打开“问题”面板`;
      this.item.command = 'workbench.actions.view.problems';
    }
    this.item.show();
    this.visible = true;
  }

  private hide(): void {
    this.item.hide();
    this.visible = false;
  }

  /** What the item shows now, for the real-editor tests. */
  snapshot(): StatusBarSnapshot {
    const tooltip = this.item.tooltip;
    return {
      visible: this.visible,
      text: this.item.text,
      tooltip: typeof tooltip === 'string' ? tooltip : (tooltip?.value ?? ''),
      command: typeof this.item.command === 'string' ? this.item.command : this.item.command?.command,
    };
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
};
