// Each authoring quick fix of the real server bundle, applied as the editor applies it: the fix's
// edits land where they should and the finding goes away (issue 3). "Disable on this line" and a
// top-level renumbering are in features.test.ts.
import assert from 'node:assert/strict';
import type { CodeAction, Diagnostic } from 'vscode-languageserver/node';
import { describeInBothModes, LspTestClient } from '../helpers/lsp-client';
import { requireBuilt, sampleText } from '../helpers/paths';

const uri = 'file:///tmp/report-lint-test/quick-fixes.md';
const lines = sampleText.split('\n');

describeInBothModes('language server: quick fixes', () => {
  let client: LspTestClient;

  before(requireBuilt);
  beforeEach(async () => {
    client = await LspTestClient.start({ initializationOptions: { reportLint: { debounceMs: 0 } } });
  });
  afterEach(() => client.stopCleanly());

  /** Opens `text`, finds the first `rule` diagnostic and the code action titled by `title`. */
  async function actionFor(text: string, rule: string, title: RegExp): Promise<{ target: Diagnostic; action: CodeAction }> {
    await client.open(uri, text);
    const { diagnostics } = await client.waitForDiagnostics(uri, 1);
    const target = diagnostics.find((d) => d.code === rule);
    assert.ok(target, `a ${rule} finding among ${diagnostics.map((d) => d.code).join(', ')}`);
    const actions = await client.codeActions(uri, target.range, [target]);
    const action = actions.find((a) => title.test(a.title));
    assert.ok(action?.edit, `an action /${title.source}/ among ${actions.map((a) => a.title).join(' | ')}`);
    return { target, action };
  }

  async function applyAndCheck(action: CodeAction): Promise<Diagnostic[]> {
    const v2 = await client.applyWorkspaceEdit(action.edit!, uri);
    return (await client.waitForDiagnostics(uri, v2)).diagnostics;
  }

  it('required-section: inserts the missing part at its place, numbered, and renumbers the parts after it', async () => {
    const at = lines.indexOf('二、存在的问题');
    const text = [...lines.slice(0, at), ...lines.slice(at + 2)].join('\n').replace('三、下一步打算', '二、下一步打算');
    const { action } = await actionFor(text, 'required-section', /存在的问题/);
    assert.equal(action.title, '插入「二、存在的问题」部分并顺延后续编号');
    const after = await applyAndCheck(action);
    const now = client.text(uri).split('\n');
    assert.deepEqual(now.slice(at, at + 3), ['二、存在的问题', '【待补充】', '三、下一步打算']);
    assert.deepEqual(after.filter((d) => ['required-section', 'section-order', 'heading-sequence'].includes(String(d.code))), []);
    // The body left to write is a placeholder the writer is pointed to.
    assert.ok(after.some((d) => d.code === 'placeholder' && d.range.start.line === at + 1));
  });

  it('required-section: with 二、存在的问题 deleted, the preferred first action inserts 二、 and keeps 三、 (issue 12)', async () => {
    const at = lines.indexOf('二、存在的问题');
    const text = [...lines.slice(0, at), ...lines.slice(at + 2)].join('\n');
    await client.open(uri, text);
    const { diagnostics } = await client.waitForDiagnostics(uri, 1);
    const onHeading = diagnostics.filter((d) => d.range.start.line === at);
    assert.deepEqual(onHeading.map((d) => d.code).sort(), ['heading-sequence', 'required-section']);
    // The menu for the line lists both findings' actions: the insertion first, marked preferred, and no renumbering.
    const actions = await client.codeActions(uri, onHeading[0].range, onHeading);
    assert.equal(actions[0].title, '插入「二、存在的问题」部分');
    assert.equal(actions[0].isPreferred, true);
    assert.deepEqual(actions.filter((a) => /重新编号/.test(a.title)).map((a) => a.title), []);
    const after = await applyAndCheck(actions[0]);
    const now = client.text(uri).split('\n');
    assert.deepEqual(now.slice(at, at + 3), ['二、存在的问题', '【待补充】', '三、下一步打算']);
    assert.deepEqual(after.filter((d) => d.code !== 'placeholder' && d.code !== 'term' && d.code !== 'numeral' && d.code !== 'punctuation').map((d) => `${d.code}: ${d.message}`), []);
  });

  it('required-section: a part missing at the end is appended with the next number', async () => {
    const at = lines.indexOf('三、下一步打算');
    const text = lines.slice(0, at).join('\n') + '\n';
    const { action } = await actionFor(text, 'required-section', /下一步打算/);
    const after = await applyAndCheck(action);
    assert.match(client.text(uri), /\n三、下一步打算\n【待补充】\n$/);
    assert.deepEqual(after.filter((d) => d.code === 'required-section' || d.code === 'heading-sequence'), []);
  });

  it('heading-sequence: renumbers second-level headings of a section in sequence', async () => {
    const text = '# 2022年度述法报告\n\n现将本人履行推进法治建设第一责任人职责情况报告如下：\n\n## 一、主要做法和取得成效\n\n### （一）强化领导\n\n正文。\n\n### （三）推进法治\n\n正文。\n\n### （四）加强普法\n\n正文。\n\n## 二、存在的问题\n\n正文。\n\n## 三、下一步打算\n\n正文。\n';
    const { action } = await actionFor(text, 'heading-sequence', /重新编号/);
    const after = await applyAndCheck(action);
    assert.match(client.text(uri), /### （一）强化领导[^]*### （二）推进法治[^]*### （三）加强普法/);
    assert.deepEqual(after.filter((d) => d.code === 'heading-sequence'), []);
  });

  it('ordinal-sequence: renumbers the run-in ordinals of a section from the skipped one on', async () => {
    const third = lines.findIndex((l) => l.startsWith('三是'));
    const text = lines.map((l, i) => (i === third ? '四' + l.slice(1) : l)).join('\n');
    const { target, action } = await actionFor(text, 'ordinal-sequence', /改为“三是”/);
    assert.equal(target.range.start.line, third);
    const after = await applyAndCheck(action);
    const now = client.text(uri).split('\n');
    assert.deepEqual(now.slice(third - 2, third + 2).map((l) => l.slice(0, 2)), ['一是', '二是', '三是', '四是']);
    assert.deepEqual(after.filter((d) => d.code === 'ordinal-sequence'), []);
  });

  it('disable in this file: a file directive at the top removes every finding of the rule', async () => {
    const { action } = await actionFor(sampleText, 'placeholder', /在本文件中禁用 placeholder/);
    const after = await applyAndCheck(action);
    assert.equal(client.text(uri).split('\n')[0], '<!-- report-lint-disable-file placeholder -->');
    assert.deepEqual(after.filter((d) => d.code === 'placeholder'), []);
    assert.ok(after.length > 0, 'other rules still report');
  });

  it('disable/enable blocks: findings inside the block are dropped, the ones after it stay', async () => {
    const first = lines.findIndex((l) => l.includes('*次'));
    const text = [...lines.slice(0, first), '<!-- report-lint-disable placeholder -->', lines[first], '<!-- report-lint-enable placeholder -->', ...lines.slice(first + 1)].join('\n');
    await client.open(uri, text);
    const { diagnostics } = await client.waitForDiagnostics(uri, 1);
    const placeholders = diagnostics.filter((d) => d.code === 'placeholder');
    assert.ok(placeholders.every((d) => d.range.start.line !== first + 1), 'none on the disabled line');
    assert.equal(placeholders.length, 8 - sampleText.split('\n')[first].match(/\*+[次件项户]/g)!.length);
  });
});
