// Which open documents report-lint checks: Markdown always, plain text with reportLint.plaintext
// on, and any plain-text document the writer asked to check (报告检查：将当前文件作为报告检查,
// 新建报告, 仅此文件检查). Those are kept here and reach the server as `plaintext: true` in the
// settings it pulls for their URI (workspace/configuration middleware), so the server needs no
// protocol of its own for them.
import * as vscode from 'vscode';
import type { ConfigurationRequest } from 'vscode-languageclient/node';
import { settingsSection } from '../../../server/src/shared/protocol';

const CHECKED_LANGUAGES = ['markdown', 'plaintext'];

function plaintextSetting(): boolean {
  return vscode.workspace.getConfiguration(settingsSection).get<boolean>('plaintext', false);
}

export class CheckedDocuments implements vscode.Disposable {
  private readonly forced = new Set<string>();
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  /** Fires when a document is added to the checked ones. */
  readonly onDidChange = this.changed.event;
  // Kept for the session, also when the document closes: a language change closes and reopens it
  // under the same URI, and the writer who chose to check a file expects it checked when reopened.
  private readonly subscriptions: vscode.Disposable[] = [this.changed];

  isForced(uri: vscode.Uri | string): boolean {
    return this.forced.has(typeof uri === 'string' ? vscode.Uri.parse(uri).toString() : uri.toString());
  }

  /** Whether report-lint checks the document as it is now. */
  isChecked(doc: vscode.TextDocument): boolean {
    if (doc.languageId === 'markdown') return true;
    return doc.languageId === 'plaintext' && (plaintextSetting() || this.isForced(doc.uri));
  }

  /** Checks the document from now on: as plain text when its language is not one we check. */
  async force(doc: vscode.TextDocument): Promise<vscode.TextDocument> {
    this.forced.add(doc.uri.toString());
    const now = CHECKED_LANGUAGES.includes(doc.languageId) ? doc : await vscode.languages.setTextDocumentLanguage(doc, 'plaintext');
    this.changed.fire(now.uri);
    return now;
  }

  /** The language client's workspace/configuration middleware: `plaintext: true` for forced documents. */
  configurationMiddleware(): ConfigurationRequest.MiddlewareSignature {
    return async (params, token, next) => {
      const result = await next(params, token);
      if (!Array.isArray(result)) return result;
      return result.map((value: unknown, i) => {
        const item = params.items[i];
        const forced = item?.section === settingsSection && item.scopeUri !== undefined && this.isForced(item.scopeUri);
        return forced && typeof value === 'object' && value !== null ? { ...value, plaintext: true } : value;
      });
    };
  }

  dispose(): void {
    for (const s of this.subscriptions) s.dispose();
    this.forced.clear();
  }
}
