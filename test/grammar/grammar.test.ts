// The TextMate injection grammar (syntaxes/report.injection.tmLanguage.json): the fixture files
// pass vscode-tmgrammar-test, the scopes agree with what the engine finds (placeholders, heading
// numbers, run-in ordinals) on real and generated reports, Markdown's own syntax is left alone,
// and hostile long lines tokenize in bounded time.
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseReport } from '../../server/src/engine/parse/document';
import { lineOfOffset } from '../../server/src/engine/positions';
import { findPlaceholders } from '../../server/src/engine/text/placeholders';
import { expandSnippet } from '../snippets/expand';
import { HOSTILE_LINE_UNITS, textsWithScope, tokenize, type Token } from './tokenizer';

const root = join(__dirname, '..', '..');
const grammarPath = join(root, 'syntaxes/report.injection.tmLanguage.json');
const grammar = JSON.parse(readFileSync(grammarPath, 'utf8'));
const PLACEHOLDER = 'invalid.illegal.placeholder.report';
const sample = readFileSync(join(root, 'samples/shufa-report-2022.txt'), 'utf8');
const filled = readFileSync(join(root, 'test/fixtures/reports/shufa-2022-filled.txt'), 'utf8');
const snippets: Record<string, { body: string[] }> = JSON.parse(readFileSync(join(root, 'snippets/report.code-snippets'), 'utf8'));
const fullReports = Object.entries(snippets)
  .filter(([name]) => name.includes('全文'))
  .map(([name, s]) => [name, expandSnippet(s.body, { variables: { CURRENT_YEAR: '2023', CURRENT_MONTH: '01', CURRENT_DATE: '05' } })] as const);

/** The sample as a Markdown writer would have it: ## headings, blank lines between paragraphs. */
const asMarkdown = (text: string): string => text.replace(/^([一二三四五六七八九十]+、.*)$/gm, '## $1').replace(/\n/g, '\n\n');

function scopesAt(line: Token[], text: string, nth = 0): string[] {
  let pos = 0;
  const lineText = line.map((t) => t.text).join('');
  let at = -1;
  for (let i = 0; i <= nth; i++) at = lineText.indexOf(text, at + 1);
  assert.ok(at >= 0, `${text} in ${lineText}`);
  for (const t of line) {
    if (pos <= at && at < pos + t.text.length) return t.scopes;
    pos += t.text.length;
  }
  return [];
}

describe('report injection grammar', () => {
  it('is injected into Markdown prose and headings, and into plain text, with .report scopes', () => {
    assert.equal(grammar.scopeName, 'text.report.injection');
    const selectors = String(grammar.injectionSelector).split(',').map((s) => s.trim());
    assert.ok(selectors.some((s) => s.startsWith('L:text.html.markdown meta.paragraph.markdown')));
    assert.ok(selectors.some((s) => s.startsWith('L:text.html.markdown markup.heading.markdown')));
    assert.ok(selectors.includes('L:text.plain'));
    const names: string[] = [];
    JSON.stringify(grammar, (k, v) => {
      if (k === 'name' && typeof v === 'string') names.push(v);
      return v;
    });
    names.shift(); // the grammar's own display name
    assert.ok(names.length > 20);
    for (const n of names) assert.match(n, /\.report$/, n);
  });

  it('passes the fixture files under vscode-tmgrammar-test', function () {
    this.timeout(300_000);
    const cli = require.resolve('vscode-tmgrammar-test/dist/unit.js');
    const r = spawnSync(process.execPath, [cli, '--config', join(root, 'test/grammar/tmgrammar.json'), join(root, 'test/grammar/fixtures/*.test.*')], { encoding: 'utf8' });
    assert.equal(r.status, 0, r.stdout + r.stderr);
    assert.match(r.stdout, /report\.test\.md run successfuly/);
    assert.match(r.stdout, /report\.test\.txt run successfuly/);
  });

  describe('agrees with the engine', () => {
    const corpora: [string, string, 'text.plain' | 'text.html.markdown'][] = [
      ['the sample report as plain text', sample, 'text.plain'],
      ['the sample report as Markdown', asMarkdown(sample), 'text.html.markdown'],
      ['the filled-in sample', filled, 'text.plain'],
      ...fullReports.map(([name, text]) => [`the ${name} snippet`, text, 'text.plain'] as [string, string, 'text.plain']),
      ...fullReports.map(([name, text]) => [`the ${name} snippet as Markdown`, text, 'text.html.markdown'] as [string, string, 'text.html.markdown']),
    ];
    for (const [name, text, base] of corpora) {
      it(`on ${name}: the same placeholders, heading numbers and ordinals`, async () => {
        const doc = parseReport(text);
        const lines = await tokenize(text, base);
        const tokenized = lines.flatMap((l) => textsWithScope(l, PLACEHOLDER));
        const engine = findPlaceholders(doc.prose).map((s) => text.slice(s.start, s.end));
        assert.deepEqual(tokenized, engine);
        for (const h of doc.headings) {
          if (!h.markerSpan) continue;
          const marker = text.slice(h.markerSpan.start, h.markerSpan.end);
          const numbers = textsWithScope(lines[h.line], `constant.numeric.heading-number.level-${h.level}.report`);
          assert.deepEqual(numbers.slice(0, 1), [marker], `line ${h.line + 1}`);
        }
        for (const p of doc.paragraphs) {
          for (const o of p.ordinals) {
            const line = lineOfOffset(doc.lineStarts, o.span.start);
            assert.ok(textsWithScope(lines[line], 'keyword.other.ordinal.report').includes(o.text), `${o.text} on line ${line + 1}`);
          }
        }
      });
    }
    if (fullReports.length < 4) throw new Error('expected the four full-report snippets');
  });

  describe('in Markdown', () => {
    it('keeps "建议**件，…事项**项" two slots, not bold, but lets real bold close', async () => {
      const [slots, bold] = await tokenize('建议**件，答复率100%。事项**项。\n\n**重点工作**件数', 'text.html.markdown').then((l) => [l[0], l[2]]);
      assert.deepEqual(textsWithScope(slots, PLACEHOLDER), ['**', '**']);
      assert.ok(slots.every((t) => !t.scopes.includes('markup.bold.markdown')));
      assert.ok(scopesAt(bold, '重点工作').includes('markup.bold.markdown'));
      assert.ok(!scopesAt(bold, '**', 1).includes(PLACEHOLDER));
    });

    it('leaves code, comments, link targets and front matter alone', async () => {
      const text = '---\ntitle: XX镇\n---\n\n`XX` [链接](http://XX.example) <!-- TODO -->\n\n```\n一、**件 XX\n```';
      const lines = await tokenize(text, 'text.html.markdown');
      for (const l of lines) {
        const flagged = textsWithScope(l, PLACEHOLDER).concat(textsWithScope(l, 'constant.numeric.heading-number'));
        assert.deepEqual(flagged, [], l.map((t) => t.text).join(''));
      }
    });

    it('numbers an ATX heading, a quoted line and a list item', async () => {
      const lines = await tokenize('### （二）强化组织领导\n\n> 一、引用里的标题\n\n- 1.列表里的标题', 'text.html.markdown');
      assert.deepEqual(textsWithScope(lines[0], 'constant.numeric.heading-number.level-2.report'), ['（二）']);
      assert.deepEqual(textsWithScope(lines[2], 'constant.numeric.heading-number.level-1.report'), ['一、']);
      assert.deepEqual(textsWithScope(lines[4], 'constant.numeric.heading-number.level-3.report'), ['1.']);
    });
  });

  describe('scopes in text pasted from Word', () => {
    const cases: [string, string, string][] = [
      ['（一）强化组织领导。区政府常务会议研究4次。', '强化组织领导', 'entity.name.section.level-2.report'],
      ['（一）强化组织领导。区政府常务会议研究4次。', '4', 'constant.numeric.figure.report'],
      ['（一）强化组织领导。区政府常务会议研究4次。', '次', 'keyword.other.unit.report'],
      ['收入1.2万元，答复率100%，学习《中华人民共和国宪法》', '1.2万', 'constant.numeric.figure.report'],
      ['收入1.2万元，答复率100%，学习《中华人民共和国宪法》', '100%', 'constant.numeric.percentage.report'],
      ['收入1.2万元，答复率100%，学习《中华人民共和国宪法》', '中华人民共和国宪法', 'string.quoted.other.title.report'],
      ['　　三是加强普法宣传。', '三是', 'keyword.other.ordinal.report'],
      ['（1）严格执法程序', '（1）', 'constant.numeric.heading-number.level-4.report'],
    ];
    for (const [line, text, scope] of cases) {
      it(`${text} in “${line}” is ${scope}`, async () => {
        const [tokens] = await tokenize(line, 'text.plain');
        assert.ok(scopesAt(tokens, text).includes(scope), JSON.stringify(tokens));
      });
    }
    const not: [string, string, string][] = [
      ['12部门参加', '12', 'constant.numeric.figure.report'],
      ['二〇〇八年', '〇〇', PLACEHOLDER],
      ['统一是关键', '一是', 'keyword.other.ordinal.report'],
      ['extra XXL size', 'XXL', PLACEHOLDER],
      ['收入1.2万元', '1.2', 'constant.numeric.heading-number.level-3.report'],
    ];
    for (const [line, text, scope] of not) {
      it(`${text} in “${line}” is not ${scope}`, async () => {
        const [tokens] = await tokenize(line, 'text.plain');
        assert.ok(!scopesAt(tokens, text).includes(scope), JSON.stringify(tokens));
      });
    }
  });

  it('tokenizes 20 000-character hostile lines (VS Code’s default tokenization limit); timed in test/perf', async function () {
    this.timeout(10 * 60_000);
    for (const u of HOSTILE_LINE_UNITS) {
      const line = u.repeat(Math.ceil(20000 / u.length)).slice(0, 20000);
      const tokens = await tokenize(line, 'text.plain');
      assert.ok(tokens.length > 0, JSON.stringify(u));
    }
  });
});
