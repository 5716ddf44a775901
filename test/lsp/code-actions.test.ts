// The code actions in-process (no server): where "disable in this file" puts its directive, and
// which actions a finding gets with and without a workspace to write to.
import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { codeActions } from '../../server/src/lsp/code-actions';
import { analyze, type AnalysisResult } from '../../server/src/engine';

const body = '# 学习体会\n\n要抗牢政治责任，参加12.4国家宪法日活动。\n';

/** Applies the "disable in this file" action the code actions offer for `rule` at the text's first finding of it. */
function applied(text: string, rule: string): string {
  const doc = TextDocument.create('file:///r.md', 'markdown', 1, text);
  const title = `在本文件中禁用 ${rule} 规则`;
  const result: AnalysisResult = analyze(text);
  const everywhere = { start: { line: 0, character: 0 }, end: { line: doc.lineCount, character: 0 } };
  const action = codeActions(doc.uri, withFinding(result, rule), everywhere, undefined, { workspace: false }).find((a) => a.title === title);
  assert.ok(action?.edit?.changes, `no action "${title}"`);
  return TextDocument.applyEdits(doc, action.edit.changes[doc.uri]);
}

/** The result with a finding of `rule` at the text's start if it has none (front matter only, say). */
function withFinding(result: AnalysisResult, rule: string): AnalysisResult {
  if (result.findings.some((f) => f.rule === rule)) return result;
  return { ...result, findings: [{ rule, severity: 'warning', message: 'x', span: { start: 0, end: 0 } }, ...result.findings] };
}

describe('code actions: disable in this file', () => {
  it('inserts the directive on the first line', () => {
    assert.equal(applied(body, 'term'), `<!-- report-lint-disable-file term -->\n${body}`);
  });

  it('keeps CRLF line ends', () => {
    const crlf = body.replace(/\n/g, '\r\n');
    assert.equal(applied(crlf, 'term'), `<!-- report-lint-disable-file term -->\r\n${crlf}`);
  });

  it('goes after front matter, also when the front matter ends the file without a line break', () => {
    const fm = '---\nyear: 2022\n---\n';
    assert.equal(applied(fm + body, 'term'), `${fm}<!-- report-lint-disable-file term -->\n${body}`);
    assert.equal(applied('---\nyear: 2022\n---', 'term'), '---\nyear: 2022\n---\n<!-- report-lint-disable-file term -->\n');
  });

  it('adds the rule to a file directive already there, and the result silences both rules', () => {
    const once = applied(body, 'term');
    const twice = applied(once, 'numeral');
    assert.equal(twice, `<!-- report-lint-disable-file term numeral -->\n${body}`);
    assert.deepEqual(analyze(body).findings.map((f) => f.rule).sort(), ['numeral', 'term']);
    assert.deepEqual(analyze(twice).findings, []);
  });
});

describe('code actions: per finding', () => {
  const range = { start: { line: 0, character: 0 }, end: { line: 3, character: 0 } };
  const titles = (workspace: boolean) => codeActions('file:///r.md', analyze(body), range, undefined, { workspace }).map((a) => a.title);

  it('offers every kind of action once per finding or rule, workspace ones only with a workspace', () => {
    assert.deepEqual(titles(true), [
      '改为“扛牢”',
      '改为 “12·4”',
      '将“抗牢”加入工作区允许词表',
      '在此行禁用 term 规则',
      '在此行禁用 numeral 规则',
      '在本文件中禁用 term 规则',
      '在本文件中禁用 numeral 规则',
      '在工作区禁用 term 规则',
      '在工作区禁用 numeral 规则',
    ]);
    assert.deepEqual(
      titles(false),
      titles(true).filter((t) => !t.includes('工作区')),
    );
  });

  it('offers nothing when only other kinds of action are asked for', () => {
    assert.deepEqual(codeActions('file:///r.md', analyze(body), range, ['refactor'], { workspace: true }), []);
  });
});
