// Hostile inputs of a chosen length: long runs of one character, alternating markup, unclosed
// constructs, deep nesting, many figures or headings in one sentence or section. Each one aims
// at a regular expression or a loop of the engine that could go super-linear.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const sample = readFileSync(join(__dirname, '..', '..', 'samples', 'shufa-report-2022.txt'), 'utf8');

/** `unit` repeated to exactly `n` UTF-16 units (a cut surrogate pair at the end is fine: it is hostile too). */
export const fill = (unit: string, n: number): string => unit.repeat(Math.ceil(n / unit.length)).slice(0, n);

/** `n` units of nesting: n/2 openers then their closers. */
const nest = (open: string, close: string, n: number): string => {
  const k = Math.floor(n / (open.length + close.length));
  return open.repeat(k) + close.repeat(k);
};

/** Lines until the text is about `n` long. */
const lines = (n: number, line: (i: number) => string, eol = '\n'): string => {
  const out: string[] = [];
  let len = 0;
  for (let i = 0; len < n; i++) {
    const l = line(i) + eol;
    out.push(l);
    len += l.length;
  }
  return out.join('').slice(0, n);
};

export interface Adversarial {
  name: string;
  make(n: number): string;
}

/** Plain report prose (the sample, repeated): the linear baseline the others are measured against. */
export const plainProse: Adversarial = { name: 'plain report prose (the sample repeated)', make: (n) => fill(sample + '\n', n) };

export const adversarial: readonly Adversarial[] = [
  // One long line
  { name: 'one line of report prose, no line break', make: (n) => fill(sample.replace(/\r?\n/g, ''), n) },
  { name: 'one character repeated (a)', make: (n) => fill('a', n) },
  { name: 'one CJK character repeated (的)', make: (n) => fill('的', n) },
  { name: 'spaces', make: (n) => fill(' ', n) },
  { name: 'ideographic spaces', make: (n) => fill('\u3000', n) },
  { name: 'NUL characters', make: (n) => fill('\0', n) },
  { name: 'lone high surrogates', make: (n) => fill('\uD83D', n) },
  { name: 'emoji (surrogate pairs)', make: (n) => fill('😀', n) },
  { name: 'combining marks on one base', make: (n) => 'a' + fill('\u0301', n - 1) },
  // A long inner run between two words: patterns ending in `+$` or `*$` retry from every
  // character of the run
  ...[' ', '\u3000', '\t', '。', '*', '_', '1', '一', '“', '（', '<', '#', '>', '-', '|', 'a'].map((c) => ({
    name: `a long run of ${JSON.stringify(c)} inside a paragraph line`,
    make: (n: number): string => '一、标题\n第一行' + fill(c, n - 17) + '第二行\n第三行。\n',
  })),
  // Emphasis and placeholders
  { name: '** repeated', make: (n) => fill('**', n) },
  { name: '* and _ alternating', make: (n) => fill('*_', n) },
  { name: '**件 repeated (placeholder runs)', make: (n) => fill('**件', n) },
  { name: '*a repeated (emphasis openers)', make: (n) => fill('*a', n) },
  { name: '_ repeated', make: (n) => fill('_', n) },
  { name: 'XX and ××× runs', make: (n) => fill('XX×××某某〇〇', n) },
  { name: '【待 without a closer', make: (n) => fill('【待', n) },
  // HTML and Markdown markup
  { name: '<!-- without an end', make: (n) => fill('<!--', n) },
  { name: 'one <!-- then prose', make: (n) => '<!-- ' + fill('正文内容', n - 5) },
  { name: 'directive comments', make: (n) => fill('<!-- report-lint-disable placeholder -->**件\n', n) },
  { name: '` backticks', make: (n) => fill('`a', n) },
  { name: '](( link destinations', make: (n) => fill('](', n) },
  { name: '[a](b without a closer', make: (n) => fill('[a](b', n) },
  { name: 'http://a( bare URLs', make: (n) => fill('http://a(', n) },
  { name: '<a  open tags', make: (n) => fill('<a ', n) },
  { name: 'list numbers a) 1) 甲） on one line', make: (n) => fill('a)1)甲）', n) },
  { name: 'estimates 三、四 on one line', make: (n) => fill('甲三、四个', n) },
  { name: '[a]: reference definitions', make: (n) => fill('[a]: ', n) },
  { name: '# repeated (one heading line)', make: (n) => fill('#', n) },
  { name: '> repeated (deep blockquote)', make: (n) => fill('>', n) },
  { name: '- repeated (deep list)', make: (n) => fill('- ', n) },
  { name: 'list items indented ever deeper', make: (n) => lines(n, (i) => ' '.repeat(i % 400) + '- 一是加强学习') },
  { name: 'unclosed code fence then prose', make: (n) => '```\n' + fill('一、标题\n', n - 4) },
  { name: 'front matter that never closes', make: (n) => '---\n' + fill('title: 述法\n', n - 4) },
  { name: 'table with many rows', make: (n) => '| 项目 | 数量 |\n| --- | --- |\n' + lines(n, (i) => `| 事项${i} | ${i}件 |`) },
  // Nesting
  { name: '（ repeated', make: (n) => fill('（', n) },
  { name: 'nested “《（【 and their closers', make: (n) => nest('“《（【', '】）》”', n) },
  { name: '（（一） repeated', make: (n) => fill('（（一）', n) },
  // Report structure
  { name: '一是 repeated (one paragraph)', make: (n) => fill('一是', n) },
  { name: '一是， repeated', make: (n) => fill('一是，', n) },
  { name: 'heading lines 一、标题', make: (n) => lines(n, () => '一、标题') },
  { name: 'run-in headings （一）标题。正文', make: (n) => lines(n, () => '（一）标题。正文') },
  { name: 'Markdown headings ## 一、主要做法', make: (n) => lines(n, () => '## 一、主要做法') },
  { name: 'one long heading line of part words', make: (n) => '# 一、' + fill('履行第一责任人职责', n - 5) },
  { name: 'front matter title of part words', make: (n) => '---\ntitle: ' + fill('推进法治建设职责', n - 20) + '\n---\n正文。\n' },
  { name: 'one long lead-in line', make: (n) => fill('现将本人履行推进法治建设第一责任人职责情况报告如下', n) },
  // Numbers and figures in one sentence
  { name: 'digits with separators 1,1,1,…', make: (n) => fill('1,', n) },
  { name: 'dotted numbers 1.1.1.…', make: (n) => fill('1.', n) },
  { name: 'one long number', make: (n) => fill('1', n) },
  { name: 'Chinese numerals', make: (n) => fill('一二三四五六七八九十百千万亿', n) },
  { name: 'figures 1件 in one sentence', make: (n) => fill('1件', n) },
  { name: '其中 with many parts', make: (n) => '共100件，其中' + fill('事项1件、', n - 8) },
  { name: '其中 repeated with parts', make: (n) => fill('其中事项1件，', n) },
  { name: 'totals with categories (共…项，…项)', make: (n) => fill('共梳理事项5项，', n) },
  { name: 'years in one sentence (2022年)', make: (n) => fill('2022年', n) },
  { name: 'framing years (，2023年以来)', make: (n) => fill('，2023年以来', n) },
  { name: 'rates in one sentence (办结率1%)', make: (n) => fill('办结率1%', n) },
  { name: 'rates with counts (受理1件办结1件办结率1%)', make: (n) => fill('受理1件，办结1件，办结率1%，', n) },
  { name: 'growth words (增长)', make: (n) => fill('增长', n) },
  // The figure model's places (figures/scope.ts)
  { name: 'a lead word at every sentence (这五年，…10件。)', make: (n) => fill('这五年，新增项目10个。', n) },
  { name: 'heading-like lines (2025年工作回顾)', make: (n) => lines(n, (i) => (i % 2 ? '2026年重点工作' : '2025年工作回顾')) },
  { name: 'plan words before figures in one sentence (今年将新建1个，)', make: (n) => fill('今年将新建1个，', n) },
  { name: 'one heading line of years and plan periods', make: (n) => '一、' + fill('2025年和“十四五”时期工作回顾', n - 2) },
  { name: 'full-width digits', make: (n) => fill('１２３，', n) },
  { name: '万 multipliers', make: (n) => fill('1万', n) },
  // Line breaks
  { name: 'CR only', make: (n) => fill('\r', n) },
  { name: 'CRLF only', make: (n) => fill('\r\n', n) },
  { name: 'the sample with CR line breaks', make: (n) => fill(sample.replace(/\r?\n/g, '\r'), n) },
];
