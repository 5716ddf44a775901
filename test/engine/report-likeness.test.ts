// Whether a text looks like a report (issue 12: a report open where it is not checked is flagged).
import { strict as assert } from 'node:assert';
import { reportLikeness } from '../../server/src/engine/report-likeness';
import { sampleText } from '../helpers/paths';

describe('report likeness', () => {
  it('recognises the sample 述法报告 by its lead-in and parts', () => {
    const l = reportLikeness(sampleText);
    assert.equal(l?.profile, '述法报告');
    assert.equal(l?.numberedParts, 3);
    assert.equal(l?.placeholders, 8);
  });

  it('takes numbered parts, or placeholders in Chinese text, as a report', () => {
    assert.equal(reportLikeness('一、基本情况\n正文。\n二、下一步\n正文。\n')?.numberedParts, 2);
    assert.equal(reportLikeness('本月共办理案件**件。')?.placeholders, 1);
  });

  it('leaves notes, logs and English TODOs alone', () => {
    for (const t of ['', 'TODO: buy milk\nTBD later', '2024-01-05 12:00:01 INFO started\n2024-01-05 12:00:02 WARN slow', '今天天气很好。\n一、只有一个编号\n', '[section]\nkey=value\n']) {
      assert.equal(reportLikeness(t), null, JSON.stringify(t));
    }
  });

  it('reads only the start of a huge text', () => {
    const t = `${'无关的文字。'.repeat(10_000)}\n一、甲\n二、乙\n`;
    assert.equal(reportLikeness(t), null);
  });
});
