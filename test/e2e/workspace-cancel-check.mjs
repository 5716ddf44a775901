#!/usr/bin/env node
// 报告检查: 检查工作区全部报告, cancelled the way a reviewer does: the command run from the Command Palette
// in code-server (driven by Debian's chromium), then the Cancel button of its progress notification
// clicked. The run must stop early and say so: a warning “已取消：检查了 N/M 个文件” with N < M, and the
// summary webview showing only the reports checked. The workspace gets 400 reports (~10 MB), so the check
// runs for seconds, not milliseconds, before the click. Results go to test-output/e2e/cancel-results.json
// ({passed, failed, failures[]}), screenshots to test-output/e2e/cancel-*.png. Exit 1 if any check fails.
// Needs `npm run build` and test/e2e/install.sh first.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { launchBrowser, root, startCodeServer, tempDir } from './lib/code-server.mjs';
import { copyWorkspace } from './lib/workspace.mjs';
import { assert, createChecks } from './lib/checks.mjs';

const outDir = join(root, 'test-output', 'e2e');
const t0 = Date.now();
const lap = (what) => console.log(`[cancel ${((Date.now() - t0) / 1000).toFixed(1)}s] ${what}`);
const { check, run } = createChecks();
const FILES = 400;
/** What the first check saw: reports checked before the click, of all. */
let stopped = { checked: 0, total: 0 };

async function main() {
  mkdirSync(outDir, { recursive: true });
  const workspace = copyWorkspace();
  const sample = readFileSync(join(root, 'samples', 'shufa-report-2022.txt'), 'utf8');
  mkdirSync(join(workspace, 'many'));
  for (let i = 0; i < FILES; i++) writeFileSync(join(workspace, 'many', `report-${String(i).padStart(3, '0')}.txt`), sample.replace('2022', String(1900 + i)));
  // The workspace's .txt reports are read as reports by the workspace check whatever reportLint.plaintext says.
  const profile = tempDir('cs-cancel-');
  const server = await startCodeServer({ profile, log: lap });
  let browser;
  try {
    browser = await launchBrowser();
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    page.on('pageerror', (e) => console.log('[pageerror]', e.message));
    await page.goto(server.url(workspace, [['extensionDevelopmentPath', server.remote(root)]]));
    await page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
    lap('workbench rendered');
    // The extension activates on a report: open one from the Explorer first.
    const row = page.locator('.explorer-folders-view .monaco-list-row', { hasText: 'placeholders.md' });
    await row.first().waitFor({ timeout: 60_000 });
    await row.first().click();
    await page.locator('.monaco-editor .squiggly-warning').first().waitFor({ state: 'attached', timeout: 60_000 });

    await check('the progress notification of 检查工作区全部报告 has a Cancel button, and clicking it stops the run', async () => {
      await page.keyboard.press('F1');
      await page.keyboard.type('检查工作区全部报告');
      await page.locator('.quick-input-list .monaco-list-row', { hasText: '检查工作区全部报告' }).first().waitFor({ timeout: 15_000 });
      await page.keyboard.press('Enter');
      const toast = page.locator('.notification-toast', { hasText: '报告检查：检查工作区全部报告' });
      await toast.first().waitFor({ timeout: 30_000 });
      // Wait until some files are done (the message counts them), so the stop is mid-run.
      await toast.first().locator('.notification-list-item-message', { hasText: /[1-9]\d*\/\d+ 个文件/ }).waitFor({ timeout: 60_000 });
      await shot(page, 'cancel-running');
      await toast.first().locator('.notification-list-item-buttons-container .monaco-button', { hasText: /^(Cancel|取消)$/ }).first().click();
      const done = page.locator('.notification-toast', { hasText: '已取消：检查了' });
      await done.first().waitFor({ timeout: 60_000 });
      const text = (await done.first().innerText()).replace(/\s+/g, ' ');
      const m = /已取消：检查了 (\d+)\/(\d+) 个文件/.exec(text);
      assert(m, `the warning: ${JSON.stringify(text)}`);
      const [checked, total] = [Number(m[1]), Number(m[2])];
      assert(total >= FILES, `total ${total}`);
      assert(checked > 0 && checked < total, `checked ${checked} of ${total}`);
      stopped = { checked, total };
      await shot(page, 'cancelled');
      return `${checked}/${total} checked`;
    });

    await check('the summary webview opens with the reports checked before the click', async () => {
      const body = page.frameLocator('iframe.webview.ready').frameLocator('#active-frame').locator('body');
      await body.locator('table.summary').first().waitFor({ timeout: 30_000 });
      const rows = await body.locator('table.summary tbody tr').count();
      assert(stopped.checked > 0 && rows > 0 && rows <= stopped.checked, `${rows} summary rows after checking ${stopped.checked} of ${stopped.total}`);
      return `${rows} rows`;
    });
  } finally {
    if (browser) await browser.close().catch(() => undefined);
    await server.stop();
    lap('code-server stopped');
  }
}

async function shot(page, name) {
  await page.screenshot({ path: join(outDir, `${name}.png`) }).catch(() => undefined);
}

run(main, { label: 'cancel check', file: join(outDir, 'cancel-results.json'), log: lap });
