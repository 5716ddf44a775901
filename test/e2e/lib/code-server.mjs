// code-server 4.100.3 (VS Code 1.100.3's server and web workbench) in a throw-away profile, and Debian's
// chromium driven by playwright-core.
import { createWriteStream, existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { killGroup, spawnGroup } from './processes.mjs';

export const e2eDir = fileURLToPath(new URL('..', import.meta.url));
export const root = join(e2eDir, '..', '..');
export const codeServerBin = join(e2eDir, 'node_modules', '.bin', 'code-server');
export const scratch = process.env.REPORT_LINT_E2E_CACHE || join(root, '.e2e');
export const chromiumPath = process.env.REPORT_LINT_CHROMIUM || '/usr/bin/chromium';

/** User settings for every test profile: code-server turns autoSave on by default, which would write test edits to disk. */
export const userSettings = {
  'files.autoSave': 'off',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'telemetry.telemetryLevel': 'off',
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'git.enabled': false,
  'security.workspace.trust.enabled': false,
  'update.mode': 'none',
  // REPORT_LINT_E2E_TRACE=messages|verbose logs the LSP traffic to the 报告检查 output channel (in the profile's logs).
  ...(process.env.REPORT_LINT_E2E_TRACE ? { 'reportLint.trace.server': process.env.REPORT_LINT_E2E_TRACE } : {}),
};

/** A fresh directory under .e2e/runs/ (run-all.sh clears it; the last run's logs stay for debugging). */
export function tempDir(prefix) {
  mkdirSync(join(scratch, 'runs'), { recursive: true });
  return mkdtempSync(join(scratch, 'runs', prefix));
}

async function freePort() {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

/** Environment for code-server and its CLI: its own config/data dirs and no marketplace. */
export function codeServerEnv(profile, extra = {}) {
  return {
    ...process.env,
    XDG_CONFIG_HOME: join(profile, 'config'),
    XDG_DATA_HOME: join(profile, 'data'),
    XDG_CACHE_HOME: join(profile, 'cache'),
    EXTENSIONS_GALLERY: JSON.stringify({ serviceUrl: '' }),
    ...extra,
  };
}

/**
 * Starts code-server in its own process group on a free port. `profile` is a fresh directory that gets the
 * user data and extensions dirs. Resolves when /healthz answers.
 */
export async function startCodeServer({ profile, env = {}, log = (s) => console.log(s) }) {
  if (!existsSync(codeServerBin)) throw new Error(`${codeServerBin} missing: run test/e2e/install.sh`);
  const userData = join(profile, 'user-data');
  const extensionsDir = join(profile, 'extensions');
  mkdirSync(join(userData, 'User'), { recursive: true });
  mkdirSync(extensionsDir, { recursive: true });
  writeFileSync(join(userData, 'User', 'settings.json'), JSON.stringify(userSettings, null, 2));
  const port = await freePort();
  const child = spawnGroup(codeServerBin, [
    '--auth', 'none', '--bind-addr', `127.0.0.1:${port}`,
    '--user-data-dir', userData, '--extensions-dir', extensionsDir,
    '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust', '--disable-getting-started-override',
    // LSP traces are logged at trace level: without it the trace setting writes nothing.
    ...(process.env.REPORT_LINT_E2E_TRACE ? ['--log', 'trace'] : []),
  ], { env: codeServerEnv(profile, env), stdio: ['ignore', 'pipe', 'pipe'] });
  const logFile = join(profile, 'code-server.log');
  const out = createWriteStream(logFile);
  child.stdout.pipe(out);
  child.stderr.pipe(out);
  let exited = null;
  child.on('exit', (code, signal) => { exited = { code, signal }; });
  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (exited) throw new Error(`code-server exited (${JSON.stringify(exited)}); see ${logFile}`);
    try {
      if ((await fetch(`${base}/healthz`)).ok) break;
    } catch { /* not up yet */ }
    if (Date.now() > deadline) throw new Error(`code-server did not answer within 60 s; see ${logFile}`);
    await new Promise((r) => setTimeout(r, 200));
  }
  log(`code-server up at ${base} (pid ${child.pid}), profile ${profile}`);
  return {
    base,
    port,
    pid: child.pid,
    logFile,
    extensionsDir,
    /** URL of the workbench opening `folder`, with an optional test payload. */
    url(folder, payload) {
      let u = `${base}/?folder=${encodeURIComponent(folder)}`;
      if (payload) u += `&payload=${encodeURIComponent(JSON.stringify(payload))}`;
      return u;
    },
    /** vscode-remote URI of a path on this machine, as the workbench payload wants it. */
    remote(path) {
      return `vscode-remote://127.0.0.1:${port}${path}`;
    },
    stop: () => killGroup(child.pid),
  };
}

export async function launchBrowser() {
  if (!existsSync(chromiumPath)) throw new Error(`${chromiumPath} missing: run test/e2e/install.sh (apt chromium)`);
  return chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}
