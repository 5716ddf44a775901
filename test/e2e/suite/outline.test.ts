// The outline (document symbols) and folding ranges come from report-lint's section tree, so they also work
// for reports pasted from Word whose headings are plain “一、…” lines that Markdown does not see.
import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import { activateExtension, closeAll, openReport, waitForCount } from './helpers';

interface Node {
  name: string;
  line: number;
  children: Node[];
}

async function outline(uri: vscode.Uri): Promise<Node[]> {
  const syms = (await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', uri)) ?? [];
  const toNode = (s: vscode.DocumentSymbol): Node => ({
    name: s.name,
    line: s.selectionRange.start.line,
    children: (s.children ?? []).map(toNode),
  });
  return syms.map(toNode);
}

async function folding(uri: vscode.Uri): Promise<[number, number][]> {
  const ranges = (await vscode.commands.executeCommand<vscode.FoldingRange[]>('vscode.executeFoldingRangeProvider', uri)) ?? [];
  return ranges.map((r): [number, number] => [r.start, r.end]).sort((a, b) => a[0] - b[0] || a[1] - b[1]);
}

const expectedOutline = (l: number[]): Node[] => [
  {
    name: '一、主要做法和取得成效',
    line: l[0],
    children: [
      { name: '（一）强化组织领导', line: l[1], children: [] },
      { name: '（二）推进依法行政', line: l[2], children: [] },
    ],
  },
  { name: '二、存在的问题', line: l[3], children: [] },
  { name: '三、下一步打算', line: l[4], children: [] },
];

describe('outline and folding', () => {
  before(activateExtension);
  afterEach(closeAll);

  it('outlines a report pasted from Word by its numbered headings', async () => {
    const { document: doc } = await openReport('pasted-from-word.md');
    assert.deepEqual(await outline(doc.uri), expectedOutline([4, 5, 7, 10, 13]));
  });

  it('folds each section of a report pasted from Word, without its trailing blank line', async () => {
    const { document: doc } = await openReport('pasted-from-word.md');
    assert.deepEqual(await folding(doc.uri), [[4, 8], [5, 6], [7, 8], [10, 11], [13, 14]]);
  });

  it('outlines a Markdown report with the section numbers (alongside Markdown’s own symbols)', async () => {
    const { document: doc } = await openReport('placeholders.md');
    await waitForCount(doc.uri, 'placeholder', 3);
    // VS Code merges every provider's symbols; Markdown's are named “## …”, report-lint's by the heading itself.
    const ours = (await outline(doc.uri)).filter((n) => !n.name.startsWith('#'));
    assert.deepEqual(ours, expectedOutline([4, 6, 10, 14, 18]));
  });

  it('updates the outline after a section is added', async () => {
    const editor = await openReport('pasted-from-word.md');
    const doc = editor.document;
    assert.ok(await editor.edit((b) => b.insert(new vscode.Position(doc.lineCount, 0), '\n四、其他需要说明的情况\n无。\n')));
    const names = (await outline(doc.uri)).map((n) => n.name);
    assert.deepEqual(names, ['一、主要做法和取得成效', '二、存在的问题', '三、下一步打算', '四、其他需要说明的情况']);
  });
});
