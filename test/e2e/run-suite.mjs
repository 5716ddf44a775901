#!/usr/bin/env node
// Runs the extension-host suite (test/e2e/suite) inside a real VS Code extension host, with the
// @vscode/test-electron contract: extensionDevelopmentPath = the project, extensionTestsPath = the bundled
// suite index whose run() runs mocha. The runner is chosen by REPORT_LINT_E2E_RUNNER:
//   code-server  code-server 4.100.3 (VS Code 1.100.3) driven by Debian chromium through playwright-core
//   electron     @vscode/test-electron's runTests (downloads desktop VS Code; developers' machines)
//   (unset)      electron when there is a display and a VS Code build is cached in .e2e/vscode-test or can be
//                downloaded, else code-server
// Other env: REPORT_LINT_E2E_GREP (mocha grep), REPORT_LINT_E2E_EXTENSION (extension folder to test; default
// the project), REPORT_LINT_VSCODE_VERSION (electron; default 1.100.3, the
// version code-server embeds), REPORT_LINT_E2E_TIMEOUT_MS (whole run; default 600000).
// Writes test-output/e2e/suite-results.json ({passed, failed, pending, failures[]}) and exits non-zero on failure.
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { format } from 'node:util';
import { buildSuite } from './build-suite.mjs';
import { launchBrowser, root, scratch, startCodeServer, tempDir } from './lib/code-server.mjs';
import { copyWorkspace } from './lib/workspace.mjs';

const outDir = join(root, 'test-output', 'e2e');
/** Where @vscode/test-electron keeps downloaded VS Code builds (git-ignored .e2e/). */
const vscodeCache = join(scratch, 'vscode-test');
const resultsFile = join(outDir, 'suite-results.json');
const resultMarker = 'REPORT_LINT_E2E_RESULTS ';
const timeoutMs = Number(process.env.REPORT_LINT_E2E_TIMEOUT_MS || 600_000);
const t0 = Date.now();
const lap = (what) => console.log(`[e2e ${((Date.now() - t0) / 1000).toFixed(1)}s] ${what}`);

async function canDownloadVSCode() {
  if (existsSync(vscodeCache) && readdirSync(vscodeCache).some((d) => d.startsWith('vscode-'))) return true;
  try {
    const res = await fetch('https://update.code.visualstudio.com/api/releases/stable', { signal: AbortSignal.timeout(5000) });
    return res.ok;
  } catch {
    return false;
  }
}

async function chooseRunner() {
  const asked = process.env.REPORT_LINT_E2E_RUNNER;
  if (asked) {
    if (asked !== 'code-server' && asked !== 'electron') throw new Error(`REPORT_LINT_E2E_RUNNER must be code-server or electron, not ${asked}`);
    return asked;
  }
  // Desktop VS Code needs a display (or xvfb-run, which sets DISPLAY); code-server runs headless anywhere.
  if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) return 'code-server';
  return (await canDownloadVSCode()) ? 'electron' : 'code-server';
}

/** Mocha's summary comes back in a file when the extension host sees our env, else in a console line. */
let loggedResults = null;
function onHostLog(line) {
  if (line.startsWith(resultMarker)) loggedResults = JSON.parse(line.slice(resultMarker.length));
  else console.log(line);
}

async function runInCodeServer(devPath, testsPath, workspace, env) {
  const server = await startCodeServer({ profile: tempDir('cs-suite-'), env, log: lap });
  let browser;
  try {
    browser = await launchBrowser();
    const page = await browser.newPage();
    let resolveExit;
    const exited = new Promise((r) => { resolveExit = r; });
    // The workbench calls these when the suite's run() settles, and forwards the extension host's console.
    await page.exposeFunction('codeAutomationExit', (code) => resolveExit(code));
    await page.exposeFunction('codeAutomationLog', (type, args) => onHostLog(format(...args)));
    if (process.env.REPORT_LINT_E2E_BROWSER_CONSOLE) page.on('console', (m) => console.log('[browser]', m.text()));
    page.on('pageerror', (e) => console.log('[pageerror]', e.message));
    const payload = [['extensionDevelopmentPath', server.remote(devPath)], ['extensionTestsPath', server.remote(testsPath)]];
    lap(`opening the workbench on ${workspace}`);
    await page.goto(server.url(workspace, payload));
    let timer;
    const code = await Promise.race([exited, new Promise((r) => { timer = setTimeout(() => r('timeout'), timeoutMs); })]);
    clearTimeout(timer);
    if (code === 'timeout') {
      await page.screenshot({ path: join(outDir, 'suite-timeout.png') }).catch(() => undefined);
      throw new Error(`the suite did not finish within ${timeoutMs} ms (screenshot test-output/e2e/suite-timeout.png, log ${server.logFile})`);
    }
    return code;
  } finally {
    if (browser) await browser.close().catch(() => undefined);
    await server.stop();
    lap('code-server stopped');
  }
}

async function runInElectron(devPath, testsPath, workspace, env) {
  const { runTests } = createRequire(join(root, 'package.json'))('@vscode/test-electron');
  const profile = tempDir('electron-');
  mkdirSync(join(profile, 'user-data', 'User'), { recursive: true });
  writeFileSync(join(profile, 'user-data', 'User', 'settings.json'), JSON.stringify({ 'files.autoSave': 'off', 'workbench.startupEditor': 'none', 'git.enabled': false }));
  try {
    return await runTests({
      version: process.env.REPORT_LINT_VSCODE_VERSION || '1.100.3',
      cachePath: vscodeCache,
      extensionDevelopmentPath: devPath,
      extensionTestsPath: testsPath,
      extensionTestsEnv: env,
      launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust', '--skip-welcome', '--skip-release-notes',
        '--user-data-dir', join(profile, 'user-data'), '--extensions-dir', join(profile, 'extensions')],
    });
  } catch (e) {
    console.error(e instanceof Error ? e.message : e);
    return 1;
  }
}

async function main() {
  const extension = process.env.REPORT_LINT_E2E_EXTENSION || root;
  for (const f of ['dist/client.js', 'dist/server.js']) {
    if (!existsSync(join(extension, f))) throw new Error(`${join(extension, f)} missing: run \`npm run build\` first`);
  }
  mkdirSync(outDir, { recursive: true });
  rmSync(resultsFile, { force: true });
  const runner = await chooseRunner();
  const testsPath = await buildSuite();
  const workspace = copyWorkspace();
  lap(`runner ${runner}; suite ${testsPath}; workspace ${workspace}`);
  const env = { REPORT_LINT_E2E_RESULTS: resultsFile };
  if (process.env.REPORT_LINT_E2E_GREP) env.REPORT_LINT_E2E_GREP = process.env.REPORT_LINT_E2E_GREP;
  const code = runner === 'electron'
    ? await runInElectron(extension, testsPath, workspace, env)
    : await runInCodeServer(extension, testsPath, workspace, env);
  let results = existsSync(resultsFile) ? JSON.parse(readFileSync(resultsFile, 'utf8')) : loggedResults;
  if (!results) {
    // run() never reported (the suite index failed to load, or the host crashed): count that as one failure.
    results = { passed: 0, failed: 1, pending: 0, failures: [{ title: 'extension-host suite', error: `no results (exit code ${code})` }] };
  }
  if (code !== 0 && results.failed === 0) results = { ...results, failed: 1, failures: [{ title: 'extension-host run', error: `exit code ${code}` }] };
  writeFileSync(resultsFile, JSON.stringify(results, null, 2));
  lap(`extension-host suite (${runner}): ${results.passed} passed, ${results.failed} failed, ${results.pending} pending`);
  return results.failed === 0 ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (e) => {
    console.error(e instanceof Error ? e.stack : e);
    try {
      mkdirSync(outDir, { recursive: true });
      writeFileSync(resultsFile, JSON.stringify({ passed: 0, failed: 1, pending: 0, failures: [{ title: 'runner', error: String(e) }] }, null, 2));
    } catch { /* best effort */ }
    process.exit(1);
  },
);
