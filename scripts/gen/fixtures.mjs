// Writes vscode-tmgrammar-test fixtures: each source line followed by caret assertions placed at the
// UTF-16 column of the quoted substring (CJK characters are one column each).
import { writeFileSync } from 'node:fs';
const C = '%%';
function fixture(scope, description, cases) {
  const out = [`${C} SYNTAX TEST "${scope}" "${description}"`];
  for (const [line, asserts = []] of cases) {
    out.push(line);
    for (const [sub, scopes, nth = 0] of asserts) {
      let at = -1;
      for (let i = 0; i <= nth; i++) at = line.indexOf(sub, at + 1);
      if (at < 0) throw new Error(`${sub} not in ${line}`);
      if (at < C.length + 1) out.push(`${C} <${'~'.repeat(at)}${'-'.repeat(sub.length)} ${scopes}`);
      else out.push(C + ' '.repeat(at - C.length) + '^'.repeat(sub.length) + ' ' + scopes);
    }
  }
  return out.join('\n') + '\n';
}
const P = 'invalid.illegal.placeholder.report';
const md = [
  ['%% Headings: Markdown ATX headings and numbered lines pasted from Word'],
  ['## 一、主要做法和取得成效', [['##', `punctuation.definition.heading.markdown - constant.numeric.heading-number.level-1.report`], ['一、', 'entity.name.section.markdown constant.numeric.heading-number.level-1.report'], ['主要做法和取得成效', 'entity.name.section.level-1.report']]],
  [''],
  ['### （一）强化组织领导', [['（一）', 'constant.numeric.heading-number.level-2.report']]],
  [''],
  ['二、存在的问题', [['二、', 'meta.paragraph.markdown markup.heading.level-1.report constant.numeric.heading-number.level-1.report'], ['存在的问题', 'entity.name.section.level-1.report']]],
  [''],
  ['1.规范行政执法', [['1.', 'constant.numeric.heading-number.level-3.report']]],
  [''],
  ['（1）严格执法程序', [['（1）', 'constant.numeric.heading-number.level-4.report']]],
  [''],
  ['（二）推进依法行政。全年办理行政复议案件12件，全部审结。', [['（二）', 'markup.heading.run-in.level-2.report constant.numeric.heading-number.level-2.report'], ['推进依法行政', 'entity.name.section.level-2.report'], ['全年办理', '- markup.heading.run-in.level-2.report'], ['12', 'meta.figure.report constant.numeric.figure.report'], ['件', 'keyword.other.unit.report', 1]]],
  [''],
  ['收入1.2万元，不是标题', [['1.2万', 'constant.numeric.figure.report - constant.numeric.heading-number.level-3.report']]],
  [''],
  ['%% Placeholders are slots, never bold'],
  ['年内办理答复人大代表建议**件，答复率100%。服务事项**项。', [['**', `meta.paragraph.markdown ${P} - markup.bold.markdown`], ['100%', 'constant.numeric.percentage.report'], ['**', `${P} - markup.bold.markdown`, 1]]],
  [''],
  ['组织专题学习*次，协商议事***件，评选表彰***户。', [['*', `${P} - markup.italic.markdown`], ['***', P], ['***', P, 1]]],
  [''],
  ['**重点工作**件数很多，**件数**多。', [['**', 'markup.bold.markdown - ' + P], ['**', 'markup.bold.markdown punctuation.definition.bold.markdown - ' + P, 1], ['件数', 'markup.bold.markdown - ' + P, 1]]],
  [''],
  ['XX镇×××同志20XX年20__年某某村〇〇镇【待补充：具体做法】TODO', [['XX', P], ['×××', P], ['XX', P, 1], ['__', P], ['某某', P], ['〇〇', P], ['【待补充：具体做法】', P], ['TODO', P]]],
  [''],
  ['二〇〇八年，extra XXL size，统一是', [['〇〇', `- ${P}`], ['XXL', `- ${P}`], ['统一是', '- keyword.other.ordinal.report']]],
  [''],
  ['%% Run-in ordinals, titles, figures'],
  ['一是强化政治担当。二是学习《中华人民共和国宪法》，12部门参加。', [['一是', 'keyword.other.ordinal.report'], ['二是', 'keyword.other.ordinal.report'], ['《', 'string.quoted.other.title.report punctuation.definition.string.begin.report'], ['中华人民共和国宪法', 'string.quoted.other.title.report'], ['》', 'punctuation.definition.string.end.report'], ['12', '- constant.numeric.figure.report']]],
  [''],
  ['%% Not prose: code, comments, link targets, front matter'],
  ['`XX` [XX](http://XX.example) <!-- TODO -->', [['XX', `markup.inline.raw.string.markdown - ${P}`], ['XX', `string.other.link.title.markdown ${P}`, 1], ['XX', `markup.underline.link.markdown - ${P}`, 2], ['TODO', `comment.block.html - ${P}`]]],
  [''],
  ['```'],
  ['一、代码 **件 XX', [['XX', `markup.fenced_code.block.markdown - ${P}`], ['**', `- ${P}`]]],
  ['```'],
  [''],
  ['> - 一是引用列表里的序号', [['一是', 'keyword.other.ordinal.report']]],
];
writeFileSync(process.argv[2] + '/report.test.md', fixture('text.html.markdown', 'report highlighting injected into Markdown', md));
const txt = [
  ['XX镇2022年度述法报告', [['XX', P], ['2022', 'constant.numeric.figure.report'], ['年', 'keyword.other.unit.report']]],
  ['2022年以来，本人积极履行推进法治建设第一责任人职责，现将本人履行推进法治建设第一责任人职责情况报告如下：', [['2022', 'constant.numeric.figure.report']]],
  ['一、主要做法和取得成效', [['一、', 'markup.heading.level-1.report constant.numeric.heading-number.level-1.report'], ['主要做法和取得成效', 'entity.name.section.level-1.report']]],
  ['一是强化政治担当，带头履职尽责。组织开展专题学习*次，丰富学法内容。', [['一是', 'keyword.other.ordinal.report'], ['*', P]]],
  ['二是坚持依法行政。年内办理答复人大代表建议**件，答复率、满意率均达100%。', [['二是', 'keyword.other.ordinal.report'], ['**', P], ['100%', 'constant.numeric.percentage.report']]],
  ['　　三是加强普法宣传。全年协商议事***件，评选“星级文明户”***户。', [['三是', 'keyword.other.ordinal.report'], ['***', P], ['***', P, 1]]],
  ['　　（一）全角缩进的二级标题', [['（一）', 'constant.numeric.heading-number.level-2.report'], ['全角缩进的二级标题', 'entity.name.section.level-2.report']]],
  ['二、存在的问题', [['二、', 'constant.numeric.heading-number.level-1.report']]],
  ['三、下一步打算', [['三、', 'constant.numeric.heading-number.level-1.report']]],
  ['特此报告。'],
  ['×××', [['×××', P]]],
  ['2023年1月5日', [['2023', 'constant.numeric.figure.report'], ['1', 'constant.numeric.figure.report'], ['5', 'constant.numeric.figure.report'], ['日', 'keyword.other.unit.report']]],
];
writeFileSync(process.argv[2] + '/report.test.txt', fixture('text.plain', 'report highlighting injected into plain text', txt));
