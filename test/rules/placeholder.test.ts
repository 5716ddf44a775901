import { strict as assert } from 'node:assert';
import { analyze, offsetToPosition } from '../../server/src/engine';
import { testRule } from '../helpers/rule-tester';

testRule('placeholder', {
  valid: [
    { name: 'Markdown emphasis is not a placeholder', text: '要抓住**重点**，突出*强调*，做到***三个坚持***。' },
    { name: 'bold numbers and emphasis before a measure word', text: '共办理**12件**，**重点**项目推进顺利。' },
    { name: 'emphasis that starts with a unit character', text: '统计了**件数**和**人次**。' },
    { name: 'a list bullet and a horizontal rule', text: '* 第一项\n\n***\n\n- 第二项' },
    { name: 'Chinese-numeral years use 〇', text: '二〇〇八年以来，二〇二二年度' },
    { name: 'snake_case and multiplication', text: '变量 file_name 与 a*b 不算。' },
    { name: 'code, inline code and link targets are not prose', text: '见`**件`和[链接](http://x/**件)。\n\n```\n***户\n```\n' },
    { name: 'single 某 and X in words', text: '某些单位、XML 文件、Xbox 不算。' },
    { name: 'filled figures', text: '办理答复人大代表建议12件，答复率、满意率均达100%。' },
    // Real report shapes that are not slots.
    { name: 'a footnote mark after a figure or a word', text: '全年完成投资12.5亿元*，其中预计数*。\n*注：带*号的为预计数。', config: { format: 'text' } },
    { name: 'a footnote line in Markdown', text: '完成投资12.5亿元*。\n\n*为预计数。' },
    { name: 'names masked on purpose in a case summary', text: '依法办理王某某、张××、李**、赵XX诉某镇政府行政协议纠纷案。', config: { format: 'text' } },
    { name: 'X in words, X-rays and model names', text: '配备X光安检机2台、X射线检测仪1台，采购Xbox 1台。' },
    { name: 'x as multiplication and a lone x', text: '规格为3x4米，面积x平方米不算单个小写。' },
    // Empty slots are read only where they are never right (a unit begins words after a comma).
    { name: 'a unit that begins a word after a comma is no empty slot', text: '帮扶困难户20户，户均增收3000元；落实重点工程8项，项目总投资5亿元；受理12件，件件有回音。' },
    { name: 'a space before a word, not before a bare unit', text: '2024 年共办理案件 12 件，次日 办结。' },
    { name: 'snake_case and file names in plain text', text: '上传文件 report_2023.docx 与 __init__ 不算。', config: { format: 'text' } },
  ],
  invalid: [
    { text: '组织专题学习*次，丰富学法内容。', errors: [{ text: '*', message: '未填写的占位符“*次”：请把“*”替换为实际数字' }] },
    { name: 'CommonMark would read this as bold; we read two slots', text: '梳理编制服务事项**项，村级服务事项**项，实现网上可办。', errors: [{ text: '**' }, { text: '**' }] },
    { text: '评选表彰先进典型***户，有效处置矛盾纠纷***件。', errors: [{ text: '***' }, { text: '***' }] },
    { text: '完成率达***%。', errors: [{ text: '***' }] },
    { text: '20XX年以来，XX镇在×××同志带领下，某某村完成〇〇项任务。', errors: [{ text: 'XX' }, { text: 'XX' }, { text: '×××' }, { text: '某某' }, { text: '〇〇' }] },
    { text: '20__年共举办__场次，【待补充】，TODO 核实。', errors: [{ text: '__' }, { text: '__' }, { text: '【待补充】' }, { text: 'TODO' }] },
    { name: 'a slot after real emphasis on the same line', text: '**重点**工作完成**件。', errors: [{ text: '**', message: '“**件”' }] },
    { name: 'in a heading', text: '导语。\n## 一、20**年主要做法\n', errors: [{ text: '**' }] },
    { name: 'full-width stars', text: '办理＊＊件。', errors: [{ text: '＊＊' }] },
    // Slots from real drafts that were missed before.
    { name: 'a name slot before 区 and 街道, and the figure slot after it', text: '*区*街道组织学法*次。', errors: [{ text: '*' }, { text: '*' }, { text: '*' }] },
    { name: 'a name slot does not swallow the next slot on the line (Markdown)', text: '*街道办理信访事项*件。', errors: [{ text: '*' }, { text: '*' }] },
    { name: '余 and 多 after the slot', text: '开展普法宣传*余次，覆盖企业**多家。', errors: [{ text: '*', message: '“*余次”' }, { text: '**' }] },
    { name: 'single underscores and a name slot', text: '新修道路近_公里，__镇完成改造。', errors: [{ text: '_' }, { text: '__' }] },
    { name: 'a single X beside digits or before a unit', text: '增长21.X%，人均X112元，投资X00万元，用时X个月，X县X镇。', errors: [{ text: 'X' }, { text: 'X' }, { text: 'X' }, { text: 'X' }, { text: 'X' }, { text: 'X' }] },
    { name: 'plain text: *…* is never emphasis', text: '组织*重点*宣传，召开会议*场。', config: { format: 'text' }, errors: [{ text: '*' }, { text: '*' }, { text: '*' }] },
    { name: 'Markdown: the same line reads *重点* as emphasis', text: '组织*重点*宣传，召开会议*场。', errors: [{ text: '*' }] },
    { name: 'X.X is one slot', text: '生产总值X.X亿元、增长XX.X%。', errors: [{ text: 'X.X', message: '“X.X亿”' }, { text: 'XX.X' }] },
    { name: 'a slot before 小学 asks for content, before 公里 for a figure', text: '到_小学任职，修路_公里。', config: { format: 'text' }, errors: [{ text: '_', message: '未填写的占位符“_”：请填入实际内容' }, { text: '_', message: '“_公里”：请把“_”替换为实际数字' }] },
    { name: 'a name slot says a name is missing', text: '*区严格落实。', config: { format: 'text' }, errors: [{ text: '*', message: '未填写的占位符“*区”：请把“*”替换为实际名称' }] },
    { name: 'an empty slot: a space where the number was (real 述法报告, 2024)', text: '全镇未发生领导干部干预案件情况，涉法涉诉信访 件。', config: { format: 'text' }, errors: [{ text: ' 件', message: '“件”前缺少数字（“涉诉信访 件。”）：请补上实际数字' }] },
    { name: 'an empty slot: the unit again with no number', text: '共有行政应诉案件2件，件案件分别是：', errors: [{ text: '件', message: '“件”前缺少数字' }] },
    { name: 'a masked surname before a unit is still a slot', text: '王**件，×××同志，张××同志。', errors: [{ text: '**' }, { text: '×××' }, { text: '××' }] },
  ],
});

describe('placeholder: positions in UTF-16 on lines with CJK and emoji', () => {
  it('puts a single-X slot and a name slot after an emoji, in plain text', () => {
    const text = '标题\n👍🏻*街道增长21.X%';
    const result = analyze(text, { config: { format: 'text' } });
    const spans = result.findings.filter((x) => x.rule === 'placeholder').map((f) => [offsetToPosition(result.document.lineStarts, f.span.start), text.slice(f.span.start, f.span.end)]);
    // 👍🏻 is four UTF-16 units (a surrogate pair and a skin-tone modifier pair).
    assert.deepEqual(spans, [
      [{ line: 1, character: 4 }, '*'],
      [{ line: 1, character: 12 }, 'X'],
    ]);
  });
  it('puts the range exactly on the slot after an emoji', () => {
    const text = '第一行\n😀办理建议**件，答复率100%。';
    const [f] = analyze(text).findings.filter((x) => x.rule === 'placeholder');
    const lineStarts = analyze(text).document.lineStarts;
    assert.deepEqual(offsetToPosition(lineStarts, f.span.start), { line: 1, character: 6 }); // 😀 is two UTF-16 units
    assert.deepEqual(offsetToPosition(lineStarts, f.span.end), { line: 1, character: 8 });
  });
});
