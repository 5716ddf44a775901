// Custom messages between the report-lint server and its clients. Plain data only: the
// VS Code client imports this file too, so it must not pull in server code.

/** The `source` of every diagnostic the server publishes; the client picks its own by it. */
export const DIAGNOSTIC_SOURCE = 'report-lint';

/** Files larger than this many bytes are not analysed unless a setting or flag raises it. */
export const DEFAULT_MAX_FILE_SIZE = 5_000_000;

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
  /** Path of the .reportlintrc.json applied, when there is one. */
  configFile?: string;
}

/**
 * Server -> client: a long analysis of a document (on the worker thread) began or ended. Sent
 * one-way, unlike work-done progress, which needs the client's answer first, so the client's own
 * status shows it at once (VS Code: the status bar item says 正在检查 instead of old counts).
 */
export const checkingNotification = 'reportLint/checking';

export interface CheckingParams {
  uri: string;
  checking: boolean;
  /** For the writer while checking, e.g. 正在检查 大报告.md（2.0 MB）… */
  message?: string;
}

/**
 * Client -> server: the workspace became trusted (or not). Config files and workspace term packs
 * are read only in a trusted workspace.
 */
export const trustNotification = 'reportLint/didChangeTrust';

export interface TrustParams {
  trusted: boolean;
}

/**
 * The client command behind the code actions that write to a config file: the client asks the
 * writer which file, then edits it (the server never writes files).
 */
export const editConfigCommand = 'reportLint.editConfig';

export type EditConfigArgs =
  | { action: 'allow'; word: string; documentUri: string }
  | { action: 'disable'; rule: string; documentUri: string };

/** initializationOptions the server reads besides the settings. */
export interface InitializationOptions {
  /** The workspace is trusted (VS Code: workspace.isTrusted); default true. */
  trustedWorkspace?: boolean;
  /** The client validates .reportlintrc.json against the schema itself (VS Code's jsonValidation). */
  jsonValidationByClient?: boolean;
  /**
   * Documents at least this long (UTF-16 code units; default 250,000, about 0.75 MB of Chinese
   * text) are analysed on a worker thread, which a newer version stops; 0 = never.
   */
  backgroundAnalysisChars?: number;
}

/** The settings section the server reads (`reportLint.*`). */
export const settingsSection = 'reportLint';
