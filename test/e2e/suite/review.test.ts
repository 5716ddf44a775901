// The reviewer's commands in VS Code: 报告检查: 检查工作区全部报告 (every report of the workspace on the
// worker pool, .reportlintignore honoured, Problems entries for files not open, the summary webview) and
// 报告检查: 与去年的报告对比 (findings on this year's report, each with last year's place beside it).
import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import { activateExtension, closeAll, openReport, pollFor, resetSettings, setSetting, workspaceUri, writeReport } from './helpers';

interface Row {
  file: string;
  kind: string;
  placeholders: number;
  missingParts: number;
  verdict: string;
}

const problems = '一是法治建设工作责任压力传导不够。法治政府建设整体推进还不够平衡，极个别干部对法治建设、依法治理的意识不到位，依法办事观念不强。二是党员干部的法律素养需提升，依法办事、依法处理事务方面仍显不足。';
const practice = '一是坚持依法行政，建设法治政府。严格遵守政府工作规则，按照集体领导、民主集中、个别酝酿、会议决定的原则决定“三重一大”事项，扎牢制度笼子，提高议事决策效率。';
const report = (year: number, disputes: string) => `${year}年度述法报告

${year}年以来，本人认真履行推进法治建设第一责任人职责，自觉运用法治思维和法治方式推动各项工作，现将有关情况报告如下：

一、主要做法和取得成效
${practice}
二是化解矛盾纠纷，维护和谐稳定。${disputes}基层治理效能不断提升。
二、存在的问题
${problems}
三、下一步打算
一是加大学法用法力度，提高依法治镇履职能力。
`;

describe('review: workspace check and compare', () => {
  before(activateExtension);
  afterEach(closeAll);

  it('checks every report of the workspace: summary rows, Problems entries for closed files, the summary page', async () => {
    await writeReport('review-skip/ignored.md', '# 2023年度述法报告\n\n全年组织学法**次。\n');
    await vscode.workspace.fs.writeFile(workspaceUri('.reportlintignore'), Buffer.from('review-skip/\n', 'utf8'));
    const result = await vscode.commands.executeCommand<{ files: number; cancelled: boolean; rows: Row[] }>('reportLint.checkWorkspace');
    assert.ok(result, 'the command returns its outcome');
    assert.equal(result.cancelled, false);
    const files = result.rows.map((r) => r.file);
    assert.ok(!files.some((f) => f.includes('review-skip')), files.join(' '));
    const row = (name: string) => result.rows.find((r) => r.file.endsWith(name));
    assert.equal(row('placeholders.md')?.placeholders, 3);
    assert.equal(row('missing-section.md')?.missingParts, 1);
    assert.equal(row('missing-section.md')?.verdict, '需补写');
    // Worst first.
    assert.notEqual(result.rows[0].verdict, '可提交');
    // missing-section.md is not open: its findings are in the Problems panel all the same.
    const ds = vscode.languages.getDiagnostics(workspaceUri('missing-section.md'));
    assert.ok(ds.some((d) => (typeof d.code === 'object' ? d.code.value : d.code) === 'required-section'), JSON.stringify(ds.map((d) => d.code)));
    // The summary opens in a webview tab.
    const tab = await pollFor(
      () => vscode.window.tabGroups.all.flatMap((g) => g.tabs).find((t) => t.input instanceof vscode.TabInputWebview && t.label === '报告审阅'),
      'the 报告审阅 webview',
    );
    assert.ok(tab);
  });

  it('applies the reportLint.rules and reportLint.profile settings, as the open-document diagnostics do', async () => {
    type Result = { rows: Row[] };
    const row = (r: Result | undefined, name: string) => r?.rows.find((x) => x.file.endsWith(name));
    try {
      const before = await vscode.commands.executeCommand<Result>('reportLint.checkWorkspace');
      assert.equal(row(before, 'placeholders.md')?.placeholders, 3);
      await setSetting('rules', { placeholder: 'off' });
      await setSetting('profile', 'shuzhi');
      const after = await vscode.commands.executeCommand<Result>('reportLint.checkWorkspace');
      assert.equal(row(after, 'placeholders.md')?.placeholders, 0);
      assert.equal(row(after, 'placeholders.md')?.kind, '述职报告');
      // The Problems entries of a closed file follow the settings too.
      const ds = vscode.languages.getDiagnostics(workspaceUri('placeholders.md'));
      assert.ok(!ds.some((d) => (typeof d.code === 'object' ? d.code.value : d.code) === 'placeholder'), JSON.stringify(ds.map((d) => d.code)));
    } finally {
      await resetSettings();
    }
  });

  it('stops when cancelled: the files checked so far are reported, the rest are not, and the run says it was cancelled', async () => {
    const names = Array.from({ length: 30 }, (_, i) => `cancel-run/r${String(i).padStart(2, '0')}.md`);
    for (const name of names) await writeReport(name, '# 2023年度述法报告\n\n全年组织学法**次，办理案件*件。\n');
    const withProblems = () => names.filter((n) => vscode.languages.getDiagnostics(workspaceUri(n)).length > 0).length;
    type Result = { files: number; checked: number; cancelled: boolean; rows: Row[] };
    const full = await vscode.commands.executeCommand<Result>('reportLint.checkWorkspace');
    assert.ok(full && !full.cancelled && full.checked === full.files, JSON.stringify(full && { ...full, rows: full.rows.length }));
    assert.equal(withProblems(), names.length);
    // Cancel as the notification's Cancel button does (its token), once two files are done.
    const source = new vscode.CancellationTokenSource();
    const seen: number[] = [];
    const result = await vscode.commands.executeCommand<Result>('reportLint.checkWorkspace', {
      token: source.token,
      onProgress: (done: number) => {
        seen.push(done);
        if (done >= 2) source.cancel();
      },
    });
    assert.ok(result);
    assert.equal(result.cancelled, true);
    assert.equal(result.files, full.files);
    assert.ok(result.checked >= 2 && result.checked < result.files, `checked ${result.checked} of ${result.files}`);
    // No progress after the stop beyond the batch in hand, and the summary holds only checked files.
    assert.ok(seen[seen.length - 1] === result.checked, seen.join(','));
    assert.ok(result.rows.length <= result.checked);
    // The Problems panel shows this (partial) run: at most the checked files, not the full run's.
    assert.ok(withProblems() <= result.checked, `${withProblems()} files with problems after checking ${result.checked}`);
    source.dispose();
    await vscode.workspace.fs.delete(workspaceUri('cancel-run'), { recursive: true });
  });

  it('compares this year\'s report with last year\'s: reused problems, the contradicted increase, last year\'s place beside each', async () => {
    const last = await writeReport('compare/2022.txt', report(2022, '有效处置各类矛盾纠纷213件，'));
    await writeReport('compare/2023.txt', report(2023, '有效处置各类矛盾纠纷190件，同比增长10%，'));
    const editor = await openReport('compare/2023.txt');
    const count = await vscode.commands.executeCommand<number>('reportLint.compareWithLastYear', last);
    assert.ok(count && count > 0, `findings: ${count}`);
    const ds = vscode.languages.getDiagnostics(editor.document.uri).filter((d) => String(typeof d.code === 'object' ? d.code.value : d.code).startsWith('compare-'));
    const code = (d: vscode.Diagnostic) => String(typeof d.code === 'object' ? d.code.value : d.code);
    const trend = ds.find((d) => code(d) === 'compare-trend');
    assert.ok(trend, ds.map(code).join(' '));
    assert.equal(editor.document.getText(trend.range), '190件');
    assert.equal(trend.severity, vscode.DiagnosticSeverity.Warning);
    const rel = trend.relatedInformation?.[0];
    assert.ok(rel);
    assert.equal(rel.location.uri.fsPath, last.fsPath);
    const lastDoc = await vscode.workspace.openTextDocument(last);
    assert.equal(lastDoc.getText(rel.location.range), '213件');
    const reused = ds.find((d) => code(d) === 'compare-reused' && editor.document.getText(d.range) === '存在的问题');
    assert.ok(reused, ds.map((d) => d.message).join('\n'));
    assert.match(reused.message, /100%/);
  });
});
