// No silent pass (issue 12): a document that looks like a report but is open in a language
// report-lint does not check (plain text with reportLint.plaintext off, or an untitled tab VS Code
// took for "Ini") gets a status bar item saying it is not checked and, once, a notice with the ways
// to have it checked.
import * as vscode from 'vscode';
import { reportLikeness, type ReportLikeness } from '../../../server/src/engine/report-likeness';
import { settingsSection } from '../../../server/src/shared/protocol';
import type { CheckedDocuments } from './checked-documents';

/** Languages a pasted or saved report may come in, besides any untitled tab. */
const TEXT_LANGUAGES = ['plaintext', 'ini', 'properties', 'log'];
/** Set by 不再提示: no more notices (the status bar item stays). */
const NEVER_KEY = 'reportLint.uncheckedNotice.never';
const RECHECK_MS = 300;

const NOTICE_BUTTONS = { enablePlaintext: '启用纯文本检查', thisFile: '仅此文件检查', never: '不再提示' } as const;

export interface UncheckedReport {
  uri: string;
  languageId: string;
  likeness: ReportLikeness;
  /** Why it is not checked, in Chinese. */
  reason: string;
}

/** What the notices said, for the real-editor tests (reportLint.unchecked.snapshot). */
export interface NoticeRecord {
  uri: string;
  message: string;
  buttons: string[];
}

export function notCheckedReason(languageId: string): string {
  return languageId === 'plaintext' ? '纯文本检查未打开（设置 reportLint.plaintext）' : `文件语言为“${languageId}”，不在检查之列`;
}

export class UncheckedReports implements vscode.Disposable {
  private readonly byUri = new Map<string, UncheckedReport>();
  private readonly noticed = new Set<string>();
  private readonly changed = new vscode.EventEmitter<string>();
  /** Fires with a document's URI when whether it is an unchecked report may have changed. */
  readonly onDidChange = this.changed.event;
  readonly notices: NoticeRecord[] = [];
  private timer: NodeJS.Timeout | undefined;
  private readonly subscriptions: vscode.Disposable[];

  constructor(
    private readonly context: vscode.ExtensionContext,
    private readonly checked: CheckedDocuments,
  ) {
    this.subscriptions = [
      this.changed,
      vscode.window.onDidChangeActiveTextEditor(() => this.evaluateActive()),
      vscode.workspace.onDidOpenTextDocument((d) => {
        if (d === vscode.window.activeTextEditor?.document) this.evaluateActive();
      }),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.document !== vscode.window.activeTextEditor?.document || e.contentChanges.length === 0) return;
        clearTimeout(this.timer);
        this.timer = setTimeout(() => this.evaluateActive(), RECHECK_MS);
      }),
      vscode.workspace.onDidCloseTextDocument((d) => this.forget(d.uri.toString())),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration(`${settingsSection}.plaintext`)) this.reevaluateAll();
      }),
      checked.onDidChange(() => this.reevaluateAll()),
    ];
    this.evaluateActive();
  }

  /** The unchecked report open under `uri`, if it is one. */
  get(uri: vscode.Uri | string): UncheckedReport | undefined {
    return this.byUri.get(typeof uri === 'string' ? vscode.Uri.parse(uri).toString() : uri.toString());
  }

  private forget(key: string): void {
    if (this.byUri.delete(key)) this.changed.fire(key);
  }

  private reevaluateAll(): void {
    for (const key of [...this.byUri.keys()]) {
      const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === key);
      if (doc) this.evaluate(doc, false);
      else this.forget(key);
    }
    this.evaluateActive();
  }

  private evaluateActive(): void {
    const doc = vscode.window.activeTextEditor?.document;
    if (doc) this.evaluate(doc, true);
  }

  private candidate(doc: vscode.TextDocument): boolean {
    if (this.checked.isChecked(doc)) return false;
    if (doc.uri.scheme === 'untitled') return doc.languageId !== 'markdown';
    return doc.uri.scheme === 'file' && TEXT_LANGUAGES.includes(doc.languageId);
  }

  private evaluate(doc: vscode.TextDocument, notify: boolean): void {
    const key = doc.uri.toString();
    const likeness = this.candidate(doc) ? reportLikeness(doc.getText()) : null;
    const before = this.byUri.get(key);
    if (!likeness) {
      if (before) this.forget(key);
      return;
    }
    const report: UncheckedReport = { uri: key, languageId: doc.languageId, likeness, reason: notCheckedReason(doc.languageId) };
    this.byUri.set(key, report);
    if (!before || before.languageId !== report.languageId) this.changed.fire(key);
    if (notify) void this.notify(doc, report);
  }

  /** Says once per document (and never after 不再提示) that it is not checked, with the ways out. */
  private async notify(doc: vscode.TextDocument, report: UncheckedReport): Promise<void> {
    if (this.noticed.has(report.uri) || this.context.globalState.get<boolean>(NEVER_KEY)) return;
    this.noticed.add(report.uri);
    const kind = report.likeness.profile ?? '报告';
    const message = `此文件看起来是一份${kind}，但报告检查没有检查它：${report.reason}。`;
    const buttons = [NOTICE_BUTTONS.enablePlaintext, NOTICE_BUTTONS.thisFile, NOTICE_BUTTONS.never];
    this.notices.push({ uri: report.uri, message, buttons });
    const choice = await vscode.window.showWarningMessage(message, ...buttons);
    await this.answer(doc, choice);
  }

  /** Carries out the writer's choice of the notice's buttons. */
  async answer(doc: vscode.TextDocument, choice: string | undefined): Promise<void> {
    switch (choice) {
      case NOTICE_BUTTONS.enablePlaintext:
        await vscode.workspace.getConfiguration(settingsSection).update('plaintext', true, vscode.ConfigurationTarget.Global);
        if (doc.languageId !== 'plaintext') await vscode.languages.setTextDocumentLanguage(doc, 'plaintext');
        break;
      case NOTICE_BUTTONS.thisFile:
        await this.checked.force(doc);
        break;
      case NOTICE_BUTTONS.never:
        await this.context.globalState.update(NEVER_KEY, true);
        break;
    }
  }

  dispose(): void {
    clearTimeout(this.timer);
    for (const s of this.subscriptions) s.dispose();
  }
}
