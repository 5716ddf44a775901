// Folder checks as a reviewer runs them: `report-lint DIR`, globs, .reportlintignore, the worker
// pool, --summary (text and JSON), SARIF (valid against the OASIS schema) and the HTML page's
// file. The folder is built from the real-report corpus (or any folder in REPORT_LINT_REPORTS) plus
// the sample and generated reports with known problems.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { runCli, tempDir } from '../helpers/cli';
import { requireBuilt, root, sampleText } from '../helpers/paths';
import { reportFiles } from '../helpers/report-files';
import type { SummaryRow as Row } from '../../server/src/cli/summary';

// The real-report corpus (test/corpus/reports), or any folder given in REPORT_LINT_REPORTS.
const realDir = process.env.REPORT_LINT_REPORTS ?? join(root, 'test', 'corpus', 'reports');

/** A 述法报告 without its problems part and with two placeholders: 需补写. */
const incomplete = `# 2023年度述法报告

2023年以来，本人认真履行推进法治建设第一责任人职责，现将有关情况报告如下：

## 一、主要做法和成效

全年组织专题学法**次，办理行政复议案件*件。

## 二、下一步打算

继续加强法治宣传教育。
`;

/** Parts that add up to more than their total, a rate over 100%: 需修改 (figure problems). */
const figures = `# 2023年度述法报告

2023年以来，本人认真履行推进法治建设第一责任人职责，现将有关情况报告如下：

## 一、主要做法和成效

全年开展法治培训20场次，其中线上培训12场次、线下培训10场次。全年调解矛盾纠纷86件，调解成功率达120%。

## 二、存在的问题

法治宣传的针对性还不够强。

## 三、下一步打算

继续加强法治宣传教育。
`;


function json(args: string[], cwd: string) {
  const r = runCli(['--format', 'json', ...args], cwd);
  return { ...r, data: JSON.parse(r.stdout) };
}

describe('CLI: folders of reports', function () {
  this.timeout(120_000);
  let tmp: ReturnType<typeof tempDir>;
  let dir: string;
  before(requireBuilt);
  beforeEach(() => {
    tmp = tempDir();
    dir = join(tmp.dir, 'reports');
    cpSync(realDir, join(dir, 'real'), { recursive: true });
    writeFileSync(join(dir, 'sample.txt'), sampleText);
    mkdirSync(join(dir, 'dept'));
    writeFileSync(join(dir, 'dept', 'incomplete.md'), incomplete);
    writeFileSync(join(dir, 'dept', 'figures.md'), figures);
    writeFileSync(join(dir, 'dept', 'notes.pdf'), 'not a report');
  });
  afterEach(() => tmp.cleanup());

  it('checks every report in the folder, in a stable order, the same on the pool as one by one', () => {
    const pooled = json(['--jobs', '2', 'reports'], tmp.dir);
    const serial = json(['--jobs', '1', 'reports'], tmp.dir);
    assert.deepEqual(pooled.data, serial.data);
    const files = pooled.data.map((r: { file: string }) => r.file);
    const expected = [...reportFiles(join(dir)).map((f) => f.slice(tmp.dir.length + 1))].sort();
    assert.deepEqual(files, expected);
    assert.ok(!files.some((f: string) => f.endsWith('.pdf')));
  });

  it('draws a progress bar on stderr on a terminal only (never in a pipe or under CI)', function () {
    assert.doesNotMatch(runCli(['--summary', 'reports'], tmp.dir).stderr, /\[#/);
    if (!existsSync('/usr/bin/script')) this.skip(); // util-linux's script gives the CLI a terminal
    const env = { ...process.env };
    delete env.CI;
    const tty = (extra: NodeJS.ProcessEnv) =>
      spawnSync('/usr/bin/script', ['-qfec', `${JSON.stringify(process.execPath)} ${JSON.stringify(join(root, 'bin', 'report-lint.js'))} --summary reports`, '/dev/null'], {
        cwd: tmp.dir,
        env: { ...env, ...extra },
        encoding: 'utf8',
        timeout: 60_000,
      }).stdout;
    const shown = tty({});
    assert.match(shown, /\r\[#+-*\] \d+\/\d+ 个文件/);
    assert.match(shown, /\r\x1b\[K/); // erased before the table
    assert.doesNotMatch(tty({ CI: 'true' }), /\[#/);
  });

  it('honours .reportlintignore (gitignore syntax, nested files, negation)', () => {
    writeFileSync(join(dir, '.reportlintignore'), 'dept/\n*.txt\n');
    writeFileSync(join(dir, 'real', '.reportlintignore'), '!keep-*.txt\n');
    writeFileSync(join(dir, 'real', 'keep-me.txt'), sampleText);
    const files: string[] = json(['reports'], tmp.dir).data.map((r: { file: string }) => r.file);
    assert.ok(!files.some((f) => f.startsWith('reports/dept/')), files.join(' '));
    assert.ok(!files.includes('reports/sample.txt'));
    assert.ok(files.includes('reports/real/keep-me.txt'), files.join(' '));
    for (const f of files) assert.ok(f.endsWith('.md') || f.includes('keep-'), f);
    // A file named on the command line is checked even when ignored.
    assert.equal(json(['reports/sample.txt'], tmp.dir).data.length, 1);
  });

  it('reads Word reports in a folder through their reader (.docx; findings name the paragraph)', () => {
    cpSync(join(root, 'test', 'fixtures', 'docx', 'auto-numbered.docx'), join(dir, 'dept', 'word.docx'));
    const { files, summary } = json(['--summary', 'reports/dept'], tmp.dir).data as { files: { file: string; diagnostics: { rule: string; paragraph?: number }[] }[]; summary: Row[] };
    const word = files.find((f) => f.file === 'reports/dept/word.docx');
    assert.ok(word, files.map((f) => f.file).join(' '));
    assert.ok(word.diagnostics.some((d) => d.rule === 'placeholder' && typeof d.paragraph === 'number'));
    assert.equal(summary.find((r) => r.file === 'reports/dept/word.docx')?.placeholders, word.diagnostics.filter((d) => d.rule === 'placeholder').length);
  });

  it('expands glob patterns', () => {
    const files: string[] = json(['reports/**/*.md'], tmp.dir).data.map((r: { file: string }) => r.file);
    assert.ok(files.length >= 2);
    assert.ok(files.every((f) => f.endsWith('.md')));
    assert.deepEqual(files, [...files].sort());
  });

  it('--summary: one row per report, worst first, with the verdict of its counts', () => {
    const r = json(['--summary', 'reports'], tmp.dir);
    const { files, summary } = r.data as { files: { file: string; diagnostics: { rule: string; severity: string }[] }[]; summary: Row[] };
    assert.equal(summary.length, files.length);
    const rank: Record<string, number> = { 需补写: 2, 需修改: 1, 可提交: 0 };
    for (let i = 1; i < summary.length; i++) assert.ok(rank[summary[i - 1].verdict] >= rank[summary[i].verdict]);
    const row = (name: string) => summary.find((x) => x.file.endsWith(name))!;
    assert.deepEqual({ ...row('incomplete.md'), file: undefined }, {
      file: undefined,
      kind: '述法报告',
      year: 2023,
      placeholders: 2,
      errors: row('incomplete.md').errors,
      warnings: row('incomplete.md').warnings,
      missingParts: 1,
      figureProblems: 0,
      verdict: '需补写',
    });
    assert.equal(row('figures.md').figureProblems, 2);
    assert.equal(row('figures.md').verdict, '需修改');
    assert.equal(row('sample.txt').placeholders, 8);
    // Each row's counts are its file's findings.
    for (const s of summary) {
      const d = files.find((f) => f.file === s.file)!.diagnostics;
      assert.equal(s.errors, d.filter((x) => x.severity === 'error').length);
      assert.equal(s.warnings, d.filter((x) => x.severity === 'warning').length);
      assert.equal(s.placeholders, d.filter((x) => x.rule === 'placeholder').length);
    }
    const text = runCli(['--summary', 'reports'], tmp.dir).stdout.split('\n');
    assert.match(text[0], /^结论\s+文件\s+类型\s+年度\s+占位符\s+错误\s+警告\s+缺少部分\s+数字问题$/);
    assert.match(text[1], /^需补写/);
  });

  it('takes the verdict rules from the nearest config file', () => {
    writeFileSync(join(dir, 'dept', '.reportlintrc.json'), JSON.stringify({ review: { incomplete: { placeholders: 0, missingParts: 0 }, revise: { figureProblems: 0, placeholders: 1 } } }));
    const { summary } = json(['--summary', 'reports/dept'], tmp.dir).data as { summary: Row[] };
    assert.equal(summary.find((x) => x.file.endsWith('incomplete.md'))!.verdict, '需修改');
    // Figure problems no longer count, and it has no error: it can go.
    assert.equal(summary.find((x) => x.file.endsWith('figures.md'))!.verdict, '可提交');
    const bad = runCli(['--summary', 'reports/dept'], tmp.dir);
    assert.doesNotMatch(bad.stderr, /config/);
    writeFileSync(join(dir, 'dept', '.reportlintrc.json'), JSON.stringify({ review: { revise: { errorz: 1 } } }));
    assert.match(runCli(['--summary', 'reports/dept'], tmp.dir).stderr, /\.reportlintrc\.json:1:\d+ (error|warning) config .*errorz/);
  });

  it('follows "extends" for the verdict rules, threshold by threshold like every setting', () => {
    // The county's rules, one level up; the department's config extends them and changes one count.
    writeFileSync(join(dir, 'county.reportlintrc.json'), JSON.stringify({ review: { incomplete: { placeholders: 0, missingParts: 0 }, revise: { figureProblems: 0, placeholders: 1 } } }));
    const dept = join(dir, 'dept', '.reportlintrc.json');
    writeFileSync(dept, JSON.stringify({ extends: '../county.reportlintrc.json', rules: { 'heading-sequence': 'warning' } }));
    const verdicts = () => {
      const r = json(['--summary', 'reports/dept'], tmp.dir);
      assert.doesNotMatch(r.stderr, /config/);
      const summary = (r.data as { summary: Row[] }).summary;
      return ['incomplete.md', 'figures.md'].map((f) => summary.find((x) => x.file.endsWith(f))!.verdict);
    };
    // Inherited whole: placeholders make it 需修改, figure problems no longer count.
    assert.deepEqual(verdicts(), ['需修改', '可提交']);
    // The nearer file turns one inherited threshold off and keeps the others (figureProblems: 0).
    writeFileSync(dept, JSON.stringify({ extends: '../county.reportlintrc.json', review: { revise: { placeholders: 0 } } }));
    assert.deepEqual(verdicts(), ['可提交', '可提交']);
    // A verdict no file sets keeps its default: the county's file without "incomplete".
    writeFileSync(join(dir, 'county.reportlintrc.json'), JSON.stringify({ review: { revise: { figureProblems: 0 } } }));
    assert.deepEqual(verdicts(), ['需补写', '可提交']);
  });

  it('exits with the worst file\'s code: 0 clean, 1 with an error finding, 2 with an unreadable file', () => {
    const clean = join(tmp.dir, 'clean');
    mkdirSync(clean);
    cpSync(join(root, 'test', 'fixtures', 'reports', 'clean-shufa.md'), join(clean, 'a.md'));
    assert.equal(runCli(['clean'], tmp.dir).code, 0);
    // No check rule is an error by default: this folder's config makes placeholders errors.
    writeFileSync(join(clean, '.reportlintrc.json'), JSON.stringify({ rules: { placeholder: 'error' } }));
    assert.equal(runCli(['clean'], tmp.dir).code, 0);
    writeFileSync(join(clean, 'b.md'), incomplete);
    assert.equal(runCli(['clean'], tmp.dir).code, 1);
    writeFileSync(join(clean, 'c.txt'), Buffer.from([0xb9, 0xa4, 0xd7, 0xf7])); // GBK: unreadable
    const r = runCli(['clean'], tmp.dir);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /c\.txt: .*UTF-8/);
  });

  it('--format sarif: a SARIF 2.1.0 log valid against the OASIS schema, one result per finding', () => {
    const schema = JSON.parse(readFileSync(join(root, 'test', 'fixtures', 'sarif', 'sarif-schema-2.1.0.json'), 'utf8'));
    const ajv = new Ajv({ allErrors: true, strict: false });
    addFormats(ajv);
    const validate = ajv.compile(schema);
    writeFileSync(join(dir, 'bad.txt'), Buffer.from([0xff, 0xfe, 0x41, 0x00])); // UTF-16: a notification
    const r = runCli(['--format', 'sarif', '-o', 'out.sarif', 'reports'], tmp.dir);
    assert.equal(r.code, 2);
    const log = JSON.parse(readFileSync(join(tmp.dir, 'out.sarif'), 'utf8')) as { version: string; runs: any[] };
    assert.ok(validate(log), JSON.stringify(validate.errors?.slice(0, 5), null, 2));
    const run = log.runs[0];
    const expected = json(['reports'], tmp.dir).data as { file: string; diagnostics: { rule: string; line: number; column: number; message: string }[] }[];
    assert.equal(run.results.length, expected.reduce((n, f) => n + f.diagnostics.length, 0));
    const first = expected.find((f) => f.diagnostics.length > 0)!;
    const res = run.results.find((x: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }) => x.locations[0].physicalLocation.artifactLocation.uri === encodeURI(first.file));
    assert.equal(res.ruleId, first.diagnostics[0].rule);
    assert.equal(res.locations[0].physicalLocation.region.startLine, first.diagnostics[0].line);
    assert.equal(res.locations[0].physicalLocation.region.startColumn, first.diagnostics[0].column);
    assert.equal(run.tool.driver.rules[res.ruleIndex].id, res.ruleId);
    assert.equal(run.invocations[0].executionSuccessful, false);
    assert.match(run.invocations[0].toolExecutionNotifications[0].message.text, /UTF-16/);
    // And an invalid log is caught: the schema is really applied.
    assert.equal(validate({ ...log, version: '2.0.0' }), false);

    // Fixes: a result whose finding has a fix carries it as replacements in its own file; applying
    // one as a SARIF consumer would removes that finding.
    const fixed = run.results.filter((x: { fixes?: unknown[] }) => x.fixes && x.fixes.length > 0);
    assert.ok(fixed.length > 0, 'some findings have fixes');
    const target = fixed.find((x: any) => x.ruleId === 'punctuation' || x.ruleId === 'term' || x.ruleId === 'numeral') ?? fixed[0];
    const change = target.fixes[0].artifactChanges[0];
    assert.deepEqual(change.artifactLocation, target.locations[0].physicalLocation.artifactLocation);
    const file = join(tmp.dir, decodeURI(change.artifactLocation.uri));
    const lines = readFileSync(file, 'utf8').split('\n');
    for (const rep of [...change.replacements].reverse()) {
      const d = rep.deletedRegion;
      assert.equal(d.startLine, d.endLine, 'edits within one line');
      const l = lines[d.startLine - 1];
      lines[d.startLine - 1] = l.slice(0, d.startColumn - 1) + (rep.insertedContent?.text ?? '') + l.slice(d.endColumn - 1);
    }
    const count = (text: string, name: string) => {
      mkdirSync(join(tmp.dir, 'one'), { recursive: true });
      writeFileSync(join(tmp.dir, 'one', name), text);
      const out = json([`one/${name}`], tmp.dir).data as { diagnostics: { rule: string }[] }[];
      return out[0].diagnostics.filter((x) => x.rule === target.ruleId).length;
    };
    const ext = file.slice(file.lastIndexOf('.'));
    assert.equal(count(lines.join('\n'), `after${ext}`), count(readFileSync(file, 'utf8'), `before${ext}`) - 1, `${target.ruleId}: ${target.fixes[0].description.text}`);
  });

  it('--format html -o: one self-contained page (no network) with every report', () => {
    const r = runCli(['--format', 'html', '-o', 'review.html', 'reports'], tmp.dir);
    assert.ok(r.code === 0 || r.code === 1, r.stderr);
    assert.equal(r.stdout, '');
    const html = readFileSync(join(tmp.dir, 'review.html'), 'utf8');
    assert.match(html, /^<!DOCTYPE html>/);
    assert.doesNotMatch(html, /<(link|img|iframe)\b|\bsrc=|https?:\/\/(?!www\.w3\.org\/2000\/svg)/);
    for (const f of json(['reports'], tmp.dir).data as { file: string }[]) assert.ok(html.includes(`<h2>${f.file}</h2>`), f.file);
  });
});
