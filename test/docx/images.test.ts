// Pictures in a .docx: the import carries them over as files plus ![](…) at their place; the
// check path leaves them out, so findings and paragraph numbers do not move.
import assert from 'node:assert/strict';
import { ImageRun, Paragraph, TextRun } from 'docx';
import { analyze } from '../../server/src/engine';
import { DocxError, readDocx } from '../../server/src/docx/read';
import { buildDocx, numberedHeading } from './helpers';

// Two different 1×1 PNGs (a red and a blue pixel), so each picture's bytes can be told apart.
const RED = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==', 'base64');
const BLUE = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPj/HwADBwIAMCbHYQAAAABJRU5ErkJggg==', 'base64');

function picture(data: Buffer, description?: string): ImageRun {
  return new ImageRun({ type: 'png', data, transformation: { width: 40, height: 40 }, altText: description ? { name: 'pic', description, title: description } : undefined });
}

async function reportWithPictures(): Promise<Uint8Array> {
  return buildDocx([
    new Paragraph('2023年以来，本人认真履行推进法治建设第一责任人职责，现将有关情况报告如下：'),
    numberedHeading('主要做法', 0),
    new Paragraph({ children: [picture(RED, '学习会现场')] }),
    new Paragraph({ children: [new TextRun('全年组织学习'), picture(BLUE), new TextRun('**次。')] }),
    numberedHeading('存在的问题', 0),
    new Paragraph('正文。'),
  ]);
}

describe('Word in: pictures', () => {
  it('the import links each picture at its place and returns its bytes under a safe, unique name', async () => {
    const report = readDocx(await reportWithPictures(), { imageDir: '报告 2023.assets' });
    const lines = report.text.split('\n').filter(Boolean);
    assert.equal(report.images.length, 2);
    const [red, blue] = report.images;
    assert.ok(red && blue);
    assert.notEqual(red.name, blue.name);
    for (const { name } of report.images) assert.match(name, /^[A-Za-z0-9._-]+\.png$/);
    assert.deepEqual(Buffer.from(red.bytes), RED);
    assert.deepEqual(Buffer.from(blue.bytes), BLUE);
    // A folder name with a space is written as an <…> destination, which Markdown accepts.
    assert.deepEqual(lines.slice(1), [
      '## 一、主要做法',
      `![学习会现场](<报告 2023.assets/${red.name}>)`,
      `全年组织学习![](<报告 2023.assets/${blue.name}>)**次。`,
      '## 二、存在的问题',
      '正文。',
    ]);
    // The picture lines keep their Word paragraphs.
    assert.equal(report.paragraphOfLine[report.text.split('\n').indexOf(lines[2] ?? '')], 3);
  });

  it('the Markdown parses the links as images', async () => {
    const report = readDocx(await reportWithPictures(), { imageDir: 'r.assets' });
    const MarkdownIt = (await import('markdown-it')).default;
    const html = new MarkdownIt().render(report.text);
    for (const { name } of report.images) assert.match(html, new RegExp(`<img src="r\\.assets/${name.replace(/\./g, '\\.')}"`));
  });

  it('the check path leaves pictures out: same text, findings and paragraph numbers as without them', async () => {
    const withPictures = readDocx(await reportWithPictures());
    assert.deepEqual(withPictures.images, []);
    assert.doesNotMatch(withPictures.text, /!\[/);
    const withoutPictures = readDocx(
      await buildDocx([
        new Paragraph('2023年以来，本人认真履行推进法治建设第一责任人职责，现将有关情况报告如下：'),
        numberedHeading('主要做法', 0),
        new Paragraph(''),
        new Paragraph({ children: [new TextRun('全年组织学习'), new TextRun('**次。')] }),
        numberedHeading('存在的问题', 0),
        new Paragraph('正文。'),
      ]),
    );
    assert.equal(withPictures.text, withoutPictures.text);
    assert.deepEqual(withPictures.paragraphOfLine, withoutPictures.paragraphOfLine);
    const findings = (text: string) => analyze(text).findings.map((f) => [f.rule, JSON.stringify(f.span), f.message]);
    assert.deepEqual(findings(withPictures.text), findings(withoutPictures.text));
    assert.ok(findings(withPictures.text).some(([rule]) => rule === 'placeholder'));
  });

  it('pictures count against the decompression bound', async () => {
    const big = Buffer.concat([RED, Buffer.alloc(3_000_000)]); // compresses to almost nothing
    const docx = await buildDocx([new Paragraph({ children: [picture(big)] })]);
    assert.doesNotThrow(() => readDocx(docx, { maxDecompressed: 1_000_000 }));
    assert.throws(() => readDocx(docx, { maxDecompressed: 1_000_000, imageDir: 'x' }), DocxError);
  });
});
