// The authoring features of the client: the report preview, placeholder navigation and the
// findings list. Registered once at activation; they read the server's diagnostics, so they keep
// working across server restarts.
import * as vscode from 'vscode';
import type { StatusParams } from '../../server/src/shared/protocol';
import { FindingTracker } from './findings/tracker';
import { registerNavigation } from './navigation/commands';
import { PreviewManager } from './preview/manager';

export interface Authoring {
  /** Pass on the server's reportLint/status notifications (the report kind shown in the preview). */
  status(p: StatusParams): void;
  /** Whether the document is an unchecked report changed (the preview says so). */
  uncheckedChanged(uri: string): void;
}

/** Why an open document that looks like a report is not checked, when it is one (client/src/unchecked). */
export type UncheckedReason = (uri: vscode.Uri) => string | undefined;

export function registerAuthoring(context: vscode.ExtensionContext, unchecked: UncheckedReason, isChecked: (doc: vscode.TextDocument) => boolean): Authoring {
  const tracker = new FindingTracker();
  const previews = new PreviewManager(context.extensionUri, tracker, unchecked);
  context.subscriptions.push(tracker, previews, ...registerNavigation(tracker, isChecked));
  return {
    status: (p) => {
      tracker.serverChecked(p.uri, p.version);
      previews.status(p);
    },
    uncheckedChanged: (uri) => previews.refresh(uri),
  };
}
