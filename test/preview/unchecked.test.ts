// An unchecked document's preview says so (issue 12). (The signature block is blocks.ts's, tested with it.)
import { strict as assert } from 'node:assert';
import { analyze } from '../../server/src/engine';
import { renderPreviewBody } from '../../server/src/shared/preview/render';

const body = (text: string, extra = {}): string => {
  const r = analyze(text);
  return renderPreviewBody(text, r.findings, { document: r.document, ...extra });
};
describe('preview: an unchecked document', () => {
  it('says it is not checked, never 未发现问题', () => {
    const html = body('一、甲\n二、乙\n', { unchecked: '纯文本检查未打开（设置 reportLint.plaintext）' });
    assert.match(html, /<header class="summary"><span class="count unchecked">未检查：纯文本检查未打开（设置 reportLint.plaintext）<\/span><\/header>/);
    assert.doesNotMatch(html, /未发现问题/);
  });
});
