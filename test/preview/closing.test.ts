// The closing block of the preview (issue 12): the signature and the date on their own lines,
// grouped for right alignment as GB/T 9704 sets them; and an unchecked document says so.
import { strict as assert } from 'node:assert';
import { analyze } from '../../server/src/engine';
import { renderPreviewBody } from '../../server/src/preview/render';

const body = (text: string, extra = {}): string => {
  const r = analyze(text);
  return renderPreviewBody(text, r.findings, { document: r.document, ...extra });
};
/** The visible text of each line of the closing block, or undefined when there is none. */
function closing(html: string): string[] | undefined {
  const block = /<div class="closing"[^>]*>([^]*?)<\/div>/.exec(html)?.[1];
  if (block === undefined) return undefined;
  return [...block.matchAll(/<p class="closing-line" data-line="(\d+)">([^]*?)<\/p>/g)].map((m) => `${m[1]}:${m[2].replace(/<[^>]*>/g, '')}`);
}

describe('preview: the closing block', () => {
  it('sets the signature and the date each on its own line, in one closing block, in Markdown', () => {
    const html = body('# 述法报告\n\n正文。\n\n特此报告。\n\n×××\n2023年1月5日\n');
    assert.deepEqual(closing(html), ['6:×××', '7:2023年1月5日']);
    assert.match(html, /<p data-line="4">特此报告。<\/p>/);
  });

  it('also in text pasted from Word, with a two-line signature and a date still to fill in', () => {
    const html = body('XX镇述法报告\n一、主要做法\n正文。\nXX镇党委\n书记×××\n20XX年X月X日');
    assert.deepEqual(closing(html), ['3:XX镇党委', '4:书记×××', '5:20XX年X月X日']);
  });

  it('is no closing block when the report does not end with a date, or the line above ends a sentence', () => {
    assert.equal(closing(body('正文。\n\n×××\n')), undefined);
    assert.equal(closing(body('我们于2023年1月5日开会。\n')), undefined);
    assert.deepEqual(closing(body('正文写完了。\n2023年1月5日\n')), ['1:2023年1月5日']);
  });
});

describe('preview: an unchecked document', () => {
  it('says it is not checked, never 未发现问题', () => {
    const html = body('一、甲\n二、乙\n', { unchecked: '纯文本检查未打开（设置 reportLint.plaintext）' });
    assert.match(html, /<header class="summary"><span class="count unchecked">未检查：纯文本检查未打开（设置 reportLint.plaintext）<\/span><\/header>/);
    assert.doesNotMatch(html, /未发现问题/);
  });
});
