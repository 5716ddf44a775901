// Helpers for the extension-host suite: open fixture reports, wait for report-lint's diagnostics (on
// languages.onDidChangeDiagnostics, never a fixed sleep), change settings, and find the server process.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import * as vscode from 'vscode';

export const extensionId = 'report-lint.report-lint';
export const diagnosticSource = 'report-lint';
/** How long to wait for the server to answer; generous for 2-core CI machines. */
export const answerMs = 20_000;

export function workspaceUri(name: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('the suite needs a workspace folder (the runner opens a copy of test/e2e/fixtures/workspace)');
  return vscode.Uri.joinPath(folder.uri, name);
}

/** Shared by every bundled test file (each has its own copy of this module), so a broken start fails once, fast. */
const shared = globalThis as { reportLintReady?: Promise<void> };

/**
 * Activates report-lint and waits until the built-in Markdown language features are up too. VS Code cancels a
 * code-action request when any extension registers a provider meanwhile (the Markdown extension does so for
 * seconds after the first .md file opens), so tests start once both outlines answer.
 */
export function activateExtension(): Promise<void> {
  shared.reportLintReady ??= (async () => {
    const ext = vscode.extensions.getExtension(extensionId);
    if (!ext) throw new Error(`extension ${extensionId} is not loaded`);
    await ext.activate();
    await vscode.extensions.getExtension('vscode.markdown-language-features')?.activate();
    const uri = workspaceUri('placeholders.md');
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    await pollFor(async () => {
      const syms = (await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', uri)) ?? [];
      const markdown = syms.some((s) => s.name.startsWith('#'));
      const ours = syms.some((s) => s.name === '一、主要做法和取得成效');
      return markdown && ours ? true : undefined;
    }, 'the Markdown and report-lint outlines (is the language server starting?)', 45_000);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  })();
  return shared.reportLintReady;
}

export async function openReport(name: string): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument(workspaceUri(name));
  return vscode.window.showTextDocument(doc, { preview: false });
}

/** Writes a new file into the workspace copy (for tests that save). */
export async function writeReport(name: string, text: string): Promise<vscode.Uri> {
  const uri = workspaceUri(name);
  await vscode.workspace.fs.writeFile(uri, Buffer.from(text, 'utf8'));
  return uri;
}

/** Reverts every dirty editor and closes all editors, so each test starts from the files on disk. */
export async function closeAll(): Promise<void> {
  for (const doc of vscode.workspace.textDocuments) {
    if (!doc.isDirty) continue; // untitled ones too: closing a dirty one would open a save dialog
    await vscode.window.showTextDocument(doc);
    await vscode.commands.executeCommand('workbench.action.files.revert');
  }
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

export function codeOf(d: vscode.Diagnostic): string {
  const c = d.code;
  return typeof c === 'object' && c !== null ? String(c.value) : String(c);
}

/** report-lint's diagnostics for `uri` (the built-in markdown extension may add its own). */
export function ours(uri: vscode.Uri, code?: string): vscode.Diagnostic[] {
  return vscode.languages
    .getDiagnostics(uri)
    .filter((d) => d.source === diagnosticSource && (code === undefined || codeOf(d) === code))
    .sort((a, b) => a.range.start.compareTo(b.range.start));
}

export function describeDiagnostics(ds: readonly vscode.Diagnostic[], doc?: vscode.TextDocument): string {
  if (ds.length === 0) return '(none)';
  return ds
    .map((d) => {
      const r = d.range;
      const text = doc ? ` “${doc.getText(r)}”` : '';
      return `${codeOf(d)}@${r.start.line}:${r.start.character}-${r.end.line}:${r.end.character}${text} ${d.message}`;
    })
    .join('\n  ');
}

/**
 * Resolves with report-lint's diagnostics for `uri` once `predicate` holds for them, checking now and on
 * every onDidChangeDiagnostics event for that uri. Rejects after `timeoutMs` with what it saw last.
 */
export function waitForDiagnostics(
  uri: vscode.Uri,
  predicate: (ds: vscode.Diagnostic[]) => boolean,
  what: string,
  timeoutMs = answerMs,
): Promise<vscode.Diagnostic[]> {
  return new Promise((resolve, reject) => {
    const key = uri.toString();
    let finished = false;
    const finish = (err: Error | null, ds?: vscode.Diagnostic[]) => {
      if (finished) return;
      finished = true;
      sub.dispose();
      clearTimeout(timer);
      if (err) reject(err);
      else resolve(ds!);
    };
    const check = () => {
      const ds = ours(uri);
      try {
        if (predicate(ds)) finish(null, ds);
      } catch (e) {
        finish(e instanceof Error ? e : new Error(String(e)));
      }
    };
    const sub = vscode.languages.onDidChangeDiagnostics((e) => {
      if (e.uris.some((u) => u.toString() === key)) check();
    });
    const timer = setTimeout(() => {
      const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === key);
      finish(new Error(`timed out after ${timeoutMs} ms waiting for ${what}; report-lint diagnostics now:\n  ${describeDiagnostics(ours(uri), doc)}`));
    }, timeoutMs);
    check();
  });
}

/** Waits for exactly `n` diagnostics with `code` (and any number of others). */
export function waitForCount(uri: vscode.Uri, code: string, n: number, what = `${n} ${code} diagnostic(s)`): Promise<vscode.Diagnostic[]> {
  return waitForDiagnostics(uri, (ds) => ds.filter((d) => codeOf(d) === code).length === n, what).then((ds) =>
    ds.filter((d) => codeOf(d) === code),
  );
}

/**
 * Resolves if report-lint's diagnostics for `uri` do not change for `quietMs`; rejects at the first change.
 * Only for checking that something does NOT happen (e.g. no check before save with run=onSave).
 */
export function expectNoDiagnosticsChange(uri: vscode.Uri, quietMs: number, why: string): Promise<void> {
  const before = JSON.stringify(ours(uri).map((d) => [codeOf(d), d.range, d.message]));
  return new Promise((resolve, reject) => {
    const key = uri.toString();
    const sub = vscode.languages.onDidChangeDiagnostics((e) => {
      if (!e.uris.some((u) => u.toString() === key)) return;
      const now = JSON.stringify(ours(uri).map((d) => [codeOf(d), d.range, d.message]));
      if (now === before) return;
      sub.dispose();
      clearTimeout(timer);
      reject(new Error(`diagnostics changed although ${why}:\n  ${describeDiagnostics(ours(uri))}`));
    });
    const timer = setTimeout(() => {
      sub.dispose();
      resolve();
    }, quietMs);
  });
}

/** The range of the `occurrence`-th `needle` in the document, computed by VS Code from the text. */
export function rangeOf(doc: vscode.TextDocument, needle: string, occurrence = 0): vscode.Range {
  const text = doc.getText();
  let at = -1;
  for (let i = 0; i <= occurrence; i++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`“${needle}” #${occurrence} not in ${doc.uri.fsPath}`);
  }
  return new vscode.Range(doc.positionAt(at), doc.positionAt(at + needle.length));
}

export function sameRange(a: vscode.Range, b: vscode.Range): boolean {
  return a.start.isEqual(b.start) && a.end.isEqual(b.end);
}

const settingKeys = ['rules', 'profile', 'run', 'plaintext', 'debounceMs', 'maxFileSize'];

/** Sets reportLint.<key> in the workspace copy's settings (.vscode/settings.json). */
export async function setSetting(key: string, value: unknown): Promise<void> {
  await vscode.workspace.getConfiguration('reportLint').update(key, value, vscode.ConfigurationTarget.Workspace);
}

/** Removes every reportLint.* setting the suite may have set. */
export async function resetSettings(): Promise<void> {
  const cfg = vscode.workspace.getConfiguration('reportLint');
  for (const key of settingKeys) {
    if (cfg.inspect(key)?.workspaceValue !== undefined) await cfg.update(key, undefined, vscode.ConfigurationTarget.Workspace);
  }
}

/** Polls `fn` until it returns a value other than undefined (for process state, which has no events). */
export async function pollFor<T>(fn: () => T | undefined | Promise<T | undefined>, what: string, timeoutMs = answerMs): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = await fn();
    if (v !== undefined) return v;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Pids of the language servers (node …/dist/server.js) that this extension host started. */
export function serverPids(): number[] {
  const host = process.pid;
  const pids: number[] = [];
  if (existsSync('/proc/self/stat')) {
    for (const ent of readdirSync('/proc')) {
      if (!/^\d+$/.test(ent)) continue;
      try {
        const stat = readFileSync(`/proc/${ent}/stat`, 'utf8');
        // Fields after the ")" that ends the command name: state ppid ...
        const [state, ppid] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
        if (Number(ppid) !== host || state === 'Z') continue;
        if (readFileSync(`/proc/${ent}/cmdline`, 'utf8').includes('dist/server.js')) pids.push(Number(ent));
      } catch {
        // the process ended while we looked
      }
    }
    return pids;
  }
  // No /proc (macOS): ask ps.
  const out = execFileSync('ps', ['-A', '-o', 'pid=,ppid=,command='], { encoding: 'utf8' });
  for (const line of out.split('\n')) {
    const m = /^\s*(\d+)\s+(\d+)\s+(.*)$/.exec(line);
    if (m && Number(m[2]) === host && m[3].includes('dist/server.js')) pids.push(Number(m[1]));
  }
  return pids;
}

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** The one running server, waiting for it to start. */
export function currentServerPid(except?: number): Promise<number> {
  return pollFor(() => {
    const live = serverPids().filter((p) => p !== except && isAlive(p));
    return live.length === 1 ? live[0] : undefined;
  }, except ? `a new language server (old pid ${except})` : 'the language server process');
}

/** Marks the current test pending, saying why in the output (for features that are not contributed yet). */
export function pending(ctx: Mocha.Context, reason: string): never {
  console.log(`      (pending: ${reason})`);
  ctx.skip();
}
