// Line-start completions (engine/complete.ts): what is offered where, and that taking an item
// leaves a report the structure rules accept.
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { analyze } from '../../server/src/engine';
import { completionsAt, type Suggestion } from '../../server/src/engine/complete';
import { parseReport } from '../../server/src/engine/parse/document';
import { builtinProfiles } from '../../server/src/engine/profiles/builtin';
import type { ProfileData } from '../../server/src/engine/types';
import { sampleText } from '../helpers/paths';

const profile = (id: string): ProfileData => builtinProfiles.find((p) => p.id === id)!;
const shufa = profile('shufa');
const LEAD = '2022年以来，本人认真履职，现将本人履行推进法治建设第一责任人职责情况报告如下：';

/** Completions where `|` stands in the text (the `|` itself removed). */
function at(marked: string, p: ProfileData = shufa): { text: string; items: Suggestion[] } {
  const i = marked.indexOf('|');
  const text = marked.slice(0, i) + marked.slice(i + 1);
  const lines = text.slice(0, i).split('\n');
  return { text, items: completionsAt(parseReport(text), p, lines.length - 1, lines[lines.length - 1].length) };
}

/** The text after taking a suggestion: its insert and its renumbering edits. */
function take(text: string, s: Suggestion): string {
  const edits = [{ start: s.replace.start, end: s.replace.end, text: s.insert }, ...s.edits].sort((a, b) => b.start - a.start);
  for (let i = 1; i < edits.length; i++) assert.ok(edits[i].end <= edits[i - 1].start, 'edits overlap');
  return edits.reduce((t, e) => t.slice(0, e.start) + e.text + t.slice(e.end), text);
}

const labels = (items: Suggestion[], kind?: Suggestion['kind']) => items.filter((s) => !kind || s.kind === kind).map((s) => s.label);
const rulesOf = (text: string) => analyze(text).findings.map((f) => f.rule);

describe('completions: missing parts', () => {
  it('offers the next missing part with the next number after 一、主要做法和取得成效', () => {
    const { items } = at(`述法报告\n${LEAD}\n一、主要做法和取得成效\n一是抓学习。\n|\n`);
    assert.deepEqual(labels(items, 'part'), ['二、存在的问题', '二、下一步打算']);
    assert.match(items.find((s) => s.kind === 'part')!.detail, /存在的问题/);
  });

  it('puts a missing part between the parts around it and renumbers the ones below', () => {
    // The sample without its 存在的问题 part, the last part renumbered to 二、.
    const start = sampleText.indexOf('二、存在的问题');
    const end = sampleText.indexOf('三、下一步打算');
    const without = sampleText.slice(0, start) + '|' + sampleText.slice(end).replace('三、下一步打算', '二、下一步打算');
    const { text, items } = at(without.replace('|', '|\n'));
    const part = items.find((s) => s.kind === 'part');
    assert.ok(part, JSON.stringify(items));
    assert.equal(part.label, '二、存在的问题');
    assert.deepEqual(labels(items, 'part'), ['二、存在的问题'], 'only the part that belongs between 一 and 下一步打算');
    const after = take(text, part);
    assert.match(after, /\n二、存在的问题\n三、下一步打算\n/);
    const rules = rulesOf(after);
    for (const r of ['required-section', 'section-order', 'heading-sequence']) assert.ok(!rules.includes(r), `${r} in ${rules.join(', ')}`);
  });

  it('writes Markdown headings with the document\'s #s, and not twice when the writer typed them', () => {
    const md = `# 2022年度述法报告\n\n${LEAD}\n\n## 一、主要做法和取得成效\n\n正文。\n\n|`;
    const plain = at(md).items.find((s) => s.kind === 'part')!;
    assert.equal(plain.insert, '## 二、存在的问题');
    const typed = at(md.replace('|', '## 二|')).items.find((s) => s.kind === 'part')!;
    assert.equal(typed.insert, '二、存在的问题');
    assert.equal(typed.label, '二、存在的问题');
  });

  it('follows the numbering style of the document (（一） parts, 1. parts)', () => {
    const { items } = at(`述法报告\n${LEAD}\n（一）主要做法和取得成效\n正文。\n|`);
    assert.equal(items.find((s) => s.kind === 'part')?.label, '（二）存在的问题');
  });

  it('offers nothing once every part is there, and nothing for a report of no known kind', () => {
    const full = sampleText.replace(/\n?$/, '\n|');
    assert.deepEqual(labels(at(full).items, 'part'), []);
    assert.deepEqual(at('随便写的一段话。\n|', profile('generic')).items, []);
  });

  it('offers the lead-in of the report kind between the title and the first part', () => {
    const { items } = at('# 2022年度述法报告\n\n|\n\n## 一、主要做法和取得成效\n');
    assert.deepEqual(labels(items, 'lead-in'), [shufa.leadIn!.skeleton]);
  });
});

describe('completions: ordinals and heading numbers', () => {
  it('offers 三是 after 二是 in the same section', () => {
    const { items } = at(`述法报告\n${LEAD}\n一、主要做法和取得成效\n一是抓学习。\n二是抓制度。\n|`);
    assert.equal(items[0].kind, 'ordinal');
    assert.equal(items[0].label, '三是');
    assert.deepEqual(items[0].edits, []);
  });

  it('matches the ordinal the writer started typing, replacing it', () => {
    const { text, items } = at(`述法报告\n${LEAD}\n一、主要做法和取得成效\n一是抓学习。\n二是抓制度。\n三|`);
    const o = items.find((s) => s.kind === 'ordinal')!;
    assert.equal(text.slice(o.replace.start, o.replace.end), '三');
    assert.ok(take(text, o).endsWith('\n三是'));
  });

  it('counts ordinals of the current section only', () => {
    const { items } = at(`述法报告\n${LEAD}\n一、主要做法和取得成效\n一是抓学习。\n二是抓制度。\n二、存在的问题\n一是学习不够。\n|`);
    assert.equal(items.find((s) => s.kind === 'ordinal')?.label, '二是');
  });

  it('inserting an item in the middle renumbers the items below, so the run stays in sequence', () => {
    const { text, items } = at(`述法报告\n${LEAD}\n一、主要做法和取得成效\n一是抓学习。\n|\n二是抓制度。\n三是抓落实。\n二、存在的问题\n正文。\n三、下一步打算\n正文。\n`);
    const o = items.find((s) => s.kind === 'ordinal')!;
    assert.equal(o.label, '二是');
    const after = take(text, o).replace('\n二是\n', '\n二是抓队伍。\n');
    assert.match(after, /一是抓学习。\n二是抓队伍。\n三是抓制度。\n四是抓落实。/);
    assert.ok(!rulesOf(after).includes('ordinal-sequence'));
  });

  it('offers no ordinal where no run has begun', () => {
    assert.deepEqual(labels(at(`述法报告\n${LEAD}\n一、主要做法和取得成效\n正文。\n|`).items, 'ordinal'), []);
  });

  it('offers the next sub-heading number at each level the cursor is in, deepest first', () => {
    const md = `# 2022年度述法报告\n\n${LEAD}\n\n## 一、主要做法和取得成效\n\n### （一）强化组织领导\n\n#### 1.健全制度\n\n正文。\n\n|\n\n## 二、存在的问题\n\n## 三、下一步打算\n`;
    const { items } = at(md);
    // Every part is there: the top level gets a bare number, and the parts below move on.
    const headings = items.filter((s) => s.kind === 'heading');
    assert.deepEqual(headings.map((s) => s.label), ['2.', '（二）', '二、']);
    assert.deepEqual(headings.map((s) => s.insert), ['#### 2.', '### （二）', '## 二、']);
    assert.deepEqual(headings[0].edits, []);
    const after = take(at(md).text, headings[2]);
    assert.match(after, /\n## 三、存在的问题\n\n## 四、下一步打算\n/);
  });
});

describe('completions: where none are offered', () => {
  it('not in the middle of a line, nor before text on the line', () => {
    assert.deepEqual(at(`述法报告\n${LEAD}\n一、主要做法和取得成效\n一是抓学习。二|是\n`).items, []);
    assert.deepEqual(at(`述法报告\n${LEAD}\n一、主要做法和取得成效\n一是抓学习，|\n`).items, []);
  });

  it('not in front matter or in a code block', () => {
    assert.deepEqual(at('---\nprofile: shufa\n|\n---\n# 报告\n').items, []);
    assert.deepEqual(at(`# 述法报告\n\n${LEAD}\n\n## 一、主要做法和取得成效\n\n一是抓学习。\n\n\`\`\`\n二|\n\`\`\`\n`).items, []);
  });

  it('never throws, and every suggestion replaces text on the cursor line without overlapping its edits', () => {
    const pieces = fc.constantFrom('一、', '二、', '（一）', '1.', '## ', '# ', '一是', '二是', '三是', '存在的问题', '下一步打算', '主要做法', '。', '\n', '\n\n', '**', '---\n', '```\n', ' ', '<!-- x -->');
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 40 }), fc.nat(), fc.nat(), (parts, l, c) => {
        const text = parts.join('');
        const doc = parseReport(text);
        const line = l % doc.lineStarts.length;
        const items = completionsAt(doc, shufa, line, c % 30);
        for (const s of items) {
          assert.ok(s.replace.start >= doc.lineStarts[line] && s.replace.end <= text.length);
          for (const e of s.edits) assert.ok(e.end <= s.replace.start || e.start >= s.replace.end);
          take(text, s);
        }
      }),
      { numRuns: 300 },
    );
  });
});
