// reportLint.* settings take effect at once, without reloading the window.
import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import {
  activateExtension,
  closeAll,
  codeOf,
  expectNoDiagnosticsChange,
  openReport,
  ours,
  resetSettings,
  setSetting,
  waitForCount,
  waitForDiagnostics,
  workspaceUri,
  writeReport,
} from './helpers';

describe('settings', () => {
  before(activateExtension);
  afterEach(async () => {
    await closeAll();
    await resetSettings();
  });

  it('reportLint.rules: “off” removes a rule’s findings, a level changes their severity, removing it restores them', async () => {
    const { document: doc } = await openReport('placeholders.md');
    await waitForCount(doc.uri, 'placeholder', 3);
    await setSetting('rules', { placeholder: 'off' });
    await waitForCount(doc.uri, 'placeholder', 0, 'placeholder findings to go with the rule off');
    await setSetting('rules', { placeholder: 'error' });
    const errors = await waitForDiagnostics(
      doc.uri,
      (ds) => ds.length === 3 && ds.every((d) => d.severity === vscode.DiagnosticSeverity.Error),
      'three placeholder errors',
    );
    assert.deepEqual(errors.map((d) => doc.getText(d.range)), ['*', '**', 'XX']);
    await setSetting('rules', undefined);
    await waitForDiagnostics(
      doc.uri,
      (ds) => ds.length === 3 && ds.every((d) => d.severity === vscode.DiagnosticSeverity.Warning),
      'the default severity back',
    );
  });

  it('reportLint.profile: a forced profile replaces the detected one', async () => {
    const { document: doc } = await openReport('missing-section.md');
    const [shufa] = await waitForCount(doc.uri, 'required-section', 1);
    assert.match(shufa.message, /述法报告应包含此部分/);
    await setSetting('profile', 'generic');
    await waitForCount(doc.uri, 'required-section', 0, 'no mandated sections under the generic profile');
    await setSetting('profile', 'shuzhi');
    await waitForDiagnostics(
      doc.uri,
      (ds) => ds.some((d) => d.message.includes('述职报告应包含此部分')),
      'the 述职报告 profile’s required sections',
    );
    await setSetting('profile', '');
    await waitForDiagnostics(doc.uri, (ds) => ds.length === 1 && ds[0].message === shufa.message, 'the detected 述法报告 profile again');
  });

  it('reportLint.run: with “onSave” a report is checked when saved, not while typing', async () => {
    await setSetting('debounceMs', 50);
    await setSetting('run', 'onSave');
    const uri = await writeReport('on-save.md', '# 2023年度述法报告\n\n草稿。\n');
    const editor = await openReport('on-save.md');
    const doc = editor.document;
    // Opening is checked at once whatever the setting.
    await waitForDiagnostics(uri, (ds) => ds.length > 0, 'the first check on open');
    const quiet = expectNoDiagnosticsChange(uri, 1500, 'the document was only edited, not saved (run=onSave)');
    assert.ok(await editor.edit((b) => b.insert(new vscode.Position(2, 0), '组织专题学习*次。')));
    await quiet;
    assert.ok(await doc.save(), 'saved');
    await waitForCount(uri, 'placeholder', 1, 'the placeholder found on save');

    await setSetting('run', 'onType');
    assert.ok(await editor.edit((b) => b.insert(new vscode.Position(2, 0), '办理案件**件。')));
    await waitForCount(uri, 'placeholder', 2, 'the placeholder found while typing (run=onType)');
  });

  it('reportLint.plaintext: .txt reports are checked only when it is on', async () => {
    const uri = workspaceUri('sample-2022.txt');
    const { document: doc } = await openReport('sample-2022.txt');
    assert.equal(doc.languageId, 'plaintext');
    const before = (await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', uri)) ?? [];
    assert.deepEqual(before, [], 'no outline for plain text while the setting is off');
    await setSetting('plaintext', true);
    // The real 2022 sample: its eight “*” placeholders are its only structure, placeholder and figure findings
    // (language checks such as term and punctuation may add their own).
    const ds = await waitForCount(uri, 'placeholder', 8, 'the sample’s eight placeholders');
    assert.deepEqual(ds.map((d) => doc.getText(d.range)), ['*', '**', '**', '**', '***', '***', '***', '***']);
    const core = ['required-section', 'section-order', 'heading-sequence', 'ordinal-sequence', 'figure-conflict', 'figure-sum', 'figure-rate', 'report-year'];
    assert.deepEqual(ours(uri).filter((d) => core.includes(codeOf(d))).map((d) => `${codeOf(d)}: ${d.message}`), []);
    await setSetting('plaintext', false);
    await waitForDiagnostics(uri, (all) => all.length === 0, 'diagnostics to go when plaintext checks are turned off');
  });
});
