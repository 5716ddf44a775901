// The report-lint findings of each open document, in offsets of its current text: read from the
// diagnostics when they change, and moved with every edit until the next ones arrive, so a
// placeholder just filled in is not jumped to and marks stay on their text (see from-diagnostics.ts).
import * as vscode from 'vscode';
import type { PreviewFinding } from '../../../server/src/preview/render';
import { findingsFromDiagnostics, shiftFindings } from './from-diagnostics';

const REPORT_LANGUAGES = ['markdown', 'plaintext'];

export class FindingTracker implements vscode.Disposable {
  private readonly byUri = new Map<string, PreviewFinding[]>();
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  /** Fires after a document's findings were read anew from its diagnostics. */
  readonly onDidChange = this.changed.event;
  private readonly subscriptions: vscode.Disposable[];

  constructor() {
    this.subscriptions = [
      this.changed,
      vscode.languages.onDidChangeDiagnostics((e) => {
        for (const uri of e.uris) {
          // Reports only: other files' diagnostics (code, JSON) are none of ours.
          const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString() && REPORT_LANGUAGES.includes(d.languageId));
          if (doc) this.byUri.set(uri.toString(), this.read(doc));
          else this.byUri.delete(uri.toString());
          this.changed.fire(uri);
        }
      }),
      vscode.workspace.onDidChangeTextDocument((e) => {
        const key = e.document.uri.toString();
        const findings = this.byUri.get(key);
        if (findings && e.contentChanges.length > 0) this.byUri.set(key, shiftFindings(findings, e.contentChanges));
      }),
      vscode.workspace.onDidCloseTextDocument((d) => this.byUri.delete(d.uri.toString())),
    ];
  }

  /** The document's findings, in document order. */
  findings(doc: vscode.TextDocument): PreviewFinding[] {
    const key = doc.uri.toString();
    let findings = this.byUri.get(key);
    if (!findings) {
      findings = this.read(doc);
      this.byUri.set(key, findings);
    }
    return findings;
  }

  private read(doc: vscode.TextDocument): PreviewFinding[] {
    return findingsFromDiagnostics(vscode.languages.getDiagnostics(doc.uri), (p) => doc.offsetAt(new vscode.Position(p.line, p.character)));
  }

  dispose(): void {
    for (const s of this.subscriptions) s.dispose();
    this.byUri.clear();
  }
}
