// The hostile inputs the issue names, at full size, through the full property: no exception,
// well-formed findings, the same findings twice, fixes safe to apply. (Their timing is checked
// in test/perf/linear-time.perf.ts.) Also every adversarial input at 20 KB, and 10,000 nested quotes,
// brackets, list levels and blockquotes.
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { analyze } from '../../server/src/engine';
import { adversarial, fill } from './adversarial';
import { checkAll, engineRules, runs, seed, timeoutFor } from './support';

const rules = engineRules();
const sample = readFileSync(join(__dirname, '..', '..', 'samples', 'shufa-report-2022.txt'), 'utf8');
const KB100 = 100_000;

const named: { name: string; text: string }[] = [
  { name: '100 KB single line of report prose', text: fill(sample.replace(/\r?\n/g, ''), KB100) },
  { name: '100 KB single line of 一是', text: fill('一是', KB100) },
  { name: '100 KB single line of （（（（', text: fill('（', KB100) },
  { name: '100 KB of 1,1,1,1,…', text: fill('1,', KB100) },
  { name: '** × 10,000', text: '**'.repeat(10_000) },
  { name: '** × 10,000 around report text', text: '一、主要做法\n' + '**'.repeat(10_000) + '办理**件' + '**'.repeat(10_000) },
  { name: '10,000 nested “', text: '“'.repeat(10_000) + '内容' + '”'.repeat(10_000) },
  { name: '10,000 nested 《', text: '《'.repeat(10_000) + '2022年工作方案' + '》'.repeat(10_000) + '办理12件。' },
  { name: '10,000 nested （', text: '（'.repeat(10_000) + '一' + '）'.repeat(10_000) + '标题' },
  { name: '10,000 nested 【', text: '【'.repeat(10_000) + '待补充' + '】'.repeat(10_000) },
  { name: '10,000 nested “《（【 mixed', text: '“《（【'.repeat(2_500) + '其中12件' + '】）》”'.repeat(2_500) },
  { name: '10,000 unclosed “《（【', text: '“《（【'.repeat(10_000) },
  { name: '10,000-level list on one line', text: '- '.repeat(10_000) + '一是加强学习' },
  { name: 'a list 300 levels deep, one level per line', text: Array.from({ length: 300 }, (_, i) => '  '.repeat(i) + '- 二是落实**件').join('\n') },
  { name: '10,000-level blockquote', text: '> '.repeat(10_000) + '一、主要做法\n\n正文*次。' },
  { name: '1,000 blockquote lines, ever deeper', text: Array.from({ length: 1_000 }, (_, i) => '>'.repeat(1 + (i % 100)) + ' （一）标题').join('\n') },
  { name: '<!-- without an end, then a report', text: '<!-- report-lint-disable\n' + sample },
  { name: '100 KB of <!--', text: fill('<!--', KB100) },
  { name: '* and _ alternating, 100 KB', text: fill('*_', KB100) },
  { name: 'BOM, then the sample with CRLF', text: '\uFEFF' + sample.replace(/\r?\n/g, '\r\n') },
  { name: 'the sample with CR only', text: sample.replace(/\r?\n/g, '\r') },
  { name: 'the sample with NULs between lines', text: sample.replace(/\r?\n/g, '\0\n') },
  { name: 'the sample with every character followed by a combining mark', text: [...sample.slice(0, 20_000)].join('\u0301') },
  { name: 'the sample with lone surrogates spliced in', text: sample.replace(/。/g, '。\uD800').replace(/，/g, '\uDC00，') },
  { name: 'the sample, every CJK character an emoji pair', text: sample.replace(/[\u4e00-\u9fff]/g, '😀') },
  { name: 'empty document', text: '' },
  { name: 'only line breaks', text: '\r\n\n\r\r\n' },
  { name: 'front matter only', text: '---\nprofile: shufa\nyear: 2022\n---\n' },
  { name: 'front matter with a YAML alias bomb', text: '---\na: &a ["x","x","x","x","x","x","x","x","x"]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: [*d,*d,*d,*d,*d,*d,*d,*d,*d]\n---\n正文。\n' },
  { name: 'front matter year not a number', text: '---\nyear: {a: 1}\nprofile: [shufa]\ntitle: 12\n---\n2023年以来，本人……\n' },
];

describe('hostile input: named cases at full size', function () {
  this.timeout(timeoutFor(120_000));
  for (const c of named) {
    it(`${c.name} (${c.text.length.toLocaleString('en-US')} units)`, () => {
      checkAll(c.text, { profile: 'shufa' }, rules, 3);
      checkAll(c.text, {}, rules, 1);
    });
  }
  it('a garbled document gives at most 1,000 findings per rule', () => {
    const result = analyze(fill('**件', KB100) + '\n' + fill('XX', KB100), { config: { profile: 'shufa' }, rules });
    const perRule = new Map<string, number>();
    for (const f of result.findings) perRule.set(f.rule, (perRule.get(f.rule) ?? 0) + 1);
    assert.equal(perRule.get('placeholder'), 1000);
    for (const [rule, n] of perRule) assert.ok(n <= 1000, `${rule}: ${n}`);
  });
  it('the sample keeps its findings whatever its line breaks', () => {
    const count = (t: string): number => analyze(t, { rules }).findings.length;
    const lf = count(sample.replace(/\r?\n/g, '\n'));
    assert.ok(lf > 0);
    assert.equal(count(sample.replace(/\r?\n/g, '\r\n')), lf, 'CRLF');
    assert.equal(count(sample.replace(/\r?\n/g, '\r')), lf, 'CR');
    assert.equal(count('\uFEFF' + sample), lf, 'BOM');
  });
});

describe('hostile input: every adversarial input at 20 KB', function () {
  this.timeout(timeoutFor(120_000));
  for (const input of adversarial) {
    it(input.name, () => checkAll(input.make(20_000), { profile: 'shufa' }, rules, 3));
  }
});

describe('hostile input: front matter YAML', function () {
  this.timeout(timeoutFor(120_000));

  it('deeply nested YAML, parsed again and again, does not bring the process down', () => {
    // In a child process: before the depth guard in front-matter.ts, the YAML parser's stack
    // overflow made Node 20 abort (a fatal RegExpCompiler out-of-memory), which no try/catch stops.
    const engine = JSON.stringify(join(__dirname, '..', '..', 'server', 'src', 'engine'));
    const code = `
      const { analyze } = require(${engine});
      for (const unit of ['[', '{', '- ', '? ', '{a: ', 'a:\\n ']) {
        for (const n of [1000, 2000, 4000, 8000, 16000]) {
          const r = analyze('---\\n' + unit.repeat(n) + '\\n---\\n正文。\\n', {});
          if (!r.document.frontMatter || !r.document.frontMatter.error) throw new Error('no error for ' + unit);
        }
      }
      process.stdout.write('survived');`;
    const child = spawnSync(process.execPath, ['--import', 'tsx', '-e', code], { encoding: 'utf8', timeout: 60_000 });
    assert.equal(child.signal, null, `killed by ${child.signal}: ${child.stderr.slice(0, 500)}`);
    assert.equal(child.status, 0, child.stderr.slice(0, 500));
    assert.equal(child.stdout, 'survived');
  });

  it('a too deep or too long front matter is reported, in Chinese, and the rest is still checked', () => {
    for (const yaml of ['['.repeat(100), 'a:\n' + Array.from({ length: 80 }, (_, i) => ' '.repeat(i + 1) + 'b:').join('\n'), 'title: ' + 'x'.repeat(70_000)]) {
      const r = analyze(`---\n${yaml}\n---\n一、主要做法\n办理**件。\n`, { rules });
      assert.match(r.document.frontMatter?.error?.message ?? '', /front matter (嵌套过深|过长)/);
      assert.ok(r.findings.some((f) => f.rule === 'placeholder'));
    }
    // Ordinary nesting is still read.
    const ok = analyze('---\nprofile: shufa\nyear: 2023\nmeta:\n  tags: [a, {b: [c]}]\n---\n正文。\n', { rules });
    assert.equal(ok.document.frontMatter?.error, undefined);
    assert.equal(ok.profile.id, 'shufa');
  });

  const yamlPiece = fc.constantFrom('[', ']', '{', '}', '- ', '? ', ': ', ', ', '&a ', '*a ', '!!str ', '!x ', '"', "'", '\\', '|', '>', '#', '\n', '\r\n', '  ', '\t', 'a', '1', '年', 'profile', 'year', '%YAML 1.2', '<<: *a');
  it('arbitrary YAML-like front matter', () => {
    fc.assert(
      fc.property(fc.array(yamlPiece, { maxLength: 400 }), (pieces) => checkAll(`---\n${pieces.join('')}\n---\n一、主要做法\n正文。\n`, {}, rules, 2)),
      { seed, numRuns: runs(300) },
    );
  });
});
