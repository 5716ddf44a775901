// Renders the sample report as the preview shows it and screenshots it with headless Chromium, for
// the README (docs/preview.png). The sample has no title line; one is added so the page shows the
// centred title as well.
//   npx tsx scripts/gen/preview-screenshot.ts docs/preview.png
// Needs /usr/bin/chromium (or $CHROMIUM) and a CJK font (Debian: apt-get install chromium fonts-wqy-microhei).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { analyze } from '../../server/src/engine';
import { renderPreview } from '../../server/src/shared/preview/render';

const out = resolve(process.argv[2] ?? 'docs/preview.png');
const root = join(__dirname, '..', '..');
const sample = readFileSync(join(root, 'samples', 'shufa-report-2022.txt'), 'utf8');
const text = `关于2022年度履行推进法治建设第一责任人职责情况的报告\n${sample}`;
const result = analyze(text);

const dir = mkdtempSync(join(tmpdir(), 'report-lint-preview-'));
try {
  const page = join(dir, 'preview.html');
  // No script: outside VS Code there is no webview API for it to talk to.
  const html = renderPreview(text, result.findings, 'c2NyZWVuc2hvdC1ub25jZS0x', {
    cspSource: 'file:',
    scriptUri: 'about:blank',
    document: result.document,
    profileName: result.profile.name,
    title: 'shufa-report-2022.txt',
  }).replace(/<script[^>]*><\/script>/, '');
  writeFileSync(page, html);
  execFileSync(process.env.CHROMIUM ?? '/usr/bin/chromium', [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--hide-scrollbars',
    `--screenshot=${out}`,
    '--window-size=900,1300',
    pathToFileURL(page).href,
  ], { stdio: 'inherit' });
  console.log(`wrote ${out}`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
