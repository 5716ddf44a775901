// The report previews (one per document) and their commands: 报告预览 (Report: Open Preview), to
// the side, and "disable this rule here" from a finding's context menu in the preview.
import * as vscode from 'vscode';
import { computeLineStarts } from '../../../server/src/engine/positions';
import { disableNextLineEdit } from '../../../server/src/engine/directive-edits';
import type { StatusParams } from '../../../server/src/shared/protocol';
import { commandIds } from '../command-ids';
import type { FindingTracker } from '../findings/tracker';
import { ReportPreview, type PreviewSnapshot } from './panel';
import { readDisableArgs } from './protocol';
import type { UncheckedReason } from '../authoring';
import { notCheckedReason } from '../unchecked/unchecked-reports';

const SKIPPED_REASONS: Record<NonNullable<StatusParams['skipped']>, string> = {
  plaintext: notCheckedReason('plaintext'),
  'too-large': '文件过大（设置 reportLint.maxFileSize）',
  binary: '文件看起来不是文本',
};

const PREVIEW_LANGUAGES = ['markdown', 'plaintext'];

export class PreviewManager implements vscode.Disposable {
  private readonly previews = new Map<string, ReportPreview>();
  private readonly profiles = new Map<string, string>();
  /** Documents the server said it skipped, and why (reportLint/status). */
  private readonly skipped = new Map<string, NonNullable<StatusParams['skipped']>>();
  private readonly subscriptions: vscode.Disposable[];

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly tracker: FindingTracker,
    private readonly unchecked: UncheckedReason,
  ) {
    this.subscriptions = [
      vscode.commands.registerCommand(commandIds.openPreview, () => this.open(false)),
      vscode.commands.registerCommand(commandIds.openPreviewToSide, () => this.open(true)),
      vscode.commands.registerCommand(commandIds.disableRuleHere, (args: unknown) => this.disableRuleHere(args)),
      vscode.commands.registerCommand(commandIds.previewSnapshot, (): PreviewSnapshot[] => [...this.previews.values()].map((p) => p.snapshot())),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.contentChanges.length > 0) this.previews.get(e.document.uri.toString())?.documentChanged();
      }),
      tracker.onDidChange((uri) => this.previews.get(uri.toString())?.invalidate()),
      vscode.workspace.onDidCloseTextDocument((d) => {
        this.profiles.delete(d.uri.toString());
        this.skipped.delete(d.uri.toString());
      }),
      vscode.window.onDidChangeTextEditorVisibleRanges((e) => {
        const first = e.visibleRanges[0];
        if (first) this.previews.get(e.textEditor.document.uri.toString())?.scrollTo(first.start.line);
      }),
    ];
  }

  /** The server's status after an analysis: the report kind shown above the page. */
  status(p: StatusParams): void {
    const key = vscode.Uri.parse(p.uri).toString();
    const name = p.skipped ? undefined : p.profile.name;
    const wasSkipped = this.skipped.get(key);
    if (p.skipped) this.skipped.set(key, p.skipped);
    else this.skipped.delete(key);
    if (this.profiles.get(key) === name && wasSkipped === p.skipped) return;
    if (name === undefined) this.profiles.delete(key);
    else this.profiles.set(key, name);
    this.previews.get(key)?.invalidate();
  }

  /** Shows the document's preview again (whether it is checked changed). */
  refresh(uri: string): void {
    this.previews.get(vscode.Uri.parse(uri).toString())?.invalidate();
  }

  /** Why the document is not checked, or undefined when it is: the preview must not say 未发现问题 then. */
  private uncheckedReason(uri: vscode.Uri): string | undefined {
    const reason = this.unchecked(uri);
    if (reason) return reason;
    const skipped = this.skipped.get(uri.toString());
    return skipped ? SKIPPED_REASONS[skipped] : undefined;
  }

  private activePreview(): ReportPreview | undefined {
    return [...this.previews.values()].find((p) => p.panel.active);
  }

  async open(toSide: boolean): Promise<void> {
    const editor = vscode.window.activeTextEditor;
    if (!editor) {
      const active = this.activePreview();
      if (active) active.panel.reveal(undefined, false);
      else void vscode.window.showInformationMessage('请先打开要预览的报告（Markdown 或纯文本文件）。');
      return;
    }
    const doc = editor.document;
    if (!PREVIEW_LANGUAGES.includes(doc.languageId)) {
      void vscode.window.showInformationMessage('报告预览只支持 Markdown 和纯文本文件。');
      return;
    }
    const key = doc.uri.toString();
    const existing = this.previews.get(key);
    if (existing) {
      existing.panel.reveal(toSide ? existing.panel.viewColumn : (editor.viewColumn ?? vscode.ViewColumn.Active), toSide);
      return;
    }
    const column = toSide ? vscode.ViewColumn.Beside : (editor.viewColumn ?? vscode.ViewColumn.Active);
    const preview = new ReportPreview(
      doc.uri,
      {
        extensionUri: this.extensionUri,
        findings: (d) => this.tracker.findings(d),
        profileName: (uri) => this.profiles.get(uri.toString()),
        unchecked: (uri) => this.uncheckedReason(uri),
      },
      column,
      toSide,
      editor.visibleRanges[0]?.start.line,
    );
    this.previews.set(key, preview);
    preview.onDidDispose(() => {
      if (this.previews.get(key) === preview) this.previews.delete(key);
    });
  }

  /**
   * Inserts `<!-- report-lint-disable-next-line RULE -->` above the finding's line. Run from the
   * context menu of a finding in the preview (its data-vscode-context is the argument); asks which
   * rule when several findings share the mark. Returns whether the document was changed.
   */
  async disableRuleHere(raw: unknown): Promise<boolean> {
    const args = readDisableArgs(raw);
    if (!args) return false;
    const uri = args.documentUri ? vscode.Uri.parse(args.documentUri) : this.activePreview()?.uri;
    if (!uri) return false;
    const doc = await vscode.workspace.openTextDocument(uri);
    // The page may be a moment behind the text: only disable a rule that is still reported on that line.
    const here = new Set(this.tracker.findings(doc).filter((f) => doc.positionAt(f.span.start).line === args.line).map((f) => f.rule));
    const rules = args.rules.filter((r) => here.has(r));
    if (rules.length === 0) {
      void vscode.window.showInformationMessage(`第 ${args.line + 1} 行已没有 ${args.rules.join('、')} 规则的问题，未添加禁用注释。`);
      return false;
    }
    let chosen = rules;
    if (rules.length > 1) {
      const all = `全部（${rules.join('、')}）`;
      const pick = await vscode.window.showQuickPick([...rules, all], { title: `在第 ${args.line + 1} 行禁用哪条规则？` });
      if (!pick) return false;
      chosen = pick === all ? rules : [pick];
    }
    const text = doc.getText();
    const edit = disableNextLineEdit(text, computeLineStarts(text), args.line, chosen);
    if (!edit || (edit.start === edit.end && edit.text === '')) return false;
    const we = new vscode.WorkspaceEdit();
    we.replace(doc.uri, new vscode.Range(doc.positionAt(edit.start), doc.positionAt(edit.end)), edit.text);
    return vscode.workspace.applyEdit(we);
  }

  dispose(): void {
    for (const p of this.previews.values()) p.dispose();
    this.previews.clear();
    for (const s of this.subscriptions) s.dispose();
  }
}
