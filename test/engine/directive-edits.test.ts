// The "disable this rule here" edit (engine/directive-edits.ts), used by the preview's context menu:
// the directive it writes is one the engine honours.
import { strict as assert } from 'node:assert';
import { analyze, computeLineStarts } from '../../server/src/engine';
import { disableFileEdit, disableNextLineEdit } from '../../server/src/engine/directive-edits';
import { sampleText } from '../helpers/paths';

function applyAt(text: string, line: number, rules: string[]): string {
  const e = disableNextLineEdit(text, computeLineStarts(text), line, rules);
  assert.ok(e);
  return text.slice(0, e.start) + e.text + text.slice(e.end);
}

describe('engine: disable-next-line edit', () => {
  it('inserts a directive above the line that silences the rule there, and only there', () => {
    const lines = sampleText.split('\n');
    const line = lines.findIndex((l) => l.includes('*次'));
    const after = applyAt(sampleText, line, ['placeholder']);
    assert.equal(after.split('\n')[line], '<!-- report-lint-disable-next-line placeholder -->');
    const placeholders = analyze(after).findings.filter((f) => f.rule === 'placeholder');
    const before = analyze(sampleText).findings.filter((f) => f.rule === 'placeholder');
    const onLine = before.filter((f) => computeLineStarts(sampleText).filter((s) => s <= f.span.start).length - 1 === line).length;
    assert.ok(onLine > 0);
    assert.equal(placeholders.length, before.length - onLine);
  });

  it('extends a directive on the line above instead of stacking another, without repeating a rule', () => {
    const text = '# 报告\n\n<!-- report-lint-disable-next-line report-year -->\n办理建议**件。\n';
    assert.equal(applyAt(text, 3, ['placeholder', 'report-year']), '# 报告\n\n<!-- report-lint-disable-next-line report-year placeholder -->\n办理建议**件。\n');
    const all = '<!-- report-lint-disable-next-line -->\n办理建议**件。\n';
    assert.equal(applyAt(all, 1, ['placeholder']), all, 'a directive with no list covers every rule already');
  });

  it('keeps the line\'s indentation and the text\'s line breaks', () => {
    assert.equal(applyAt('标题\r\n\u3000\u3000办理建议**件。\r\n', 1, ['placeholder']), '标题\r\n\u3000\u3000<!-- report-lint-disable-next-line placeholder -->\r\n\u3000\u3000办理建议**件。\r\n');
  });

  it('refuses lines that do not exist and rule ids that are not ids', () => {
    const starts = computeLineStarts('a\nb');
    assert.equal(disableNextLineEdit('a\nb', starts, 2, ['term']), null);
    assert.equal(disableNextLineEdit('a\nb', starts, -1, ['term']), null);
    assert.equal(disableNextLineEdit('a\nb', starts, 0, ['term -->']), null);
    assert.equal(disableNextLineEdit('a\nb', starts, 0, []), null);
  });
});

describe('engine: disable-file edit', () => {
  const apply = (text: string, at: number, rule: string) => {
    const e = disableFileEdit(text, computeLineStarts(text), at, rule);
    assert.ok(e);
    return text.slice(0, e.start) + e.text + text.slice(e.end);
  };

  it('writes a directive the engine honours for the whole document', () => {
    const text = '# 报告\n\n办理建议**件。\n\n受理*次。\n';
    assert.ok(analyze(text).findings.some((f) => f.rule === 'placeholder'));
    assert.ok(!analyze(apply(text, 0, 'placeholder')).findings.some((f) => f.rule === 'placeholder'));
  });

  it('does not repeat a rule the directive already names, and refuses what is not a rule id', () => {
    const text = '<!-- report-lint-disable-file term -->\n正文\n';
    assert.equal(apply(text, 0, 'term'), text);
    assert.equal(disableFileEdit(text, computeLineStarts(text), 0, 'a -->'), null);
  });
});
