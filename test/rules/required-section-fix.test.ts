// The insert-missing-part fix of required-section (issue 12): numbered after the part before it,
// renumbering only what then clashes, preferred, spaced as the document is, and no renumbering
// fix from heading-sequence for the gap the missing part leaves.
import { strict as assert } from 'node:assert';
import { analyze } from '../../server/src/engine';
import { endsWithBlankLine, usesBlankLines } from '../../server/src/engine/fixes/spacing';
import { parseReport } from '../../server/src/engine/parse/document';
import { applyFix, findingsOf } from '../helpers/rule-tester';

const LEAD = '2022年以来，本人认真履行推进法治建设第一责任人职责，现将本人履行推进法治建设第一责任人职责情况报告如下：';
const FULL = [`${LEAD}`, '一、主要做法和取得成效', '正文。', '二、存在的问题', '正文。', '三、下一步打算', '正文。', ''];

/** The report with the 二、存在的问题 part (heading and body) deleted, lines joined by `sep`. */
const withoutProblems = (sep: string): string => [...FULL.slice(0, 3), ...FULL.slice(5)].join(sep);

function insertFix(text: string) {
  const [finding] = findingsOf('required-section', text);
  assert.ok(finding, 'a required-section finding');
  assert.ok(finding.fixes?.length === 1, 'one fix');
  return finding.fixes[0];
}

describe('required-section: the insert-missing-part fix', () => {
  it('numbers the part after the one before it and keeps the later numbers (一、 … 三、 → 一、二、三、)', () => {
    const text = withoutProblems('\n');
    const fix = insertFix(text);
    assert.equal(fix.title, '插入「二、存在的问题」部分');
    assert.equal(fix.preferred, true);
    const fixed = applyFix(text, fix);
    assert.equal(fixed, [...FULL.slice(0, 3), '二、存在的问题', '【待补充】', ...FULL.slice(5)].join('\n'));
    const left = analyze(fixed).findings.filter((f) => f.rule !== 'placeholder');
    assert.deepEqual(left.map((f) => `${f.rule}: ${f.message}`), []);
  });

  it('renumbers only the parts whose numbers then clash', () => {
    // 一、 二、下一步打算 四、附则-like extra part: 二 must move to 三, 四 stays.
    const text = `${LEAD}\n一、主要做法和取得成效\n正文。\n二、下一步打算\n正文。\n四、其他事项\n正文。\n`;
    const fix = insertFix(text);
    assert.equal(fix.title, '插入「二、存在的问题」部分并顺延后续编号');
    assert.equal(applyFix(text, fix), `${LEAD}\n一、主要做法和取得成效\n正文。\n二、存在的问题\n【待补充】\n三、下一步打算\n正文。\n四、其他事项\n正文。\n`);
  });

  it('follows the blank lines of a plain-text report', () => {
    const text = withoutProblems('\n\n');
    const fixed = applyFix(text, insertFix(text));
    assert.equal(fixed, [...FULL.slice(0, 3), '二、存在的问题', '【待补充】', ...FULL.slice(5)].join('\n\n'));
  });

  it('appends a missing last part after one blank line, not two, in a blank-line document', () => {
    const text = [...FULL.slice(0, 5), ''].join('\n\n');
    const fixed = applyFix(text, insertFix(text));
    assert.equal(fixed, `${[...FULL.slice(0, 5)].join('\n\n')}\n\n三、下一步打算\n\n【待补充】\n`);
  });

  it('keeps CRLF and blank lines together', () => {
    const text = withoutProblems('\r\n\r\n');
    const fixed = applyFix(text, insertFix(text));
    assert.equal(fixed, [...FULL.slice(0, 3), '二、存在的问题', '【待补充】', ...FULL.slice(5)].join('\r\n\r\n'));
  });

  it('is not preferred beside an unnumbered heading, where the new one may not become a part', () => {
    const fix = insertFix('1、强化组织领导\n### 强化组织领导\n'.replace(/^/, '---\nprofile: gongzuo-zongjie\n---\n'));
    assert.notEqual(fix.preferred, true);
  });

  it('heading-sequence offers no renumbering for the gap the missing part explains', () => {
    const text = withoutProblems('\n');
    const seq = analyze(text).findings.filter((f) => f.rule === 'heading-sequence');
    assert.equal(seq.length, 1);
    assert.match(seq[0].message, /跳过了“二、”：此前缺少「存在的问题」部分/);
    assert.deepEqual(seq[0].fixes ?? [], []);
  });

  it('heading-sequence still renumbers a gap no missing part explains', () => {
    const text = `${LEAD}\n一、主要做法和取得成效\n正文。\n二、存在的问题\n正文。\n四、下一步打算\n正文。\n`;
    const seq = analyze(text).findings.filter((f) => f.rule === 'heading-sequence');
    assert.equal(seq.length, 1);
    assert.equal(seq[0].fixes?.[0].title, '按顺序重新编号本级标题');
  });
});

describe('paragraph spacing of a document', () => {
  it('tells blank-line documents from tight ones', () => {
    assert.equal(usesBlankLines(parseReport(withoutProblems('\n'))), false);
    assert.equal(usesBlankLines(parseReport(withoutProblems('\n\n'))), true);
    assert.equal(usesBlankLines(parseReport('# 标题\n\n导语。\n\n## 一、甲\n\n正文。\n')), true);
  });

  it('knows when a text already ends with a blank line', () => {
    for (const t of ['', 'a\n\n', 'a\r\n\r\n', 'a\r\r', 'a\n \n', '\n']) assert.equal(endsWithBlankLine(t), true, JSON.stringify(t));
    for (const t of ['a', 'a\n', 'a\r\n', 'a\r', 'a\n b']) assert.equal(endsWithBlankLine(t), false, JSON.stringify(t));
  });
});
