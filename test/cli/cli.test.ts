// The command-line interface: output formats, exit codes and the files it refuses.
import assert from 'node:assert/strict';
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli, tempDir } from '../helpers/cli';
import { requireBuilt, root, sampleFindings, sampleText } from '../helpers/paths';

const sample = 'samples/shufa-report-2022.txt';
const coreRules = [
  'required-section',
  'section-order',
  'heading-sequence',
  'ordinal-sequence',
  'placeholder',
  'figure-conflict',
  'figure-sum',
  'figure-rate',
  'report-year',
];

/** 1-based line and UTF-16 column of an offset, computed independently of the engine. */
function lineCol(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const lastNl = before.lastIndexOf('\n');
  return { line: before.split('\n').length, column: offset - lastNl };
}

/** The sample's findings as the CLI should print them: rule, severity and 1-based positions. */
const expected = sampleFindings().map((f) => {
  const start = lineCol(sampleText, f.start);
  const end = lineCol(sampleText, f.end);
  return { rule: f.rule, severity: f.severity, line: start.line, column: start.column, endLine: end.line, endColumn: end.column };
});
const count = (severity: string) => expected.filter((f) => f.severity === severity).length;

describe('CLI', () => {
  let tmp: ReturnType<typeof tempDir>;
  before(requireBuilt);
  beforeEach(() => (tmp = tempDir()));
  afterEach(() => tmp.cleanup());

  describe('--format json', () => {
    it('prints exactly the documented shape, with 1-based positions', () => {
      const r = runCli(['--format', 'json', sample]);
      assert.equal(r.code, 0, r.stderr);
      const report = JSON.parse(r.stdout);
      assert.ok(Array.isArray(report));
      assert.equal(report.length, 1);
      assert.deepEqual(Object.keys(report[0]).sort(), ['diagnostics', 'file', 'profile']);
      assert.equal(report[0].file, sample);
      assert.equal(report[0].profile, 'shufa');
      const ds = report[0].diagnostics;
      for (const d of ds) {
        assert.deepEqual(Object.keys(d).sort(), ['column', 'endColumn', 'endLine', 'line', 'message', 'rule', 'severity']);
        assert.ok(typeof d.message === 'string' && d.message.length > 0);
      }
      // The eight placeholders and the five wording problems, exactly, in document order.
      assert.deepEqual(
        ds.map(({ message: _, ...d }: Record<string, unknown>) => d),
        expected,
      );
    });

    it('lists every file that could be read, one entry each', () => {
      writeFileSync(join(tmp.dir, 'clean.md'), '# 读书笔记\n\n今天读了12页。\n');
      const r = runCli(['--format', 'json', sample, join(tmp.dir, 'clean.md')]);
      assert.equal(r.code, 0, r.stderr);
      const report = JSON.parse(r.stdout);
      assert.deepEqual(report.map((f: { file: string }) => f.file), [sample, join(tmp.dir, 'clean.md')]);
      assert.deepEqual(report[1].diagnostics, []);
    });
  });

  describe('--format text', () => {
    it('prints file:line:col severity rule message and a summary on stderr', () => {
      const r = runCli([sample]);
      assert.equal(r.code, 0, r.stderr);
      const lines = r.stdout.trimEnd().split('\n');
      assert.equal(lines.length, expected.length, r.stdout);
      lines.forEach((l, i) => {
        const { line, column, severity, rule } = expected[i];
        const prefix = `${sample}:${line}:${column} ${severity} ${rule} `;
        assert.ok(l.startsWith(prefix), `${l}\n  should start with ${prefix}`);
        assert.ok(l.length > prefix.length, 'has a message');
      });
      assert.match(r.stderr, new RegExp(`0 个错误，${count('warning')} 个警告，${count('info')} 个提示，${count('hint')} 个建议`));
    });

    it('counts columns in UTF-16 code units and ignores a UTF-8 BOM', () => {
      const file = join(tmp.dir, 'emoji.md');
      // BOM, then 😀 (2 units) + 办理建议 (4 units): the placeholder is at column 7.
      writeFileSync(file, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('😀办理建议**件，全部办结。\n')]));
      const r = runCli(['--format', 'json', file]);
      const [d] = JSON.parse(r.stdout)[0].diagnostics;
      assert.deepEqual([d.rule, d.line, d.column], ['placeholder', 1, 7]);
    });
  });

  describe('exit codes', () => {
    it('exits 1 when a finding has error severity', () => {
      const r = runCli(['--rule', 'placeholder=error', sample]);
      assert.equal(r.code, 1);
      assert.match(r.stdout, / error placeholder /);
    });

    it('a missing mandated section is a warning; --rule required-section=error makes it fail the run', () => {
      const file = join(tmp.dir, 'no-problems-part.txt');
      const cut = sampleText.slice(0, sampleText.indexOf('二、存在的问题')) + sampleText.slice(sampleText.indexOf('三、下一步打算'));
      writeFileSync(file, cut.replace('三、下一步打算', '二、下一步打算'));
      const r = runCli(['--format', 'json', file]);
      assert.equal(r.code, 0, r.stderr);
      const ds = JSON.parse(r.stdout)[0].diagnostics;
      assert.ok(ds.some((d: { rule: string; severity: string }) => d.rule === 'required-section' && d.severity === 'warning'), JSON.stringify(ds));
      const strict = runCli(['--format', 'json', '--rule', 'required-section=error', file]);
      assert.equal(strict.code, 1, strict.stderr);
    });

    it('--max-warnings 0 fails a report that still has placeholders, and passes a clean one', () => {
      const warnings = count('warning');
      const r = runCli(['--max-warnings', '0', sample]);
      assert.equal(r.code, 1);
      assert.match(r.stderr, new RegExp(`警告数 ${warnings} 超过 --max-warnings 0`));
      assert.equal(runCli(['--max-warnings', String(warnings - 1), sample]).code, 1);
      assert.equal(runCli(['--max-warnings', String(warnings), sample]).code, 0);
      const clean = join(__dirname, '../fixtures/reports/clean-shufa.md');
      const c = runCli(['--max-warnings', '0', clean]);
      assert.equal(c.code, 0, c.stdout + c.stderr);
      assert.equal(c.stdout, '');
    });

    it('turns rules off with --rule, leaving the other rules\' findings', () => {
      const r = runCli(['--format', 'json', '--rule', 'placeholder=off', sample]);
      assert.equal(r.code, 0);
      const ds = JSON.parse(r.stdout)[0].diagnostics.map((d: { rule: string; line: number; column: number }) => [d.rule, d.line, d.column]);
      assert.deepEqual(
        ds,
        expected.filter((f) => f.rule !== 'placeholder').map((f) => [f.rule, f.line, f.column]),
      );
      const off = ['placeholder', 'term', 'numeral', 'punctuation'].flatMap((id) => ['--rule', `${id}=off`]);
      const none = runCli(['--format', 'json', ...off, sample]);
      assert.equal(none.code, 0);
      assert.deepEqual(JSON.parse(none.stdout)[0].diagnostics, []);
    });

    it('exits 2 for a missing file, names it, and still checks the others', () => {
      const r = runCli(['no/such/report.txt', sample]);
      assert.equal(r.code, 2);
      const errLines = r.stderr.trimEnd().split('\n');
      const msg = errLines.find((l) => l.includes('no/such/report.txt'));
      assert.ok(msg && /不存在/.test(msg), r.stderr);
      assert.equal(r.stdout.trimEnd().split('\n').length, expected.length, 'the sample was still checked');
    });

    it('exits 2 for a binary file', () => {
      const file = join(tmp.dir, 'image.png');
      writeFileSync(file, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]));
      const r = runCli([file]);
      assert.equal(r.code, 2);
      assert.match(r.stderr, new RegExp(`${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: .*二进制`));
    });

    it('exits 2 for invalid UTF-8 (e.g. a GBK file)', () => {
      const file = join(tmp.dir, 'gbk.txt');
      writeFileSync(file, Buffer.from([0xb9, 0xa4, 0xd7, 0xf7, 0xb1, 0xa8, 0xb8, 0xe6])); // 工作报告 in GBK
      const r = runCli([file]);
      assert.equal(r.code, 2);
      assert.match(r.stderr, /gbk\.txt: .*UTF-8/);
    });

    it('exits 2 for a folder without reports (a folder is searched for them: test/cli/folder.test.ts)', () => {
      mkdirSync(join(tmp.dir, 'folder'));
      writeFileSync(join(tmp.dir, 'folder', 'notes.pdf'), 'not a report');
      const r = runCli([join(tmp.dir, 'folder')]);
      assert.equal(r.code, 2);
      assert.match(r.stderr, /folder: 没有找到报告文件/);
    });

    it('exits 2 for a file over --max-size', () => {
      const r = runCli(['--max-size', '1000', sample]);
      assert.equal(r.code, 2);
      assert.match(r.stderr, /shufa-report-2022\.txt: .*过大/);
      assert.equal(r.stdout, '');
    });

    it('exits 2 for an unreadable file', function () {
      if (process.getuid?.() === 0) this.skip(); // root reads anything
      const file = join(tmp.dir, 'secret.md');
      writeFileSync(file, '# 报告\n');
      chmodSync(file, 0o000);
      const r = runCli([file]);
      assert.equal(r.code, 2);
      assert.match(r.stderr, /secret\.md: .*权限/);
    });

    for (const [name, args, pattern] of [
      ['no file', [], /没有指定/],
      ['an unknown format', ['--format', 'xml', sample], /--format/],
      ['an unknown rule', ['--rule', 'no-such-rule=error', sample], /no-such-rule/],
      ['a bad severity', ['--rule', 'placeholder=fatal', sample], /fatal/],
      ['a bad --max-warnings', ['--max-warnings', 'many', sample], /max-warnings/],
      ['an unknown option', ['--frobnicate', sample], /frobnicate/],
    ] as const) {
      it(`exits 2 with a one-line message for ${name}`, () => {
        const r = runCli([...args]);
        assert.equal(r.code, 2);
        assert.match(r.stderr, pattern);
        assert.equal(r.stderr.trimEnd().split('\n').length, 1, r.stderr);
        assert.equal(r.stdout, '');
      });
    }
  });

  describe('information', () => {
    it('--help prints usage and exits 0', () => {
      const r = runCli(['--help']);
      assert.equal(r.code, 0);
      assert.match(r.stdout, /Usage: report-lint/);
    });

    it('--version prints the package version', () => {
      const r = runCli(['--version']);
      assert.equal(r.code, 0);
      assert.equal(r.stdout.trim(), JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version);
    });

    it('--list-rules lists the core rules with their default severity', () => {
      const r = runCli(['--list-rules']);
      assert.equal(r.code, 0);
      const ids = r.stdout.trimEnd().split('\n').map((l) => l.split(/\s+/)[0]);
      for (const id of coreRules) assert.ok(ids.includes(id), `${id} listed`);
      assert.match(r.stdout, /^placeholder\s+warning\s/m);
      assert.match(r.stdout, /^required-section\s+warning\s/m);
    });
  });
});
