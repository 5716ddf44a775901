// Reading .docx files: paragraphs, Word's automatic numbering as the reader sees it, heading
// styles, tables, and what a reader does not see (footnotes, comments, deleted text) left out.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  CommentRangeEnd,
  CommentRangeStart,
  CommentReference,
  DeletedTextRun,
  FootnoteReferenceRun,
  HeadingLevel,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
} from 'docx';
import { analyze } from '../../server/src/engine';
import { Zip, ZipDeflate } from 'fflate';
import { DocxError, readDocx } from '../../server/src/docx/read';
import { root } from '../helpers/paths';
import { buildDocx, numberedHeading } from './helpers';

const lead = new Paragraph('2023年以来，本人认真履行推进法治建设第一责任人职责，现将有关情况报告如下：');

describe('Word in: reading .docx', () => {
  it('renders automatic numbering 一、（一）1.（1） as the reader sees it, levels restarting under a new parent', async () => {
    const docx = await buildDocx([
      new Paragraph({ text: '关于2023年度述法情况的报告', heading: HeadingLevel.TITLE }),
      lead,
      numberedHeading('主要做法', 0),
      numberedHeading('强化学习', 1),
      numberedHeading('集中学习', 2),
      numberedHeading('专题讲座', 3),
      numberedHeading('自学', 2),
      numberedHeading('依法决策', 1),
      numberedHeading('存在的问题', 0),
      numberedHeading('学习不够', 1),
    ]);
    const { text } = readDocx(docx);
    assert.deepEqual(text.split('\n').filter(Boolean), [
      '# 关于2023年度述法情况的报告',
      '2023年以来，本人认真履行推进法治建设第一责任人职责，现将有关情况报告如下：',
      '## 一、主要做法',
      '### （一）强化学习',
      '#### 1.集中学习',
      '##### （1）专题讲座',
      '#### 2.自学',
      '### （二）依法决策',
      '## 二、存在的问题',
      '### （一）学习不够',
    ]);
  });

  it('auto-numbered headings are checked as 一、二、三: in sequence they pass, a restarted list is caught', async () => {
    const inOrder = await buildDocx([lead, numberedHeading('主要做法', 0), new Paragraph('正文。'), numberedHeading('存在的问题', 0), new Paragraph('正文。'), numberedHeading('下一步打算', 0), new Paragraph('正文。')]);
    const result = analyze(readDocx(inOrder).text);
    assert.deepEqual(
      result.document.headings.map((h) => [h.level, h.number, h.text]),
      [[1, 1, '主要做法'], [1, 2, '存在的问题'], [1, 3, '下一步打算']],
    );
    assert.deepEqual(result.findings.filter((f) => f.rule === 'heading-sequence'), []);

    // A second list instance restarting at 1 (what Word does after "restart numbering").
    const restarted = await buildDocx([
      lead,
      numberedHeading('主要做法', 0),
      new Paragraph('正文。'),
      numberedHeading('存在的问题', 0),
      new Paragraph('正文。'),
      new Paragraph({ text: '下一步打算', heading: HeadingLevel.HEADING_1, numbering: { reference: 'report', level: 0, instance: 2 } }),
      new Paragraph('正文。'),
    ]);
    const again = analyze(readDocx(restarted).text);
    assert.deepEqual(again.document.headings.map((h) => h.number), [1, 2, 1]);
    assert.ok(again.findings.some((f) => f.rule === 'heading-sequence'), 'the restarted 一、 is reported');
  });

  it('reads a .docx that LibreOffice made from an .odt with outline numbering (taiwaneseCountingThousand)', () => {
    const { text } = readDocx(readFileSync(join(root, 'test/fixtures/docx/auto-numbered.docx')));
    assert.match(text, /^## 一、主要做法$/m);
    assert.match(text, /^### （一）强化学习$/m);
    assert.match(text, /^#### 1\.集中学习$/m);
    assert.match(text, /^### （二）依法决策$/m);
    assert.match(text, /^## 二、存在的问题$/m);
    assert.match(text, /^## 三、下一步打算$/m);
  });

  it('keeps tables and bold, leaves out footnotes, comments and deleted text, and names each line’s paragraph', async () => {
    const docx = await buildDocx(
      [
        lead,
        new Paragraph({
          children: [
            new TextRun('全年办案'),
            new TextRun({ text: '120件', bold: true }),
            new FootnoteReferenceRun(1),
            new CommentRangeStart(0),
            new TextRun('，结案率'),
            new CommentRangeEnd(0),
            new TextRun({ children: [new CommentReference(0)] }),
            new DeletedTextRun({ text: '删掉的字', id: 1, author: 'a', date: '2024-01-01T00:00:00Z' }),
            new TextRun('98%。'),
          ],
        }),
        new Table({
          rows: [
            new TableRow({ children: [new TableCell({ children: [new Paragraph('项目')] }), new TableCell({ children: [new Paragraph('数量')] })] }),
            new TableRow({ children: [new TableCell({ children: [new Paragraph('培训')] }), new TableCell({ children: [new Paragraph('**次')] })] }),
          ],
        }),
      ],
      {
        footnotes: { 1: { children: [new Paragraph('脚注文字不应出现')] } },
        comments: { children: [{ id: 0, author: 'reviewer', children: [new Paragraph('批注文字不应出现')] }] },
      },
    );
    const r = readDocx(docx);
    assert.equal(r.text, `2023年以来，本人认真履行推进法治建设第一责任人职责，现将有关情况报告如下：\n\n全年办案**120件**，结案率98%。\n\n| 项目 | 数量 |\n| --- | --- |\n| 培训 | **次 |\n`);
    assert.deepEqual(r.paragraphOfLine, [1, 0, 2, 0, 3, 3, 5]);
    assert.equal(r.paragraphCount, 6);
    // The placeholder in the table is found.
    assert.ok(analyze(r.text).findings.some((f) => f.rule === 'placeholder'));
  });

  it('a bold run at the start of a paragraph or holding asterisks is not marked up (it would hide 一是 and placeholders)', async () => {
    const docx = await buildDocx([
      new Paragraph({ children: [new TextRun({ text: '一是强化学习。', bold: true }), new TextRun('组织学习'), new TextRun({ text: '**次', bold: true }), new TextRun('。')] }),
    ]);
    assert.equal(readDocx(docx).text, '一是强化学习。组织学习**次。\n');
  });
});

describe('Word in: bounded reading', () => {
  it('stops inflating at the limit (a zip bomb costs the limit, not its size)', () => {
    const chunks: Uint8Array[] = [];
    const zip = new Zip((err, c) => chunks.push(c));
    const entry = new ZipDeflate('word/document.xml', { level: 1 });
    zip.add(entry);
    const block = new Uint8Array(4 * 1024 * 1024).fill(0x20);
    for (let i = 0; i < 4; i++) entry.push(block, i === 3);
    zip.end();
    const bomb = Buffer.concat(chunks);
    assert.ok(bomb.length < 200_000, `compressed ${bomb.length}`);
    assert.throws(() => readDocx(bomb, { maxDecompressed: 10_000_000 }), (e) => e instanceof DocxError && /解压后超过 10 MB/.test(e.reason));
  });
});
