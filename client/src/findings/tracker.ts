// The report-lint findings of each open document, in offsets of its current text: read from the
// diagnostics when the server publishes new ones, and moved with every edit until then, so a
// placeholder just filled in is not jumped to and marks stay on their text (see from-diagnostics.ts).
//
// Not read again on every onDidChangeDiagnostics: that event also fires for other sources'
// diagnostics of the same file (the Markdown extension's, after each edit or revert) while ours still
// describe the text before the edit. Read against the edited text their positions are wrong (clamped
// to the end of a shorter line, shifted by a deleted line), and the findings already moved with the
// edit would be thrown away. So they are read when report-lint's diagnostics differ from those last
// read, or when the server has checked the current text (its reportLint/status names the version),
// which also brings back a finding an edit dropped when the text came back as it was (an undo).
import * as vscode from 'vscode';
import type { PreviewFinding } from '../../../server/src/shared/preview/render';
import { DIAGNOSTIC_SOURCE } from '../../../server/src/shared/protocol';
import { findingsFromDiagnostics, shiftFindings } from './from-diagnostics';

const REPORT_LANGUAGES = ['markdown', 'plaintext'];

interface Tracked {
  findings: PreviewFinding[];
  /** report-lint's diagnostics they were read from (snapshotOf), to tell new ones from a repeat. */
  readFrom: string;
  /** The document version they were read at. */
  version: number;
}

/** report-lint's diagnostics of `uri` as a string that changes when they do. */
function snapshotOf(uri: vscode.Uri): string {
  return JSON.stringify(
    vscode.languages
      .getDiagnostics(uri)
      .filter((d) => d.source === DIAGNOSTIC_SOURCE)
      .map((d) => {
        const { start, end } = d.range;
        return [start.line, start.character, end.line, end.character, d.severity, typeof d.code === 'object' ? d.code.value : d.code, d.message];
      }),
  );
}

export class FindingTracker implements vscode.Disposable {
  private readonly byUri = new Map<string, Tracked>();
  /** The newest version of each document the server said it checked. */
  private readonly checked = new Map<string, number>();
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  /** Fires after a document's findings were read anew from its diagnostics. */
  readonly onDidChange = this.changed.event;
  private readonly subscriptions: vscode.Disposable[];

  constructor() {
    this.subscriptions = [
      this.changed,
      vscode.languages.onDidChangeDiagnostics((e) => {
        for (const uri of e.uris) {
          const key = uri.toString();
          // Reports only: other files' diagnostics (code, JSON) are none of ours.
          const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === key && REPORT_LANGUAGES.includes(d.languageId));
          if (!doc) {
            this.byUri.delete(key);
            this.changed.fire(uri);
          } else if (this.refresh(doc)) this.changed.fire(uri);
        }
      }),
      vscode.workspace.onDidChangeTextDocument((e) => {
        const tracked = this.byUri.get(e.document.uri.toString());
        if (tracked && e.contentChanges.length > 0) tracked.findings = shiftFindings(tracked.findings, e.contentChanges);
      }),
      vscode.workspace.onDidCloseTextDocument((d) => {
        this.byUri.delete(d.uri.toString());
        this.checked.delete(d.uri.toString());
      }),
    ];
  }

  /**
   * The server checked `version` of the document (reportLint/status, sent right after its
   * diagnostics). Nothing is read here: the language client may not have handed VS Code those
   * diagnostics yet. The onDidChangeDiagnostics that follows (or a command run before it) reads them.
   */
  serverChecked(uri: string, version: number): void {
    this.checked.set(vscode.Uri.parse(uri).toString(), version);
  }

  /** The document's findings, in document order. */
  findings(doc: vscode.TextDocument): PreviewFinding[] {
    // VS Code fires onDidChangeDiagnostics up to 50 ms after getDiagnostics returns the new ones:
    // a command run meanwhile reads them here.
    this.refresh(doc);
    return this.byUri.get(doc.uri.toString())!.findings;
  }

  /**
   * Reads the document's findings anew if report-lint's diagnostics changed since they were last
   * read, or the server checked this version of the text and they were read at an earlier one
   * (the same diagnostics again: the findings moved with the edits may have lost one); says whether it did.
   */
  private refresh(doc: vscode.TextDocument): boolean {
    const key = doc.uri.toString();
    const now = snapshotOf(doc.uri);
    const tracked = this.byUri.get(key);
    if (tracked?.readFrom === now && (tracked.version === doc.version || this.checked.get(key) !== doc.version)) return false;
    const findings = findingsFromDiagnostics(vscode.languages.getDiagnostics(doc.uri), (p) => doc.offsetAt(new vscode.Position(p.line, p.character)));
    this.byUri.set(key, { findings, readFrom: now, version: doc.version });
    return true;
  }

  dispose(): void {
    for (const s of this.subscriptions) s.dispose();
    this.byUri.clear();
    this.checked.clear();
  }
}
