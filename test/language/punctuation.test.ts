import { strict as assert } from 'node:assert';
import { applyFix } from '../helpers/rule-tester';
import { findingsOf, testLanguageRule } from './helpers';

testLanguageRule('punctuation', {
  valid: [
    { name: 'full-width punctuation', text: '我们坚持学习，不断提高；认真落实：全面推进？是的！好。' },
    { name: 'half-width marks among Latin letters and numbers', text: '使用 LED, GPS 等设备；比例为1.5%，时间为9:30，版本v2.0。' },
    { name: 'an English sentence inside Chinese text', text: '口号是“Law first, always.”。' },
    { name: 'balanced pairs', text: '学习《中华人民共和国宪法》，落实“三重一大”（重大事项）制度。' },
    { name: 'quoted items without 顿号 (GB/T 15834 4.5.3.5)', text: '开展“以案释法”“法律八进”等活动，学习《宪法》《民法典》。' },
    { name: 'a 顿号 after a note between titled items', text: '学习《纲要》（2021年）、《规划》等文件。' },
    { name: '等 as a verb after a comma', text: '先行试点，等条件成熟后推开；你们先走，等待通知。' },
    { name: 'headings without end punctuation, and a question heading', text: '# 述法报告\n\n## 一、主要做法\n\n正文。\n\n## 二、存在什么问题？\n\n正文。\n' },
    { name: 'run-in headings end with a full stop', text: '导语。\n（一）强化组织领导。全面落实责任。\n1.加强学习。认真学习。' },
    { name: 'standard numbering', text: '导语。\n一、主要做法\n（一）组织领导\n1.加强学习\n（1）专题学习' },
    { name: 'list numbers with a half-width bracket', text: '1) 第一项\n2) 第二项' },
    { name: 'a quotation running over paragraphs', text: '他说：“第一段。\n\n“第二段。”' },
    { name: 'code and links are not prose', text: '运行`a,b;c`命令，见[说明](http://x.cn/a,b)。' },
    // GB/T 15834-2011: a comma may stand before 等等 that closes a list of clauses.
    { name: '“……，等等。” closing a list of clauses', text: '推进政务服务“一网通办”，推行“跨省通办”；建设数字政府，等等。各项工作扎实推进，等等，不一而足。' },
    { name: 'allowed by config', text: '品牌名“好,的”。', config: { rules: { punctuation: { options: { allow: ['好,的'] } } } } },
  ],
  invalid: [
    { text: '坚持学习,不断提高。', errors: [{ text: ',', message: '全角逗号' }], output: '坚持学习，不断提高。' },
    // One finding per paragraph: a paste with a half-width mark in every clause is one thing to fix.
    {
      name: 'the half-width marks of a paragraph are one finding with a fix for all of them',
      text: '认真落实;全面推进:是的?好!',
      errors: [{ text: ';', message: '本段有4处半角标点（“;”1处、“:”1处、“?”1处、“!”1处）' }],
      output: '认真落实；全面推进：是的？好！',
    },
    { name: 'a half-width colon at the end of a line', text: '现报告如下:\n正文。', errors: [{ text: ':' }], output: '现报告如下：\n正文。' },
    { name: 'a comma and the space typed after it', text: 'LED显示屏等, 不定期推送。', errors: [{ text: ',' }], output: 'LED显示屏等，不定期推送。' },
    { name: 'a period at the end of a line', text: '全面推进法治建设.\n下一段。', errors: [{ text: '.' }], output: '全面推进法治建设。\n下一段。' },
    { name: 'half-width brackets around Chinese', text: '《纲要(2021—2025年)》', errors: [{ text: '(' }], output: '《纲要（2021—2025年）》' },
    { name: 'a lone half-width closer', text: '《纲要（2021—2025年)》', errors: [{ text: ')' }], output: '《纲要（2021—2025年）》' },
    { name: 'an unclosed quote', text: '按照“三重一大要求办理。', errors: [{ text: '“', message: '不配对' }] },
    { name: 'a closing quote used to open', text: '按照”三重一大”要求。', errors: [{ text: '”', message: '前引号' }], output: '按照“三重一大”要求。' },
    { name: 'an unclosed book-title mark', text: '学习《宪法，提高认识。', errors: [{ text: '《', message: '后书名号' }] },
    { name: 'a stray closing book-title mark', text: '学习宪法》，提高认识。', errors: [{ text: '》' }] },
    { name: 'an unclosed bracket', text: '落实制度（试行，效果良好。', errors: [{ text: '（' }] },
    { text: '学习宪法、民法典、等法律。', errors: [{ text: '、', message: '“等”前面不用“、”' }], output: '学习宪法、民法典等法律。' },
    { text: '开展宣传，等多种形式。', errors: [{ text: '，' }], output: '开展宣传等多种形式。' },
    { name: 'the sample: 顿号 between quoted items', text: '开展“以案释法”、“法律八进”等活动。', errors: [{ text: '、', message: '引号' }], output: '开展“以案释法”“法律八进”等活动。' },
    { text: '学习《宪法》、《民法典》。', errors: [{ text: '、', message: '书名号' }], output: '学习《宪法》《民法典》。' },
    { name: 'a heading ending in a colon', text: '# 述法报告\n\n## 一、主要做法：\n\n正文。\n', errors: [{ text: '：', message: '标题末尾' }], output: '# 述法报告\n\n## 一、主要做法\n\n正文。\n' },
    { name: 'a plain heading ending in a full stop', text: '导语。\n一、主要做法。\n正文内容很多很多。', errors: [{ text: '。' }], output: '导语。\n一、主要做法\n正文内容很多很多。' },
    { name: '（一）、', text: '导语。\n（一）、组织领导\n正文。', errors: [{ text: '、', message: '（一）' }], output: '导语。\n（一）组织领导\n正文。' },
    { name: '1、 headings', text: '导语。\n1、加强学习\n正文。\n2、严格执法\n正文。', errors: [{ text: '、', message: '1.' }, { text: '、' }], output: '导语。\n1.加强学习\n正文。\n2、严格执法\n正文。' },
    { name: '一. headings', text: '一.主要做法\n正文内容。', errors: [{ text: '.', message: '一、' }], output: '一、主要做法\n正文内容。' },
  ],
});

describe('punctuation: severities and interplay', () => {
  it('style points the standard only discourages are hints, errors of form are warnings', () => {
    const text = '导语。\n1、加强学习\n开展“甲”、“乙”活动,好。';
    const fs = findingsOf('punctuation', text);
    assert.deepEqual(
      fs.map((f) => `${text.slice(f.span.start, f.span.end)} ${f.severity}`),
      ['、 hint', '、 hint', ', warning'],
    );
  });
  it('a 700-character paste from an English input method: one finding per paragraph, a paragraph fix and a document fix', () => {
    const clause = '深入学习贯彻习近平法治思想,严格落实述法制度;完善工作机制:推进依法行政,';
    const para = (n: number) => `${clause.repeat(n)}全面提升法治水平.`;
    const text = `2023年度述法报告\n\n${para(7)}\n\n${para(5)}\n\n${para(6)}\n`;
    assert.ok(text.length > 700);
    const fs = findingsOf('punctuation', text);
    assert.equal(fs.length, 3);
    for (const f of fs) {
      assert.match(f.message, /^本段有\d+处半角标点/);
      assert.equal(f.fixes?.[0].preferred, true);
      assert.match(f.fixes?.[1].title ?? '', /全文的\d+处/);
      assert.ok((f.related?.length ?? 0) > 10);
    }
    const whole = applyFix(text, fs[0].fixes![1]);
    assert.deepEqual(findingsOf('punctuation', whole), []);
    const first = applyFix(text, fs[0].fixes![0]);
    assert.equal(findingsOf('punctuation', first).length, 2);
  });
  it('puts the paragraph finding on its first mark after emoji and CJK (UTF-16 offsets)', () => {
    const text = '标题\n😀👍🏻认真落实;全面推进:好。';
    const [f] = findingsOf('punctuation', text);
    assert.deepEqual(f.span, { start: 13, end: 14 });
    assert.deepEqual(f.related?.map((r) => r.span), [{ start: 18, end: 19 }]);
  });
  it('leaves 1、 to heading-sequence when the document mixes 1. and 1、', () => {
    const text = '导语。\n1.加强学习\n正文。\n2、严格执法\n正文。';
    assert.deepEqual(findingsOf('punctuation', text), []);
  });
  it('stops at 1000 findings on hostile input (its time is measured in test/perf)', () => {
    const text = `${'“'.repeat(100_000)}${'(甲'.repeat(50_000)}${'、等'.repeat(50_000)}\n${'》、《'.repeat(30_000)}`;
    const fs = findingsOf('punctuation', text);
    assert.equal(fs.length, 1000);
    assert.equal(fs[0].span.start, 1); // in text order: the first wrong quote
  });
});
