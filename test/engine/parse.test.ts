import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseReport } from '../../server/src/engine/parse/document';

const sample = readFileSync(join(__dirname, '../../samples/shufa-report-2022.txt'), 'utf8');

describe('parser: text pasted from Word (the sample)', () => {
  const doc = parseReport(sample);
  it('finds the three numbered top-level sections as plain heading lines', () => {
    assert.deepEqual(
      doc.sections.map((s) => [s.heading.number, s.heading.style, s.heading.text, s.heading.markdownLevel]),
      [
        [1, 'cn-comma', '主要做法和取得成效', null],
        [2, 'cn-comma', '存在的问题', null],
        [3, 'cn-comma', '下一步打算', null],
      ],
    );
  });
  it('takes the first paragraph as the lead-in and finds no title', () => {
    assert.equal(doc.title, null);
    assert.equal(doc.leadIn.length, 1);
    assert.match(doc.leadIn[0].text, /报告如下：$/);
  });
  it('treats every Word line as a paragraph and reads run-in ordinals', () => {
    assert.deepEqual(
      doc.sections.map((s) => s.paragraphs.map((p) => p.ordinals.map((o) => o.value))),
      [[[1], [2], [3], [4]], [[1, 2, 3]], [[1], [2], [3]]],
    );
  });
  it('keeps offsets into the source text', () => {
    for (const p of doc.paragraphs) assert.equal(sample.slice(p.span.start, p.span.end), p.text);
    for (const h of doc.headings) assert.equal(sample.slice(h.textSpan.start, h.textSpan.end), h.text);
    assert.equal(doc.prose.length, sample.length);
  });
});

describe('parser: Markdown', () => {
  const md = [
    '---',
    'profile: shufa',
    'year: 2023',
    'title: 2023年度述法报告',
    '---',
    '# 2023年度述法报告',
    '',
    '现将本人履行推进法治建设第一责任人职责情况报告如下：',
    '',
    '## 一、主要做法和取得成效',
    '',
    '### （一）强化组织领导',
    '',
    '一是建立制度。二是落实责任。',
    '',
    '### （二）推进依法行政',
    '',
    '```',
    '二、这不是标题',
    '**件',
    '```',
    '',
    '## 二、存在的问题',
    '',
    '问题较多，详见[附件](http://example.com/**件)。<!-- 三、也不是标题 -->',
    '',
  ].join('\n');
  const doc = parseReport(md);
  it('reads front matter', () => {
    assert.equal(doc.frontMatter?.profile, 'shufa');
    assert.equal(doc.frontMatter?.year, 2023);
    assert.equal(doc.title?.text, '2023年度述法报告');
  });
  it('nests （一） under 一、 and ignores code blocks, comments and link targets', () => {
    assert.deepEqual(
      doc.sections.map((s) => [s.heading.text, s.children.map((c) => c.heading.text)]),
      [
        ['主要做法和取得成效', ['强化组织领导', '推进依法行政']],
        ['存在的问题', []],
      ],
    );
    assert.equal(doc.prose.includes('**件'), false, 'code and URLs are blanked from prose');
    assert.equal(doc.prose.includes('三、也不是标题'), false);
    assert.equal(doc.comments.length, 1);
  });
  it('a setext or ATX heading without a number still makes a section', () => {
    const d = parseReport('标题行\n\n导语。\n\n存在的问题\n---------\n\n正文。\n');
    assert.deepEqual(d.sections.map((s) => [s.heading.text, s.heading.level]), [['存在的问题', 0]]);
    assert.equal(d.title?.text, '标题行');
  });
});

describe('parser: headings and paragraphs from Word', () => {
  it('reads 一、 （一） 1. （1） levels, run-in titles, and does not take 1.2万 for a heading', () => {
    const text = [
      '关于2023年度法治政府建设情况的报告',
      '一、主要举措和成效',
      '（一）强化组织领导。区政府常务会议研究法治工作5次。',
      '1.健全制度',
      '（1）完善规则',
      '1.2万人次参加学法考试。',
      '二、存在的不足和原因',
    ].join('\n');
    const doc = parseReport(text);
    assert.equal(doc.title?.text, '关于2023年度法治政府建设情况的报告');
    assert.deepEqual(
      doc.headings.map((h) => [h.level, h.number, h.text, h.runIn]),
      [
        [1, 1, '主要举措和成效', false],
        [2, 1, '强化组织领导', true],
        [3, 1, '健全制度', false],
        [4, 1, '完善规则', false],
        [1, 2, '存在的不足和原因', false],
      ],
    );
    assert.ok(doc.paragraphs.some((p) => p.text.startsWith('1.2万人次')));
  });
  it('joins hard-wrapped Markdown lines into one paragraph but splits Word lines', () => {
    const doc = parseReport('导语。\n本段落被硬换行\n拆成了两行。\n下一段。\n');
    assert.deepEqual(doc.paragraphs.map((p) => p.text), ['导语。', '本段落被硬换行\n拆成了两行。', '下一段。']);
  });
  it('does not read 统一是 as an ordinal', () => {
    const doc = parseReport('标准统一是关键，一是要学，二是要用。');
    assert.deepEqual(doc.paragraphs[0].ordinals.map((o) => o.text), ['一是', '二是']);
  });
  it('handles CRLF, an empty document and a BOM-less single line', () => {
    assert.equal(parseReport('').sections.length, 0);
    const d = parseReport('导语。\r\n一、存在的问题\r\n正文。\r\n');
    assert.equal(d.sections[0].heading.text, '存在的问题');
    assert.equal(d.sections[0].paragraphs[0].text, '正文。');
  });
});
