// Custom messages between the report-lint server and its clients. Plain data only: the
// VS Code client imports this file too, so it must not pull in server code.

/** Notification sent by the server after each analysis of a document. */
export const statusNotification = 'reportLint/status';

export interface StatusCounts {
  error: number;
  warning: number;
  info: number;
  hint: number;
}

export interface StatusParams {
  uri: string;
  version: number;
  /** The profile the engine used (detected or forced). */
  profile: { id: string; name: string };
  counts: StatusCounts;
  /** Set when the document was not analysed (too large, or plaintext checks off). */
  skipped?: string;
}

/** The settings section the server reads (`reportLint.*`). */
export const settingsSection = 'reportLint';
