#!/usr/bin/env node
// The HTML review page (`report-lint DIR --format html -o review.html`) in a real browser (Debian's
// chromium driven by playwright-core): it renders offline, the summary table has a row per report,
// both bar charts show bars, and clicking a report (a table row, then a chart bar) shows that
// report's findings with their sentences and fixes, and hides the others. Any request the page
// makes beyond its own file fails the check. Results go to test-output/e2e/review-results.json
// ({passed, failed, failures[]}), a screenshot to test-output/e2e/review-page.png. Exit 1 if any check fails.
// Needs `npm run build` and test/e2e/install.sh first. The folder holds the real-report corpus (or REPORT_LINT_REPORTS=DIR).
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { launchBrowser, root, tempDir } from './lib/code-server.mjs';
import { assert, createChecks } from './lib/checks.mjs';

const outDir = join(root, 'test-output', 'e2e');
mkdirSync(outDir, { recursive: true });
const { results, check } = createChecks();

// A folder: the repository's reports, the sample (8 placeholders), one with a missing part, and the real reports.
const work = tempDir('review-');
const reports = join(work, 'reports');
cpSync(join(root, 'test', 'fixtures', 'reports'), join(reports, 'fixtures'), { recursive: true });
cpSync(join(root, 'samples', 'shufa-report-2022.txt'), join(reports, 'sample.txt'));
writeFileSync(
  join(reports, 'incomplete.md'),
  '# 2023年度述法报告\n\n2023年以来，本人认真履行推进法治建设第一责任人职责，现将有关情况报告如下：\n\n## 一、主要做法和成效\n\n全年组织专题学法**次，办理行政复议案件20件，其中维持12件、撤销5件、驳回2件、终止2件。\n\n## 二、下一步打算\n\n继续抗牢法治宣传教育责任。\n',
);
cpSync(process.env.REPORT_LINT_REPORTS ?? join(root, 'test', 'corpus', 'reports'), join(reports, 'real'), { recursive: true });
const page = join(work, 'review.html');
/** Runs the CLI; exit 1 (error findings, expected here) is no failure. */
function cli(args) {
  try {
    return execFileSync(process.execPath, [join(root, 'bin', 'report-lint.js'), ...args], { cwd: work, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 1 << 28 });
  } catch (e) {
    if (e.status !== 1) throw e;
    return e.stdout;
  }
}
cli(['--format', 'html', '-o', page, 'reports']);
const json = JSON.parse(cli(['--format', 'json', '--summary', 'reports']));

const browser = await launchBrowser();
try {
  const context = await browser.newContext({ viewport: { width: 1300, height: 900 } });
  const tab = await context.newPage();
  const outside = [];
  const pageErrors = [];
  await tab.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith('file:') || url.startsWith('data:')) return route.continue();
    outside.push(url);
    return route.abort();
  });
  tab.on('pageerror', (e) => pageErrors.push(String(e)));
  await tab.goto(pathToFileURL(page).href);
  const summary = json.summary;

  await check('the page renders: title, one summary row per report, worst first, no script error', async () => {
    assert((await tab.title()).startsWith('报告审阅'), `title ${await tab.title()}`);
    const rows = await tab.locator('table.summary tbody tr').allInnerTexts();
    assert(rows.length === summary.length, `${rows.length} rows for ${summary.length} reports`);
    assert(rows[0].startsWith(summary[0].verdict) && rows[0].includes(summary[0].file), `first row ${rows[0]}`);
    assert(pageErrors.length === 0, pageErrors.join('; '));
    return `${rows.length} rows`;
  });

  await check('both charts show: a visible bar per report with findings, and per category', async () => {
    const reportsChart = tab.locator('#chart-reports svg');
    await reportsChart.waitFor({ state: 'visible' });
    const box = await reportsChart.boundingBox();
    assert(box && box.width > 300 && box.height > 50, `chart box ${JSON.stringify(box)}`);
    const withFindings = summary.filter((r) => r.errors + r.warnings > 0).length;
    const bars = await tab.locator('#chart-reports a.chart-link').count();
    assert(bars === summary.length, `${bars} report bars`);
    const widths = await tab.locator('#chart-reports rect.bar').evaluateAll((els) => els.map((e) => e.getBoundingClientRect().width));
    assert(widths.length >= withFindings && widths.every((w) => w > 0), `bar widths ${widths.join(',')}`);
    const categories = await tab.locator('#chart-categories text').evaluateAll((els) => els.map((e) => e.textContent ?? ''));
    assert(categories.some((t) => t.includes('占位符（placeholder）')), `categories ${categories.join(' | ')}`);
    return `${widths.length} bars`;
  });

  await check('no report is shown before one is chosen', async () => {
    const visible = await tab.locator('section.report:visible').count();
    assert(visible === 0, `${visible} visible`);
  });

  await check('clicking a report in the table shows its findings in context, with the fix', async () => {
    const row = tab.locator('tr.row', { hasText: 'sample.txt' });
    await row.click();
    const section = tab.locator('section.report:visible');
    assert((await section.count()) === 1, `${await section.count()} sections visible`);
    assert((await section.locator('h2').innerText()) === 'reports/sample.txt', await section.locator('h2').innerText());
    const items = section.locator('li.finding');
    const sampleRow = summary.find((r) => r.file === 'reports/sample.txt');
    const total = json.files.find((f) => f.file === 'reports/sample.txt').diagnostics.length;
    assert((await items.count()) === total, `${await items.count()} findings, expected ${total}`);
    const marks = await section.locator('blockquote.context mark').allInnerTexts();
    assert(marks.filter((m) => /^\*+$/.test(m)).length === sampleRow.placeholders, `placeholders marked: ${marks.join(' ')}`);
    const fixes = await section.locator('.fix').allInnerTexts();
    assert(fixes.some((f) => f.includes('扛牢')), `fixes: ${fixes.join(' | ')}`);
    await tab.screenshot({ path: join(outDir, 'review-page.png'), fullPage: false });
    return `${total} findings`;
  });

  await check('clicking another report\'s bar in the chart switches to its findings', async () => {
    await tab.locator('#chart-reports a.chart-link[data-report]').filter({ has: tab.locator('text', { hasText: 'incomplete.md' }) }).first().click();
    const section = tab.locator('section.report:visible');
    assert((await section.count()) === 1, `${await section.count()} sections visible`);
    assert((await section.locator('h2').innerText()) === 'reports/incomplete.md', await section.locator('h2').innerText());
    const messages = await section.locator('.message').allInnerTexts();
    assert(messages.some((m) => m.includes('存在的问题')), messages.join(' | '));
    assert(new URL(tab.url()).hash.length > 1, tab.url());
  });

  await check('the page asked for nothing beyond its own file', async () => {
    assert(outside.length === 0, outside.join(' '));
  });
} finally {
  await browser.close();
}
writeFileSync(join(outDir, 'review-results.json'), JSON.stringify(results, null, 2));
console.log(`review page: ${results.passed} passed, ${results.failed} failed`);
process.exit(results.failed > 0 ? 1 : 0);
