// Quick fixes as the lightbulb offers them (vscode.executeCodeActionProvider), applied and re-checked.
import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import { activateExtension, closeAll, openReport, waitForCount } from './helpers';

async function quickFixes(uri: vscode.Uri, range: vscode.Range): Promise<vscode.CodeAction[]> {
  const all = await vscode.commands.executeCommand<(vscode.CodeAction | vscode.Command)[]>(
    'vscode.executeCodeActionProvider',
    uri,
    range,
    vscode.CodeActionKind.QuickFix.value,
  );
  return (all ?? []).filter((a): a is vscode.CodeAction => 'kind' in a || 'edit' in a);
}

/** Applies a code action the way the editor does: its edit, then its command. */
async function apply(action: vscode.CodeAction): Promise<void> {
  if (action.edit) assert.ok(await vscode.workspace.applyEdit(action.edit), `edit of “${action.title}” applied`);
  if (action.command) await vscode.commands.executeCommand(action.command.command, ...(action.command.arguments ?? []));
}

describe('code actions', () => {
  before(activateExtension);
  afterEach(closeAll);

  it('inserts a missing section, renumbers the next one, and the finding goes away', async () => {
    const { document: doc } = await openReport('missing-section.md');
    const [d] = await waitForCount(doc.uri, 'required-section', 1);
    const actions = await quickFixes(doc.uri, d.range);
    const insert = actions.find((a) => a.title.startsWith('插入「'));
    assert.ok(insert, `an insert fix among: ${actions.map((a) => a.title).join(' | ')}`);
    assert.equal(insert.title, '插入「二、存在的问题」部分并顺延后续编号');
    assert.ok(insert.kind && vscode.CodeActionKind.QuickFix.contains(insert.kind));
    await apply(insert);
    await waitForCount(doc.uri, 'required-section', 0, 'the required-section finding to clear');
    const text = doc.getText();
    assert.ok(text.includes('## 二、存在的问题\n\n【待补充】\n\n## 三、下一步打算'), text);
    // The inserted body is a placeholder for the writer to fill in, and is reported as one.
    const [ph] = await waitForCount(doc.uri, 'placeholder', 1);
    assert.equal(doc.getText(ph.range), '【待补充】');
  });

  it('offers “disable this rule on this line”, which silences only that line', async () => {
    const { document: doc } = await openReport('placeholders.md');
    const ds = await waitForCount(doc.uri, 'placeholder', 3);
    const first = ds[0];
    const actions = await quickFixes(doc.uri, first.range);
    const disable = actions.find((a) => a.title === '在此行禁用 placeholder 规则');
    assert.ok(disable, `a disable action among: ${actions.map((a) => a.title).join(' | ')}`);
    await apply(disable);
    const left = await waitForCount(doc.uri, 'placeholder', 2);
    assert.deepEqual(left.map((d) => doc.getText(d.range)), ['**', 'XX']);
    assert.equal(doc.lineAt(first.range.start.line).text, '<!-- report-lint-disable-next-line placeholder -->');
  });

  it('offers nothing where there is no finding', async () => {
    const { document: doc } = await openReport('placeholders.md');
    await waitForCount(doc.uri, 'placeholder', 3);
    const actions = await quickFixes(doc.uri, doc.lineAt(2).range);
    assert.deepEqual(actions.filter((a) => a.title.includes('placeholder') || a.title.startsWith('插入')).map((a) => a.title), []);
  });
});
