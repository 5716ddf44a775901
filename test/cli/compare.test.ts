// `report-lint compare LAST THIS` as a user runs it: the JSON of a check (one entry, for THIS)
// with last year's places as related information, text output, SARIF, exit codes.
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli, tempDir } from '../helpers/cli';
import { requireBuilt, root } from '../helpers/paths';
import { lastYearReport, thisYearReport } from '../compare/edited-pair';

describe('CLI: compare', function () {
  this.timeout(60_000);
  let tmp: ReturnType<typeof tempDir>;
  before(requireBuilt);
  beforeEach(() => {
    tmp = tempDir();
    writeFileSync(join(tmp.dir, '2022.txt'), lastYearReport());
    writeFileSync(join(tmp.dir, '2023.txt'), thisYearReport());
  });
  afterEach(() => tmp.cleanup());

  it('--format json: one entry for THIS, rule ids compare-*, related places in LAST; exit 0 for warnings', () => {
    const r = runCli(['compare', '--format', 'json', '2022.txt', '2023.txt'], tmp.dir);
    assert.equal(r.code, 0, r.stderr);
    const out = JSON.parse(r.stdout);
    assert.equal(out.length, 1);
    assert.equal(out[0].file, '2023.txt');
    assert.equal(out[0].profile, 'shufa');
    const rules = new Set(out[0].diagnostics.map((d: { rule: string }) => d.rule));
    for (const id of ['compare-reused', 'compare-unchanged-figure', 'compare-trend', 'compare-dropped-plan', 'compare-stale-year']) assert.ok(rules.has(id), id);
    const trend = out[0].diagnostics.find((d: { rule: string }) => d.rule === 'compare-trend');
    // A warning: figures are read from prose, so a misread must not fail a CI run by default.
    assert.equal(trend.severity, 'warning');
    const lines = thisYearReport().split('\n');
    assert.equal(lines[trend.line - 1].slice(trend.column - 1, trend.endColumn - 1), '190件');
    assert.equal(trend.related[0].file, '2022.txt');
    const lastLines = lastYearReport().split('\n');
    assert.equal(lastLines[trend.related[0].line - 1].slice(trend.related[0].column - 1, trend.related[0].endColumn - 1), '213件');
  });

  it('text: each finding with last year\'s place under it, the parts\' shares on stderr', () => {
    const r = runCli(['compare', '2022.txt', '2023.txt'], tmp.dir);
    assert.equal(r.code, 0, 'warnings only');
    assert.match(r.stdout, /^2023\.txt:\d+:\d+ warning compare-trend .*\n {2}2022\.txt:\d+:\d+ 去年报告中的「处置各类矛盾纠纷」213件$/m);
    assert.match(r.stderr, /存在的问题 100%/);
  });

  it('--rule turns a compare rule off, or raises it to an error: exit 1', () => {
    const r = runCli(['compare', '--rule', 'compare-trend=off', '--format', 'json', '2022.txt', '2023.txt'], tmp.dir);
    assert.equal(r.code, 0, r.stderr);
    assert.ok(!JSON.parse(r.stdout)[0].diagnostics.some((d: { rule: string }) => d.rule === 'compare-trend'));
    const strict = runCli(['compare', '--rule', 'compare-trend=error', '2022.txt', '2023.txt'], tmp.dir);
    assert.equal(strict.code, 1, strict.stderr);
    assert.match(strict.stdout, /error compare-trend/);
  });

  it('unrelated reports: no finding, a note, exit 0', () => {
    const r = runCli(['compare', '--format', 'json', join(root, 'test/fixtures/rules/fazhi-zhengfu-word.txt'), '2023.txt'], tmp.dir);
    assert.equal(r.code, 0);
    assert.deepEqual(JSON.parse(r.stdout)[0].diagnostics, []);
    assert.match(r.stderr, /未作对比/);
  });

  it('usage and reading errors exit 2', () => {
    assert.equal(runCli(['compare', '2022.txt'], tmp.dir).code, 2);
    const missing = runCli(['compare', 'nope.txt', '2023.txt'], tmp.dir);
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /nope\.txt: 文件不存在/);
  });

  it('--format sarif: related locations in last year\'s file', () => {
    const r = runCli(['compare', '--format', 'sarif', '2022.txt', '2023.txt'], tmp.dir);
    const result = JSON.parse(r.stdout).runs[0].results.find((x: { ruleId: string }) => x.ruleId === 'compare-trend');
    assert.equal(result.relatedLocations[0].physicalLocation.artifactLocation.uri, '2022.txt');
    // A year not advanced carries its fix: the replacement writes this year's year in its place.
    const stale = JSON.parse(r.stdout).runs[0].results.find((x: { ruleId: string; fixes?: unknown[] }) => x.ruleId === 'compare-stale-year' && x.fixes);
    const rep = stale.fixes[0].artifactChanges[0].replacements[0];
    assert.equal(stale.fixes[0].artifactChanges[0].artifactLocation.uri, '2023.txt');
    const line = thisYearReport().split('\n')[rep.deletedRegion.startLine - 1];
    assert.match(line.slice(rep.deletedRegion.startColumn - 1, rep.deletedRegion.endColumn - 1), /^2022/);
    assert.match(rep.insertedContent.text, /^2023/);
  });
});
