// fast-check arbitraries for the fuzz suites: raw Unicode with the characters that break text
// handling, and whole reports built from a grammar of the pieces real reports are made of.
import fc from 'fast-check';

// ---------------------------------------------------------------------------------------------
// Raw text

const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c));
const combining = fc.integer({ min: 0x0300, max: 0x036f }).map((c) => String.fromCharCode(c));
const emoji = fc.constantFrom('😀', '👍🏽', '👨‍👩‍👧', '🇨🇳', '❤️', '𠀀', '𪚥', '\u{1F600}\u0301');
const lineBreak = fc.constantFrom('\n', '\r\n', '\r', '\u2028', '\u0085');
const special = fc.constantFrom('\uFEFF', '\0', '\t', '\u3000', '\u200B', '\u00A0', '\uFFFD', '\uFFFF', '\u202E');
/** Characters that mean something to the parser or the rules. */
const markup = fc.constantFrom(
  '一', '二', '三', '四', '十', '是', '、', '（', '）', '(', ')', '。', '，', '；', '：', '“', '”', '《', '》', '【', '】',
  '*', '**', '_', '#', '## ', '> ', '- ', '1. ', '`', '```', '~~~', '<!--', '-->', '---', '|', '[', ']', '](', '<', '>',
  '1', '12', '2022', '2023', '年', '件', '次', '%', '率', '其中', '共', '万元', 'XX', '×××', '某某', '〇〇', '待补充',
);
const cjk = fc.integer({ min: 0x4e00, max: 0x9fff }).map((c) => String.fromCharCode(c));
const anyCodePoint = fc.string({ unit: 'binary', minLength: 1, maxLength: 1 });

const unit = fc.oneof(
  { arbitrary: markup, weight: 6 },
  { arbitrary: cjk, weight: 4 },
  { arbitrary: lineBreak, weight: 2 },
  { arbitrary: anyCodePoint, weight: 2 },
  { arbitrary: loneSurrogate, weight: 1 },
  { arbitrary: combining, weight: 1 },
  { arbitrary: emoji, weight: 1 },
  { arbitrary: special, weight: 1 },
);

/** Arbitrary Unicode, weighted towards surrogate halves, BOM, NUL, mixed line breaks and report markup. */
export const hostileText = (maxLength = 400): fc.Arbitrary<string> => fc.string({ unit, maxLength, size: 'max' });

// ---------------------------------------------------------------------------------------------
// Reports from a grammar

const CN = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二'];
const cnNumber = fc.integer({ min: 1, max: 12 }).map((n) => CN[n - 1]);
const smallNumber = fc.integer({ min: 1, max: 12 });
const year = fc.integer({ min: 2015, max: 2030 });

const words = fc.constantFrom(
  '强化组织领导', '推进依法行政', '严格规范公正文明执法', '加强法治宣传教育', '本人认真履行推进法治建设第一责任人职责',
  '主要做法和取得成效', '存在的问题', '下一步打算', '下一步工作计划', '履职情况', '法治思维有待加强', '学法用法',
  '办理人大代表建议', '受理信访事项', '办结信访事项', '排查矛盾纠纷', '行政复议案件', '政务服务事项', '其他事项',
  '召开常务会议研究法治工作', '组织专题学习', '开展普法活动', '公开政府信息', '应公开信息',
);
const unitWord = fc.constantFrom('件', '次', '项', '户', '人', '名', '个', '场', '家', '起', '条', '万元', '亿元', '元', '%', '％', '个百分点', '万人次', '年', '月', '部门');
const numberText = fc.oneof(
  fc.integer({ min: 0, max: 99999 }).map(String),
  fc.integer({ min: 1000, max: 9999999 }).map((n) => n.toLocaleString('en-US')),
  fc.tuple(fc.integer({ min: 0, max: 999 }), fc.integer({ min: 0, max: 99 })).map(([a, b]) => `${a}.${b}`),
  fc.constantFrom('１２', '３，５００', '1.2万', '三', '一百二十', '两千', '二〇二二', '三四', '1,1,1,1', '2022.8.26'),
);
const figure = fc.tuple(
  fc.option(fc.constantFrom('共', '累计', '其中', '近', '约', '分别', '2022年'), { nil: '', freq: 3 }),
  words,
  fc.oneof({ arbitrary: fc.integer({ min: 1, max: 60 }).map(String), weight: 3 }, numberText),
  fc.oneof({ arbitrary: fc.constantFrom('件', '次', '项'), weight: 3 }, unitWord),
  fc.option(fc.constantFrom('左右', '余', '以上', '同比增长'), { nil: '', freq: 4 }),
).map(([pre, w, n, u, post]) => `${pre}${w}${n}${u}${post}`);
const n60 = fc.integer({ min: 0, max: 60 });
/** Sentences the figure rules read: totals with parts, rates with their counts, a stated quantity. */
const figureSentence = fc.oneof(
  fc.tuple(words, n60, n60, n60, n60).map(([w, t, a, b, c]) => `共${w}${t}件，其中${w}${a}件、${w}${b}件、其他${c}件。`),
  fc.tuple(n60, n60, n60, n60).map(([t, a, b, c]) => `共梳理政务服务事项${t}项，行政许可事项${a}项，公共服务事项${b}项，其他事项${c}项。`),
  fc.tuple(n60, n60, fc.integer({ min: 0, max: 130 })).map(([a, b, r]) => `受理信访事项${a}件，办结${b}件，办结率${r}%。`),
  fc.tuple(n60, n60, fc.integer({ min: 0, max: 130 })).map(([a, b, r]) => `应公开信息${a}条，已公开${b}条，公开率${r}%。`),
  fc.tuple(fc.constantFrom('办理人大代表建议', '办理政协委员提案', '审核规范性文件'), n60).map(([w, n]) => `${w}${n}件。`),
);
/** Wrong wordings from the built-in term pack, and numbers written against GB/T 15835. */
const wording = fc.constantFrom('抗牢', '布署', '截止目前', '急待', '做出决定', '交待', '其它', '检查院', '22年', '2022.8.26', '三、四次', '5～10万人', '二0二二年', '近100多人', '至少20人以上', '减少2倍', "，，", '。。', '"引号"', '(括号)', 'abc，def');
const rate = fc.tuple(fc.constantFrom('办结率', '满意率', '公开率', '完成率', '增长率', '占比'), numberText).map(([r, n]) => `${r}${n}%`);
const placeholder = fc.constantFrom('*次', '**件', '***户', '×××', 'XX镇', '20XX年', '__', '某某', '〇〇', '【待补充】', 'TODO', '**', '*', '＊＊件', '[待填写]');
const emphasis = fc.tuple(fc.constantFrom('**', '*', '__', '_', '***'), words).map(([m, w]) => `${m}${w}${m}`);
const yearMention = fc.tuple(year, fc.constantFrom('年以来', '年', '年度', '年上半年', '年，', '—2025年', '年底')).map(([y, s]) => `${y}${s}`);
const inlineMarkup = fc.constantFrom('`code`', '[链接](http://example.com "t")', '<span>', 'http://a.cn/x', '<!-- 注释 -->', '<!-- report-lint-disable-line -->', '<!-- report-lint-disable placeholder -->', '<!-- report-lint-enable -->', '<!--', '《2023年工作方案》', '（2021年）');
const punct = fc.constantFrom('。', '，', '；', '：', '、', '！', '？', '…', '', ' ', '\u3000');

const clause = fc.oneof(
  { arbitrary: words, weight: 4 },
  { arbitrary: figure, weight: 4 },
  { arbitrary: rate, weight: 2 },
  { arbitrary: placeholder, weight: 2 },
  { arbitrary: emphasis, weight: 1 },
  { arbitrary: yearMention, weight: 2 },
  { arbitrary: inlineMarkup, weight: 1 },
  { arbitrary: cnNumber.map((n) => `${n}是`), weight: 3 },
  { arbitrary: wording, weight: 2 },
);
const sentence = fc.array(fc.tuple(clause, punct).map(([c, p]) => c + p), { minLength: 1, maxLength: 6 }).map((cs) => cs.join(''));
const paragraph = fc.array(fc.oneof({ arbitrary: sentence, weight: 3 }, figureSentence), { minLength: 1, maxLength: 4 }).map((ss) => ss.join(''));

const headingMarker = fc.oneof(
  cnNumber.map((n) => `${n}、`),
  cnNumber.map((n) => `（${n}）`),
  smallNumber.map((n) => `${n}.`),
  smallNumber.map((n) => `${n}、`),
  smallNumber.map((n) => `（${n}）`),
  fc.constant(''),
);
const heading = fc.tuple(fc.constantFrom('', '', '# ', '## ', '### ', '#### ', '    '), headingMarker, words, fc.option(sentence, { nil: '' }))
  .map(([hashes, marker, w, rest]) => `${hashes}${marker}${w}${rest ? '。' + rest : ''}`);

/** Lines of a block; each line gets its own line break later. */
const block: fc.Arbitrary<readonly string[]> = fc.oneof(
  { arbitrary: heading.map((h) => [h]), weight: 4 },
  { arbitrary: paragraph.map((p) => [p]), weight: 6 },
  { arbitrary: fc.array(sentence, { minLength: 2, maxLength: 3 }), weight: 1 }, // wrapped lines
  { arbitrary: fc.array(paragraph.map((p) => `- ${p}`), { minLength: 1, maxLength: 3 }), weight: 1 },
  { arbitrary: fc.array(paragraph.map((p) => `1. ${p}`), { minLength: 1, maxLength: 3 }), weight: 1 },
  { arbitrary: fc.tuple(fc.integer({ min: 1, max: 6 }), paragraph).map(([d, p]) => [`${'> '.repeat(d)}${p}`]), weight: 1 },
  { arbitrary: fc.tuple(fc.constantFrom('```', '~~~', '```js'), paragraph, fc.boolean()).map(([f, p, closed]) => (closed ? [f, p, f.slice(0, 3)] : [f, p])), weight: 1 },
  { arbitrary: fc.tuple(paragraph, fc.boolean()).map(([p, closed]) => (closed ? ['<!--', p, '-->'] : ['<!--', p])), weight: 1 },
  { arbitrary: fc.constantFrom(['<!-- report-lint-disable-next-line -->'], ['<!-- report-lint-disable-file placeholder -->'], ['<!-- report-lint-disable heading-sequence, ordinal-sequence -->']), weight: 1 },
  { arbitrary: fc.tuple(figure, figure).map(([a, b]) => ['| 项目 | 数量 |', '| --- | --- |', `| ${a} | ${b} |`]), weight: 1 },
  { arbitrary: fc.constantFrom(['---'], ['***'], ['==='], ['']), weight: 1 },
);

const frontMatter = fc.tuple(
  fc.option(fc.constantFrom('shufa', 'fazhi-zhengfu', 'shuzhi', 'gongzuo-zongjie', 'generic', 'unknown-kind')),
  fc.option(year),
  fc.option(words),
  fc.constantFrom('---', '...', ''), // '' leaves the block open
  fc.boolean(), // broken YAML
).map(([profile, y, title, close, broken]) => {
  const lines = ['---'];
  if (profile !== null) lines.push(`profile: ${profile}`);
  if (y !== null) lines.push(`year: ${y}`);
  if (title !== null) lines.push(`title: ${title}`);
  if (broken) lines.push('key: [unclosed', '  - : :');
  if (close) lines.push(close);
  return lines;
});
const title = fc.tuple(fc.constantFrom('', '# '), year, fc.constantFrom('年度述法报告', '年法治政府建设年度报告', '年度个人述职报告', '年度工作总结', '年度报告'))
  .map(([h, y, t]) => [`${h}关于${y}${t}`]);
const eol = fc.constantFrom('\n', '\n', '\n', '\r\n', '\r\n', '\r', '\n\n', '\r\n\r\n');

/** A whole report: optional front matter and title, then blocks; line breaks mixed at random. */
export const report: fc.Arbitrary<string> = fc
  .tuple(fc.option(frontMatter), fc.option(title), fc.array(block, { maxLength: 24 }), fc.boolean())
  .chain(([fm, t, blocks, blankLines]) => {
    const lines = [...(fm ?? []), ...(t ?? []), ...blocks.flatMap((b) => (blankLines ? [...b, ''] : b))];
    return fc.array(eol, { minLength: lines.length, maxLength: lines.length }).map((eols) => lines.map((l, i) => l + eols[i]).join(''));
  });

/** A report with hostile characters spliced in at random places. */
export const damagedReport: fc.Arbitrary<string> = fc
  .tuple(report, fc.array(fc.tuple(fc.nat(), hostileText(8)), { maxLength: 6 }))
  .map(([text, cuts]) => {
    let out = text;
    for (const [at, piece] of cuts) {
      const i = out.length === 0 ? 0 : at % (out.length + 1);
      out = out.slice(0, i) + piece + out.slice(i);
    }
    return out;
  });
