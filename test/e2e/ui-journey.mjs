// The writer's first minutes (issue 12), typed with real keystrokes in the browser: a plain-text
// report gets its notice and is checked with one click, then 新建报告 → the 述法报告 skeleton (the
// Tab walk through its fields) → delete a part → the preferred fix → fill a placeholder → the side
// preview. Screenshots go to test-output/e2e/ui-journey-*.png; the time from the last keystroke to
// the squiggle update is printed, never asserted (the machine may be loaded).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { root } from './lib/code-server.mjs';

const isMac = process.platform === 'darwin';

/** The 述法报告 skeleton snippet's body, as the document lines it expands to (one per body line). */
function skeletonLines() {
  const snippets = JSON.parse(readFileSync(join(root, 'snippets', 'report.code-snippets'), 'utf8'));
  const s = Object.values(snippets).find((x) => [].concat(x.prefix).includes('sfbg'));
  return s.body;
}

async function runCommand(page, label) {
  await page.keyboard.press('F1');
  await page.locator('.quick-input-widget input').first().waitFor({ timeout: 15_000 });
  await page.keyboard.type(label);
  await page.locator('.quick-input-list .monaco-list-row', { hasText: label }).first().waitFor({ timeout: 15_000 });
  await page.keyboard.press('Enter');
}

async function goToLine(page, line) {
  await page.keyboard.press('Control+G');
  await page.keyboard.type(String(line));
  await page.keyboard.press('Enter');
}

/** The visible text of the active editor's lines, top to bottom (the document is short enough to be all visible). */
async function editorLines(page) {
  return page.evaluate(() => {
    const lines = [...document.querySelectorAll('.editor-group-container.active .monaco-editor .view-lines .view-line')];
    return lines
      .map((el) => ({ top: parseFloat(el.style.top || '0'), text: (el.textContent ?? '').replace(/\u00a0/g, ' ') }))
      .sort((a, b) => a.top - b.top)
      .map((l) => l.text);
  });
}

export async function journey(page, { check, shot, assert }) {
  const statusItem = (text) => page.locator('.statusbar-item', { hasText: text }).first();

  await check('journey: a plain-text report says it is not checked (notice with buttons, status item), and 仅此文件检查 checks it', async () => {
    const row = page.locator('.explorer-folders-view .monaco-list-row', { hasText: 'sample-2022.txt' });
    await row.first().click();
    const notice = page.locator('.notification-toast', { hasText: '没有检查' }).first();
    await notice.waitFor({ timeout: 30_000 });
    for (const b of ['启用纯文本检查', '仅此文件检查', '不再提示']) assert((await notice.locator('.monaco-button', { hasText: b }).count()) === 1, `button ${b}`);
    await statusItem('本文件未检查').waitFor({ timeout: 15_000 });
    await shot(page, 'journey-1-unchecked');
    await notice.locator('.monaco-button', { hasText: '仅此文件检查' }).click();
    await page.locator('.monaco-editor .squiggly-warning').first().waitFor({ state: 'attached', timeout: 30_000 });
    await statusItem('本文件 · 述法报告').waitFor({ timeout: 15_000 });
    return (await statusItem('本文件 · 述法报告').innerText()).replace(/\s+/g, ' ');
  });

  const body = skeletonLines();
  const skeletonOk = await check('journey: 报告检查: 新建报告, then the sfbg skeleton; Tab walks the fields, Enter on a choice and then Tab skips none', async () => {
    await runCommand(page, '报告检查: 新建报告');
    await page.locator('.tab.active', { hasText: 'Untitled' }).waitFor({ timeout: 15_000 });
    await statusItem('本文件 ·').waitFor({ timeout: 30_000 });
    await page.keyboard.type('sfbg');
    await page.keyboard.press('Control+Space');
    await page.locator('.suggest-widget .monaco-list-row', { hasText: 'sfbg' }).first().waitFor({ timeout: 15_000 });
    await page.keyboard.press('Enter');
    await page.locator('.view-line', { hasText: '一、主要做法和取得成效' }).first().waitFor({ timeout: 15_000 });
    await shot(page, 'journey-2-skeleton');
    // Title fields, year, the lead-in's blank: typed, each followed by Tab.
    await page.keyboard.type('城关镇党委书记张三');
    await page.keyboard.press('Tab');
    await page.keyboard.type('2023');
    await page.keyboard.press('Tab');
    await page.keyboard.type('全面推进法治建设');
    await page.keyboard.press('Tab');
    // The 一是 choice: its list is open; Enter accepts (and VS Code moves on), then the writer's habitual Tab.
    await page.locator('.suggest-widget .monaco-list-row', { hasText: '加强组织领导' }).first().waitFor({ timeout: 15_000 });
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    await page.keyboard.type('召开专题会议12次。');
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
    const lines = await editorLines(page);
    assert(lines[0] === '城关镇党委书记张三2023年度述法报告', `title: ${JSON.stringify(lines[0])}`);
    const yishi = lines.find((l) => l.startsWith('一是'));
    assert(yishi === '一是加强组织领导，压实第一责任人职责。召开专题会议12次。', `the field after the choice got the text: ${JSON.stringify(yishi)}`);
    return JSON.stringify(yishi);
  });

  if (!skeletonOk) return;
  const from = body.indexOf('二、存在的问题') + 1;
  const to = body.indexOf('三、下一步打算') + 1;
  await check('journey: delete 二、存在的问题 with the keyboard; the preferred fix is first and gives 一、二、三 with blank lines', async () => {
    await page.locator('.monaco-editor textarea').first().focus();
    await goToLine(page, from);
    for (let i = from; i < to; i++) await page.keyboard.press('Shift+ArrowDown');
    await page.keyboard.press('Delete');
    // The missing part is reported on the heading now at the cursor's line (a warning).
    await goToLine(page, from);
    await page.waitForFunction(() => {
      const line = document.querySelector('.editor-group-container.active .monaco-editor .view-overlays .current-line');
      return (line?.parentElement?.querySelectorAll('.squiggly-warning, .squiggly-error').length ?? 0) > 0;
    }, null, { timeout: 30_000 });
    await shot(page, 'journey-3-deleted');
    await goToLine(page, from);
    await page.keyboard.press('Control+.');
    const first = page.locator('.action-widget .monaco-list-row.action').first();
    await first.waitFor({ timeout: 30_000 });
    const title = (await first.innerText()).trim();
    assert(title.includes('插入「二、存在的问题」部分'), `first action: ${JSON.stringify(title)}`);
    assert((await first.getAttribute('class') ?? '').includes('focused'), 'the fix is the highlighted item');
    const renumber = await page.locator('.action-widget .monaco-list-row', { hasText: '重新编号' }).count();
    assert(renumber === 0, 'no renumbering offered');
    await shot(page, 'journey-4-fix-menu');
    await page.keyboard.press('Enter');
    await page.locator('.view-line', { hasText: '二、存在的问题' }).first().waitFor({ timeout: 30_000 });
    const lines = await editorLines(page);
    const at = lines.indexOf('二、存在的问题');
    assert(at > 0, `二、存在的问题 inserted: ${JSON.stringify(lines)}`);
    assert(lines[at - 1] === '' && lines[at + 1] === '' && lines[at + 2] === '【待补充】' && lines[at + 3] === '' && lines[at + 4] === '三、下一步打算', `spacing: ${JSON.stringify(lines.slice(at - 1, at + 5))}`);
    assert(lines.filter((l) => /^[一二三四]、/.test(l)).join('') === '一、主要做法和取得成效二、存在的问题三、下一步打算', 'headings 一二三');
    await shot(page, 'journey-5-fixed');
  });

  await check('journey: fill a placeholder (Ctrl+Alt+] then typing): the squiggle goes; the time from the last keystroke is printed', async () => {
    await page.keyboard.press('Control+Home');
    await page.keyboard.press(isMac ? 'Meta+Alt+BracketRight' : 'Control+Alt+BracketRight');
    // Squiggles of the cursor's line: the line's overlay holds them and the selection (or, with none,
    // the current-line highlight).
    const onCursorLine = () => {
      const overlays = '.editor-group-container.active .monaco-editor .view-overlays';
      const line = document.querySelector(`${overlays} .selected-text`) ?? document.querySelector(`${overlays} .current-line`);
      return line?.parentElement ? line.parentElement.querySelectorAll('.squiggly-warning').length : -1;
    };
    await page.waitForFunction(`(${onCursorLine})() > 0`, null, { timeout: 30_000 }).catch(() => undefined);
    const before = await page.evaluate(onCursorLine);
    assert(before > 0, `the selected placeholder has its squiggle (${before})`);
    // The warning count of the status item comes with the server's new diagnostics (reportLint/status
    // follows publishDiagnostics): it times the server's update, while the squiggle on the line may
    // go earlier, when VS Code shrinks the decoration of the replaced text.
    const warnings = async () => Number(/(\d+)\s*$/.exec((await statusItem('本文件 ·').innerText()).trim())?.[1] ?? NaN);
    const warningsBefore = await warnings();
    const text = '组织培训3次。';
    await page.keyboard.type(text);
    const last = Date.now();
    await page.waitForFunction(`(${onCursorLine})() === 0`, null, { timeout: 30_000, polling: 'raf' });
    const squiggleMs = Date.now() - last;
    await page.locator('.statusbar-item', { hasText: new RegExp(`本文件 · .*\\s${warningsBefore - 1}$`) }).first().waitFor({ timeout: 30_000 });
    const serverMs = Date.now() - last;
    console.log(`      keystroke→squiggle: ${squiggleMs} ms to the squiggle gone from the line, ${serverMs} ms to the server's update (status bar warnings ${warningsBefore} → ${warningsBefore - 1})`);
    const ms = serverMs;
    await shot(page, 'journey-6-filled');
    return `${squiggleMs} ms / ${ms} ms`;
  });

  await check('journey: the side preview fits its pane (no horizontal scroll) and right-aligns the closing lines', async () => {
    await runCommand(page, '报告检查: 在侧边打开报告预览');
    const frame = page.frameLocator('iframe.webview.ready').frameLocator('#active-frame');
    await frame.locator('main.page').waitFor({ timeout: 30_000 });
    await frame.locator('p.signature').first().waitFor({ timeout: 30_000 });
    const m = await frame.locator('body').evaluate(() => {
      const page = document.querySelector('main.page').getBoundingClientRect();
      const lines = [...document.querySelectorAll('p.signature')].map((el) => {
        const range = document.createRange();
        range.selectNodeContents(el);
        return range.getBoundingClientRect();
      });
      return { pane: document.documentElement.clientWidth, scroll: document.documentElement.scrollWidth, page: { left: page.left, right: page.right }, lines: lines.map((r) => ({ left: r.left, right: r.right, top: r.top })) };
    });
    assert(m.scroll <= m.pane, `horizontal scroll: ${m.scroll} > ${m.pane}`);
    const middle = (m.page.left + m.page.right) / 2;
    // The signature ××× and the date: the last two lines of the block (blocks.ts may take a short line above too).
    const [signature, date] = m.lines.slice(-2);
    assert(signature && date && signature.left > middle && date.left > middle && date.top > signature.top && Math.abs(signature.right - date.right) < 2, `closing lines: ${JSON.stringify(m.lines)}`);
    await frame.locator('p.signature').last().scrollIntoViewIfNeeded();
    await shot(page, 'journey-7-preview');
    return `pane ${m.pane} px, page ${Math.round(m.page.right - m.page.left)} px wide`;
  });
}
