// The writer's first ten minutes (issue 12), in a real VS Code: no silent pass on a plain-text
// report, a pasted report checked at once, the missing-part fix, the snippet walk, the preview in
// a side pane, and the status bar. Waits are on events or on polled state, never fixed sleeps.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as vscode from 'vscode';
import type { PreviewSnapshot } from '../../../client/src/preview/panel';
import type { StatusBarSnapshot } from '../../../client/src/status-bar';
import type { NoticeRecord } from '../../../client/src/unchecked/unchecked-reports';
import { expandSnippet, tabStops } from '../../snippets/expand';
import { contributedSnippets } from './contributions';
import { activateExtension, closeAll, codeOf, describeDiagnostics, ours, pollFor, resetSettings, waitForDiagnostics, workspaceUri, writeReport } from './helpers';

interface StatusSnapshot {
  statusBar: StatusBarSnapshot;
  notices: NoticeRecord[];
}

const status = async (): Promise<StatusSnapshot> => (await vscode.commands.executeCommand<StatusSnapshot>('reportLint.status.snapshot'))!;
const previews = async (): Promise<PreviewSnapshot[]> => (await vscode.commands.executeCommand<PreviewSnapshot[]>('reportLint.preview.snapshot')) ?? [];

/** The sample report (a real 述法报告 pasted from Word: no blank lines, 8 placeholders). */
function sample(): string {
  const folder = vscode.workspace.workspaceFolders![0].uri.fsPath;
  return readFileSync(join(folder, 'sample-2022.txt'), 'utf8');
}

async function statusWhere(pred: (s: StatusSnapshot) => boolean, what: string): Promise<StatusSnapshot> {
  let last: StatusSnapshot | undefined;
  try {
    return await pollFor(async () => {
      last = await status();
      return pred(last) ? last : undefined;
    }, what);
  } catch (e) {
    throw new Error(`${(e as Error).message}; last: ${JSON.stringify(last)}`);
  }
}

async function previewWhere(uri: vscode.Uri, pred: (p: PreviewSnapshot) => boolean, what: string, timeoutMs?: number): Promise<PreviewSnapshot> {
  let last: PreviewSnapshot | undefined;
  try {
    return await pollFor(async () => {
      last = (await previews()).find((p) => p.documentUri === uri.toString());
      return last && pred(last) ? last : undefined;
    }, what, timeoutMs);
  } catch (e) {
    throw new Error(`${(e as Error).message}; last: ${JSON.stringify(last && { ...last, html: last.html.slice(0, 300) })}`);
  }
}

describe('first ten minutes (issue 12)', () => {
  before(activateExtension);
  afterEach(async () => {
    await closeAll();
    await resetSettings();
  });

  describe('1. no silent pass', () => {
    it('a plain-text report with plain-text checks off: one notice with three buttons, a status item, and a preview saying it is unchecked', async () => {
      const uri = await writeReport('unchecked-report.txt', sample());
      const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
      assert.equal(editor.document.languageId, 'plaintext');
      const s = await statusWhere((x) => x.notices.some((n) => n.uri === uri.toString()) && x.statusBar.text.includes('本文件未检查'), 'the notice and the status item');
      const notice = s.notices.filter((n) => n.uri === uri.toString());
      assert.equal(notice.length, 1);
      assert.match(notice[0].message, /述法报告.*没有检查.*纯文本检查未打开/);
      assert.deepEqual(notice[0].buttons, ['启用纯文本检查', '仅此文件检查', '不再提示']);
      assert.ok(s.statusBar.visible);
      assert.equal(s.statusBar.command, 'reportLint.checkAsReport');
      assert.deepEqual(ours(uri), []);

      await vscode.commands.executeCommand('reportLint.openPreviewToSide');
      const p = await previewWhere(uri, (x) => x.html.includes('未检查'), 'the preview to say it is unchecked');
      assert.doesNotMatch(p.html, /未发现问题/);

      // Once only: back to the file, no second notice.
      await vscode.window.showTextDocument(editor.document, vscode.ViewColumn.One);
      const again = await status();
      assert.equal(again.notices.filter((n) => n.uri === uri.toString()).length, 1);

      // 仅此文件检查 (what the button runs): checked at once, the status item shows its counts, the preview its findings.
      await vscode.commands.executeCommand('reportLint.checkAsReport');
      await waitForDiagnostics(uri, (ds) => ds.filter((d) => codeOf(d) === 'placeholder').length === 8, 'the sample’s 8 placeholders');
      await statusWhere((x) => /本文件 · 述法报告/.test(x.statusBar.text), 'the status item with the counts');
      await previewWhere(uri, (x) => !x.html.includes('未检查') && /警告 \d+/.test(x.html), 'the preview with the counts');
    });

    it('settings: the descriptions name 报告 (and plain text 纯文本), so a settings search finds them', () => {
      const ext = vscode.extensions.getExtension('report-lint.report-lint')!;
      const props = (ext.packageJSON.contributes.configuration.properties ?? {}) as Record<string, { description?: string; markdownDescription?: string }>;
      for (const [key, p] of Object.entries(props)) assert.match(p.description ?? p.markdownDescription ?? '', /报告/, key);
      assert.match(props['reportLint.plaintext'].description!, /纯文本/);
      assert.match(props['reportLint.plaintext'].description!, /报告检查/);
    });
  });

  describe('2. a report pasted into a new tab', () => {
    it('报告检查: 新建报告, then a paste: checked at once as plain text', async () => {
      const editor = await vscode.commands.executeCommand<vscode.TextEditor>('reportLint.newReport');
      assert.ok(editor);
      const doc = editor.document;
      assert.equal(doc.uri.scheme, 'untitled');
      await vscode.env.clipboard.writeText(sample());
      await vscode.commands.executeCommand('editor.action.clipboardPasteAction');
      assert.ok(doc.getText().startsWith(sample().slice(0, 20)), 'pasted');
      await waitForDiagnostics(doc.uri, (ds) => ds.filter((d) => codeOf(d) === 'placeholder').length === 8, 'the pasted report’s 8 placeholders');
      assert.equal(doc.languageId, 'plaintext');
    });

    it('an untitled tab VS Code took for Ini: notice and status item, then 将当前文件作为报告检查 checks it', async () => {
      const doc = await vscode.workspace.openTextDocument({ language: 'ini', content: sample() });
      await vscode.window.showTextDocument(doc);
      const s = await statusWhere((x) => x.notices.some((n) => n.uri === doc.uri.toString()) && x.statusBar.text.includes('本文件未检查'), 'the notice and the status item');
      assert.match(s.notices.find((n) => n.uri === doc.uri.toString())!.message, /“ini”/);
      const now = await vscode.commands.executeCommand<vscode.TextDocument>('reportLint.checkAsReport');
      assert.equal(now?.languageId, 'plaintext');
      await waitForDiagnostics(doc.uri, (ds) => ds.filter((d) => codeOf(d) === 'placeholder').length === 8, 'the 8 placeholders');
    });
  });

  describe('3. the missing-part fix', () => {
    it('delete 二、存在的问题, apply the preferred (first) fix: 一、二、三、 with the document’s blank lines, and no other finding', async () => {
      // The sample with a blank line between paragraphs, as many Markdown writers keep it.
      const text = sample().split('\n').filter((l) => l.trim()).join('\n\n') + '\n';
      const doc = await vscode.workspace.openTextDocument(await writeReport('missing-part.md', text));
      const editor = await vscode.window.showTextDocument(doc);
      const before = await waitForDiagnostics(doc.uri, (ds) => ds.filter((d) => codeOf(d) === 'placeholder').length === 8, 'the sample’s findings');
      const key = (d: vscode.Diagnostic) => `${codeOf(d)}|${doc.getText(d.range)}|${d.message}`;
      const start = text.indexOf('二、存在的问题');
      const end = text.indexOf('三、下一步打算');
      // The findings outside the part to delete stay as they are.
      const kept = before.filter((d) => doc.offsetAt(d.range.start) < start || doc.offsetAt(d.range.start) >= end).map(key);
      assert.ok(await editor.edit((b) => b.delete(new vscode.Range(doc.positionAt(start), doc.positionAt(end)))));
      const ds = await waitForDiagnostics(doc.uri, (all) => all.some((d) => codeOf(d) === 'required-section'), 'the missing part');
      const missing = ds.find((d) => codeOf(d) === 'required-section')!;
      const actions = (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, missing.range, vscode.CodeActionKind.QuickFix.value)) ?? [];
      assert.ok(actions.length > 0);
      assert.equal(actions[0].title, '插入「二、存在的问题」部分', `actions: ${actions.map((a) => a.title).join(' | ')}; headings: ${doc.getText().match(/^.{0,12}、.*$/gm)?.join(' / ')}; at ${JSON.stringify(missing.range)} ${missing.message}`);
      assert.equal(actions[0].isPreferred, true);
      assert.deepEqual(actions.filter((a) => /重新编号/.test(a.title)).map((a) => a.title), []);
      assert.ok(await vscode.workspace.applyEdit(actions[0].edit!));
      const after = await waitForDiagnostics(doc.uri, (all) => !all.some((d) => codeOf(d) === 'required-section'), 'the finding to go');
      assert.deepEqual(doc.getText().match(/^[一二三四]、.*$/gm), ['一、主要做法和取得成效', '二、存在的问题', '三、下一步打算']);
      assert.ok(doc.getText().includes('\n\n二、存在的问题\n\n【待补充】\n\n三、下一步打算'), 'blank lines as in the rest of the document');
      // Nothing else: the findings before the deletion (the deleted part’s own aside) plus the new body to write.
      const got = after.map(key).sort();
      const expected = [...kept, `placeholder|【待补充】|${after.find((d) => doc.getText(d.range) === '【待补充】')?.message}`].sort();
      assert.deepEqual(got, expected, `findings now:\n  ${describeDiagnostics(after, doc)}`);
    });
  });

  describe('4. the snippet walk', () => {
    it('述法报告（全文）: typing in each field, Enter or Tab on each choice and then Tab, fills every field in order', async () => {
      const snippet = (await contributedSnippets()).find((s) => s.language === 'markdown' && s.prefix.includes('sfbg'));
      assert.ok(snippet, 'the 述法报告 skeleton');
      const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content: '' });
      const editor = await vscode.window.showTextDocument(doc);
      await vscode.commands.executeCommand('editor.action.insertSnippet', { langId: 'markdown', name: snippet.name });
      const now = new Date();
      const variables = { CURRENT_YEAR: String(now.getFullYear()), CURRENT_MONTH: String(now.getMonth() + 1).padStart(2, '0'), CURRENT_DATE: String(now.getDate()).padStart(2, '0') };
      const stops = tabStops(snippet.body, { variables }).filter((t) => t.index > 0);
      const typed = (index: number) => `填${index}`;
      // The fields the writer sees: text fields and choices (the empty stop after a choice is not one).
      for (const stop of stops.filter((t) => t.kind !== 'empty')) {
        if (stop.kind === 'placeholder') {
          const sel = doc.getText(editor.selection);
          assert.equal(sel, expandSnippet(`\${1:${stop.value}}`, { variables }), `field $${stop.index} is selected`);
          await vscode.commands.executeCommand('type', { text: typed(stop.index) });
        } else {
          // Accepting an option (Enter, or Tab on the list) moves on, as VS Code's choice completion does.
          await vscode.commands.executeCommand('jumpToNextSnippetPlaceholder');
        }
        // The writer's Tab.
        await vscode.commands.executeCommand('jumpToNextSnippetPlaceholder');
      }
      await vscode.commands.executeCommand('leaveSnippet');
      const expected = expandSnippet(snippet.body, { variables, value: (t) => (t.kind === 'placeholder' ? typed(t.index) : t.value) });
      assert.equal(doc.getText(), expected);
    });
  });

  describe('5. the preview beside the editor', () => {
    it('fits a 500 px pane without horizontal scroll, keeps A4 proportions, and right-aligns the closing lines', async function () {
      // A webview's first load in headless chromium can take long on a loaded machine.
      this.timeout(180_000);
      const text = `${sample().trimEnd()}\n\n特此报告。\n\n×××\n2023年1月5日\n`;
      const uri = await writeReport('closing.md', text);
      await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
      await vscode.commands.executeCommand('reportLint.openPreviewToSide');
      const first = await previewWhere(uri, (p) => p.layout !== null && p.layout.closing.length === 2, 'the page’s layout', 90_000);
      // Editor group sizes are proportions: size the preview's group until its pane is about 500 px.
      let pane = first.layout!.paneWidth;
      let sizes = [1000, 1000];
      let p = first;
      for (let round = 0; round < 4 && Math.abs(pane - 500) > 12; round++) {
        const total = (pane * (sizes[0] + sizes[1])) / sizes[1];
        sizes = [Math.max(100, total - 500), 500];
        const previous = pane;
        await vscode.commands.executeCommand('vscode.setEditorLayout', { orientation: 0, groups: [{ size: sizes[0] }, { size: sizes[1] }] });
        p = await previewWhere(uri, (x) => !!x.layout && x.layout.paneWidth !== previous, 'the pane to change width');
        pane = p.layout!.paneWidth;
      }
      assert.ok(Math.abs(pane - 500) <= 25, `pane ${pane} px`);
      const l = p.layout!;
      console.log(`      preview pane ${l.paneWidth} px, page scaled to ${l.scale.toFixed(3)}, scroll width ${l.scrollWidth}`);
      assert.ok(l.scrollWidth <= l.paneWidth, `no horizontal scroll: ${l.scrollWidth} > ${l.paneWidth}`);
      assert.ok(l.page && l.page.left >= 0 && l.page.right <= l.paneWidth, `the page inside the pane: ${JSON.stringify(l.page)}`);
      assert.ok(l.scale < 1);
      // A4 width at this scale (proportions kept: the page is scaled as a whole).
      assert.ok(Math.abs(l.page!.width - ((210 / 25.4) * 96) * l.scale) < 2, `page width ${l.page!.width}`);
      const [signature, date] = l.closing;
      assert.equal(signature.text, '×××');
      assert.equal(date.text, '2023年1月5日');
      assert.ok(date.top > signature.top, 'each on its own line');
      const middle = (l.page!.left + l.page!.right) / 2;
      assert.ok(signature.left > middle && date.left > middle, 'in the right half of the page');
      assert.ok(Math.abs(signature.right - date.right) < 2, 'both set to the same right edge');
      assert.ok(date.right < l.page!.right, 'inside the page');
    });
  });

  describe('6. the status bar', () => {
    it('reads as this file’s (本文件) counts with the report kind', async () => {
      const uri = workspaceUri('placeholders.md');
      await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
      const s = await statusWhere((x) => x.statusBar.text.includes('本文件'), 'the status item');
      assert.match(s.statusBar.text, /^\$\(checklist\) 本文件 · \S+ \$\(error\) \d+ \$\(warning\) \d+$/);
      assert.match(s.statusBar.tooltip, /本文件的问题/);
    });
  });
});
