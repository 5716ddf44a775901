// Generates syntaxes/report.injection.tmLanguage.json (kept readable: one regex per rule).
import { writeFileSync } from 'node:fs';

const out = process.argv[2];
// Characters after a number that make a star/underscore run a figure slot (engine: text/placeholders.ts AFTER_NUMBER).
const SLOT_UNIT = '次件项户人名个场家起条元万亿千百%％‰倍天年月日期批所处套台辆本份篇部宗例座间亩米吨号届轮页位支只组队岁角分股';
const U = `[${SLOT_UNIT}]`;
const PUNCT = '，。；、：,;:！？!?';
// Units after a figure (engine: text/units.ts), longest first.
const UNITS = [
  '个百分点', '万人次', '平方米', '亿元', '万元', '千元', '万人', '万户', '万件', '件次', '人次', '户次', '场次', '批次',
  '课时', '学时', '小时', '分钟', '公里', '千米', '公顷',
  ...'元 件 项 次 户 人 名 个 位 场 家 起 条 批 期 篇 份 本 册 所 座 处 类 部 台 辆 套 支 队 间 张 幅 块 宗 笔 轮 届 节 堂 封 例 单 栋 村 镇 亩 吨 米 天 岁 倍 月 日 号 年'.split(' '),
];
// Words that start with a unit character but are nouns ("12部门"): no unit there (engine: NOT_UNITS).
const NOT_UNITS = '部门 部署 项目 人员 人民 人口 家庭 家长 名单 名称 条例 条件 期间 类型 处理 处置 场所 本人 本年 本级 户籍 所有 台账 次日 单位 个人 件事 年轻 月度 日常 天然 号召 村民 村级 镇村 米面 批示 节点 例会 位于 支持 队伍 座谈 册子 篇章 届时 间隔 块状 起草 起点 笔录 份额'.split(' ');

// A small Chinese numeral 1–99 as in 一、 十二、 二十是.
const CN = '(?:[二三四五六七八九]?十[一二三四五六七八九]?|[一二三四五六七八九])';
// Start of a line's content: indentation (incl. U+3000), quote marks, list bullets, ATX heading marks.
// Only at a line's start: ^ (plain text), \G (right after Markdown opened a paragraph, also in
// quotes and lists), or after an ATX heading's marks (inside the heading's re-tokenized text).
// The look-ahead on the first character comes first so the look-behind runs only where a marker
// could start: a look-behind at every position makes each scan of a long line slow.
const lineStart = (first) => `(?=[ \\t\\x{3000}${first}])(?:^|\\G|(?<=^[ ]{0,3}#{1,6}[ \\t]{1,4}))[ \\t\\x{3000}]*`;
const SENTENCE_END = '。！？!?；;';

const levels = [
  { level: 1, first: '一二三四五六七八九十', marker: `${CN}、` },
  { level: 2, first: '（(', marker: `[（(]${CN}[）)]` },
  { level: 3, first: '0-9', marker: '[0-9]{1,2}(?:[.．](?![0-9０-９])|、)' },
  { level: 4, first: '（(', marker: '[（(][0-9]{1,2}[）)]' },
];

const headingRules = [];
for (const { level, first, marker } of levels) {
  const n = `level-${level}`;
  const LINE_START = lineStart(first);
  // Standalone heading: the marker and a short title ending the line ("一、主要做法和取得成效").
  headingRules.push({
    name: `markup.heading.${n}.report`,
    match: `${LINE_START}(${marker})[ \\t\\x{3000}]*([^\\r\\n${SENTENCE_END}]{1,40}?)([${SENTENCE_END}：:，,]?)[ \\t\\x{3000}]*$`,
    captures: {
      1: { name: `constant.numeric.heading-number.${n}.report` },
      2: { name: `entity.name.section.${n}.report`, patterns: [{ include: '#inline' }] },
      3: { name: `punctuation.terminator.heading.report` },
    },
  });
  // Run-in heading: the title is the first sentence ("（一）强化组织领导。正文……").
  headingRules.push({
    name: `markup.heading.run-in.${n}.report`,
    match: `${LINE_START}(${marker})[ \\t\\x{3000}]*([^\\r\\n${SENTENCE_END}]{1,40}?)([${SENTENCE_END}])(?=.)`,
    captures: {
      1: { name: `constant.numeric.heading-number.${n}.report` },
      2: { name: `entity.name.section.${n}.report`, patterns: [{ include: '#inline' }] },
      3: { name: `punctuation.terminator.heading.report` },
    },
  });
  // Any other numbered line: the number alone.
  headingRules.push({ name: `constant.numeric.heading-number.${n}.report`, match: `${LINE_START}${marker}` });
}

const NOT_PUNCT_OR_SPACE = `[^\\s${PUNCT}]`;
const grammar = {
  $schema: 'https://raw.githubusercontent.com/martinring/tmlanguage/master/tmlanguage.json',
  name: 'report-lint report highlighting',
  scopeName: 'text.report.injection',
  comment:
    'Injected into Markdown and plain text. Scopes end in .report so themes and users can target them. Placeholder shapes follow server/src/engine/text/placeholders.ts, units server/src/engine/text/units.ts, heading numbers GB/T 9704-2012 §7.3.3.',
  injectionSelector: [
    // In Markdown prose these patterns win ties with Markdown's own (so "建议**件，…**项" is two slots, not bold) …
    'L:text.html.markdown meta.paragraph.markdown -markup.bold -markup.italic -markup.inline.raw -comment -markup.underline.link -string.other.link.destination',
    'L:text.html.markdown markup.heading.markdown -markup.bold -markup.italic -markup.inline.raw -comment',
    // … elsewhere (inside bold, or text no Markdown rule claims) Markdown's own rules win ties.
    'text.html.markdown -markup.fenced_code -markup.raw -markup.inline.raw -comment -meta.embedded -markup.underline.link -string.other.link.destination -meta.link.reference.def -meta.tag -meta.separator -source',
    'L:text.plain',
  ].join(', '),
  patterns: [{ include: '#placeholders' }, { include: '#headings' }, { include: '#inline-rest' }],
  repository: {
    inline: { patterns: [{ include: '#placeholders' }, { include: '#inline-rest' }] },
    'inline-rest': { patterns: [{ include: '#ordinals' }, { include: '#titles' }, { include: '#percentages' }, { include: '#figures' }] },
    placeholders: {
      comment: 'Unfilled template slots, as the placeholder rule finds them.',
      patterns: [
        {
          comment: '【待补充】, [TODO: …], （待定）',
          name: 'invalid.illegal.placeholder.report',
          match: '[【［\\[（(][^】］\\]）)\\r\\n]{0,12}(?:待补充|待填写|待填报|待定|待核实|待更新|待完善|此处填写|请填写|TODO|TBD)[^】］\\]）)\\r\\n]{0,12}[】］\\]）)]',
        },
        { comment: '20__年, 1**件: a run after a digit', name: 'invalid.illegal.placeholder.report', match: '(?=[*＊_＿])(?<=[0-9０-９])(?:[*＊]+|[_＿]+)' },
        ...['*＊', '_＿'].map((d) => ({
          comment: `${d[0]}次, ${d[0]}${d[0]}件: a run before a unit, unless it closes an emphasis (${d[0]}${d[0]}重点${d[0]}${d[0]}件) or opens one (${d[0]}${d[0]}件数${d[0]}${d[0]})`,
          name: 'invalid.illegal.placeholder.report',
          match: `(?=[${d}])(?<![${d}])(?<![${d}][^${d}\\s${PUNCT}]{1,40})([${d}]+)(?=${U})(?!(?:(?![${d}])[^\\s${PUNCT}]){1,200}\\1(?![${d}]|${U}))`,
        })),
        { comment: '***, ___ with no closing run on the line', name: 'invalid.illegal.placeholder.report', match: '(?=[*＊_＿])(?<![*＊_＿])([*＊]{3,}|[_＿]{3,})(?![*＊_＿])(?![^\\r\\n]{0,200}\\1)' },
        { comment: 'XX镇, 20XX年', name: 'invalid.illegal.placeholder.report', match: '(?=[XxＸｘ])(?<![A-Za-z])(?:[Xx]{2,}|[Ｘｘ]{2,})(?![A-Za-z])' },
        { comment: '×××同志', name: 'invalid.illegal.placeholder.report', match: '×{2,}' },
        { comment: '某某镇', name: 'invalid.illegal.placeholder.report', match: '某{2,}' },
        {
          comment: '〇〇镇, but not 二〇〇八年',
          name: 'invalid.illegal.placeholder.report',
          match: '(?=[〇○◯])(?<![零一二三四五六七八九十百千万〇○])[〇○◯]{2,}(?![零一二三四五六七八九十百千万〇○])',
        },
        { name: 'invalid.illegal.placeholder.report', match: '(?=[TF])(?<![A-Za-z])(?:TODO|TBD|FIXME)(?![A-Za-z])' },
      ],
    },
    headings: { comment: 'Heading numbers at line start: 一、 （一） 1. （1） (GB/T 9704-2012 §7.3.3).', patterns: headingRules },
    ordinals: {
      comment: 'Run-in ordinals 一是、二是 at the start of a clause (not 统一是).',
      name: 'keyword.other.ordinal.report',
      match: `(?=[一二三四五六七八九十])(?<=^|[${PUNCT}\\s\\x{3000}）)”])${CN}是`,
    },
    titles: {
      comment: '《书名》: laws, documents, plans. A match, not begin/end: injected patterns apply inside, so a begin/end title would nest at every 《.',
      name: 'string.quoted.other.title.report',
      match: '(《)([^《》\\r\\n]{1,100})(》)',
      captures: {
        1: { name: 'punctuation.definition.string.begin.report' },
        2: { patterns: [{ include: '#placeholders' }] },
        3: { name: 'punctuation.definition.string.end.report' },
      },
    },
    percentages: {
      name: 'constant.numeric.percentage.report',
      match: '(?=[0-9０-９])(?<![0-9０-９.．A-Za-z])[0-9０-９]+(?:[.．][0-9０-９]+)?[%％‰]',
    },
    figures: {
      comment: 'A number with its unit: 515项, 1.2万元, 2022年.',
      match: `(?=[0-9０-９])(?<![0-9０-９.．A-Za-z])([0-9０-９]+(?:[.．][0-9０-９]+)?(?:万|亿)?)(?!${NOT_UNITS.join('|')})(${UNITS.join('|')})`,
      name: 'meta.figure.report',
      captures: {
        1: { name: 'constant.numeric.figure.report' },
        2: { name: 'keyword.other.unit.report' },
      },
    },
  },
};
writeFileSync(out, JSON.stringify(grammar, null, 2) + '\n');
