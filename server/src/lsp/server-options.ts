// What the server reads from `initialize` besides the settings: workspace trust, whether the
// client validates config files itself, and the workspace folders.
import type { InitializeParams } from 'vscode-languageserver/node';
import { uriToPath } from './paths';

/** About 0.75 MB of Chinese text: a cold analysis of it takes a few hundred milliseconds. */
const defaultBackgroundChars = 250_000;

export interface ServerOptions {
  trustedWorkspace: boolean;
  jsonValidationByClient: boolean;
  /** Documents at least this long (UTF-16 code units) are analysed on a worker thread; 0 = never. */
  backgroundChars: number;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Reads `{ trustedWorkspace, jsonValidationByClient, backgroundAnalysisChars }` at the top of initializationOptions or in
 * its `reportLint` section. Trust is taken from here (and the trust notification) only, never
 * from workspace/configuration: a workspace's own settings must not be able to trust it.
 * Editors that say nothing are trusted, as the CLI is.
 */
export function readServerOptions(raw: unknown): ServerOptions {
  const top = isRecord(raw) ? raw : {};
  const section = isRecord(top.reportLint) ? top.reportLint : {};
  const flag = (name: string, fallback: boolean): boolean => {
    const v = top[name] ?? section[name];
    return typeof v === 'boolean' ? v : fallback;
  };
  const chars = top.backgroundAnalysisChars ?? section.backgroundAnalysisChars;
  return {
    trustedWorkspace: flag('trustedWorkspace', true),
    jsonValidationByClient: flag('jsonValidationByClient', false),
    backgroundChars: typeof chars === 'number' && Number.isInteger(chars) && chars >= 0 ? chars : defaultBackgroundChars,
  };
}

/** Workspace folder paths from `initialize` (workspaceFolders, else rootUri or rootPath). */
export function initialFolders(params: InitializeParams): string[] {
  const fromUris = (uris: string[]) => uris.map(uriToPath).filter((p): p is string => p !== null);
  if (params.workspaceFolders) return fromUris(params.workspaceFolders.map((f) => f.uri));
  if (params.rootUri) return fromUris([params.rootUri]);
  return params.rootPath ? [params.rootPath] : [];
}
