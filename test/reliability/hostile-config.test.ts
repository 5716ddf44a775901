// Hostile .reportlintrc.json files through the CLI (issue 16), each attack as a user meets it: a
// config arriving with a pull request. Every case: the CLI prints `file:line:col error config …`,
// the valid settings of the file still apply (placeholder is off), the exit code is what it is
// without the hostile part, and no stack trace is printed.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { runCli, tempDir } from '../helpers/cli';
import { requireBuilt, root } from '../helpers/paths';

// A generic report: one placeholder (turned off by every config below) and one term finding.
const report = '# 学习体会\n\n办理建议**件，要抗牢政治责任。\n';
const valid = { rules: { placeholder: 'off' } };

describe('CLI: hostile config files', () => {
  let tmp: ReturnType<typeof tempDir>;
  let ws: string;
  const write = (rel: string, text: string): string => {
    const file = join(ws, rel);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, text);
    return file;
  };
  /** Runs the CLI on the report with `config` (an object or raw text) as .reportlintrc.json. */
  const check = (config: unknown, file = 'report.md') => {
    write('.reportlintrc.json', typeof config === 'string' ? config : JSON.stringify(config));
    return runCli([file], ws);
  };
  /** The outcome every hostile case must have; returns the config error lines. */
  const survives = (r: ReturnType<typeof runCli>, expected: RegExp, file = '.reportlintrc.json'): string[] => {
    assert.doesNotMatch(r.stderr, /\n\s+at .+:\d+:\d+\)?\n/, `stack trace:\n${r.stderr}`);
    assert.doesNotMatch(r.stderr, /internal error|TypeError|RangeError/);
    assert.equal(r.code, 0, `exit ${r.code}\n${r.stderr}`);
    // The valid part applies: placeholder is off, the term rule still reports.
    assert.doesNotMatch(r.stdout, / placeholder /);
    assert.match(r.stdout, /report\.md:3:\d+ warning term /);
    const lines = r.stderr.split('\n').filter((l) => / (error|warning) config /.test(l));
    assert.ok(lines.some((l) => l.startsWith(`${file}:`) && /^\S+:\d+:\d+ error config /.test(l) && expected.test(l)), `no config error in ${file} matching ${expected}:\n${r.stderr}`);
    return lines;
  };

  before(requireBuilt);
  beforeEach(() => {
    tmp = tempDir();
    ws = join(tmp.dir, 'ws');
    mkdirSync(ws);
    write('report.md', report);
  });
  afterEach(() => tmp.cleanup());

  it('baseline: the valid config alone gives exit 0 and no config error', () => {
    const r = check(valid);
    assert.equal(r.code, 0, r.stderr);
    assert.doesNotMatch(r.stderr, / config /);
  });

  it('1. prototype keys in sections and rules', () => {
    for (const key of ['constructor', '__proto__', 'toString']) {
      const text = `{"rules":{"placeholder":"off","${key}":"off"},"sections":{"${key}":[{"name":"专项工作","headings":["专项"]}]}}`;
      survives(check(text), new RegExp(`未知的报告类型“${key === '__proto__' ? '__proto__' : key}”`));
    }
  });

  it('2. the JSON nesting guard is not bypassed by \\r in a string or a line comment', () => {
    for (const hide of ['"allow":["\r', '"allow":["\r\n', '"allow":["\n', '//\r"allow":', '/*\r*/"allow":']) {
      const r = check(`{"rules":{"placeholder":"off"},${hide}${'['.repeat(3000)}`);
      survives(r, /嵌套超过 64 层/);
    }
    // U+2028 does not end a JSON string: the brackets are inside one, which never ends.
    survives(check(`{"rules":{"placeholder":"off"},"allow":["\u2028${'['.repeat(3000)}`), /字符串没有结束/);
  });

  it('3. an extends diamond of 42 files and a chain of 3,000 are cut at the depth cap', () => {
    for (let i = 0; i < 42; i++) write(`d/d${i}.json`, JSON.stringify(i < 41 ? { extends: [`./d${i + 1}.json`, `./d${i + 1}.json`] } : { rules: { numeral: 'off' } }));
    survives(check({ ...valid, extends: './d/d0.json' }), /"extends" 嵌套超过 16 层/, 'd/d14.json');
    for (let i = 0; i < 3000; i++) write(`c/c${i}.json`, JSON.stringify({ extends: `./c${i + 1}.json` }));
    survives(check({ ...valid, extends: './c/c0.json' }), /"extends" 嵌套超过 16 层/, 'c/c14.json');
  });

  it('5. a custom section heading with two unbounded repeats is accepted and matches', () => {
    const sections = { shufa: [{ name: '专项工作报告', headings: ['本单位.*专项.*报告'] }] };
    const shufa = '# 2023年述法报告\n\n现将本人履行推进法治建设第一责任人职责情况报告如下：\n\n一、本单位法治专项工作报告\n\n办理**件。\n';
    write('shufa.md', shufa);
    const r = check({ ...valid, sections }, 'shufa.md');
    assert.doesNotMatch(r.stderr, / config /, r.stderr);
    assert.doesNotMatch(r.stdout, /专项工作报告」部分缺失/);
    // Without the heading the part is missing: the pattern is alive, not silently dropped.
    write('shufa.md', shufa.replace('本单位法治专项工作报告', '其他工作'));
    assert.match(check({ ...valid, sections }, 'shufa.md').stdout, /专项工作报告/);
  });

  it('6. extends and packs outside the folder, UNC paths, a FIFO, a folder and an oversize pack', () => {
    const outside = survives(check({ ...valid, extends: '/etc/passwd', packs: ['/proc/self/environ', '../../../../../../etc/hostname'] }), /不能读取工作区以外的配置文件“\/etc\/passwd”/);
    assert.ok(outside.some((l) => /不能读取工作区以外的词表文件“\/proc\/self\/environ”/.test(l)));
    assert.ok(outside.every((l) => !/root:|PATH=/.test(l)));
    survives(check({ ...valid, packs: ['//server/share/pack.json'] }), /网络路径（UNC）/);
    survives(check({ ...valid, extends: '\\\\server\\share\\x.reportlintrc.json' }), /网络路径（UNC）/);
    mkdirSync(join(ws, 'packs', 'dir.json'), { recursive: true });
    survives(check({ ...valid, packs: ['./packs/dir.json'] }), /是一个文件夹，不是词表文件/);
    const big = write('packs/big.json', '');
    truncateSync(big, 10_000_001);
    survives(check({ ...valid, packs: ['./packs/big.json'] }), /词表文件“\.\/packs\/big\.json”过大/);
    const fifo = spawnSync('mkfifo', [join(ws, 'packs', 'fifo.json')]);
    if (fifo.status === 0) survives(check({ ...valid, packs: ['./packs/fifo.json'] }), /不是普通文件/);
    // A shared file one folder up (directly in an ancestor) is still read.
    writeFileSync(join(tmp.dir, 'county.reportlintrc.json'), JSON.stringify({ rules: { numeral: 'off' } }));
    const r = check({ ...valid, extends: '../county.reportlintrc.json' });
    assert.doesNotMatch(r.stderr, / config /, r.stderr);
  });

  it('6. inside a repository, extends may reach anywhere in it but not beyond its root', () => {
    mkdirSync(join(ws, '.git'));
    write('shared/unit.reportlintrc.json', JSON.stringify({ rules: { numeral: 'off' } }));
    mkdirSync(join(ws, 'dept'));
    write('dept/report.md', report);
    write('dept/.reportlintrc.json', JSON.stringify({ ...valid, extends: '../shared/unit.reportlintrc.json' }));
    const inside = runCli(['dept/report.md'], ws);
    assert.doesNotMatch(inside.stderr, / config /, inside.stderr);
    writeFileSync(join(tmp.dir, 'county.reportlintrc.json'), '{}');
    write('.reportlintrc.json', JSON.stringify({ ...valid, extends: '../county.reportlintrc.json' }));
    survives(runCli(['report.md'], ws), /不在本仓库/);
  });

  it('4. four hundred costly patterns: one time budget for the analysis, and a warning', () => {
    // Each passes the static check; together, unbudgeted, they took minutes on this text.
    const terms = Array.from({ length: 400 }, (_, i) => ({ pattern: `[一-龥]{0,99}[一-龥]{0,99}[ab${String.fromCharCode(0x41 + (i % 26))}]`, right: 'x' }));
    const sample = readFileSync(join(root, 'samples', 'shufa-report-2022.txt'), 'utf8');
    write('report.md', report + sample.repeat(40));
    const r = check({ ...valid, terms });
    assert.match(r.stdout, /^report\.md:1:1 warning config .*正则表达式总用时超过/m);
    assert.doesNotMatch(r.stderr, /\n\s+at /);
  });

  it('8. terminal control sequences in a file name are printed escaped', () => {
    const name = 'r\x1b[2J\x1b]0;pwned\x07\x9b31m.md';
    write(name, report);
    const r = check(valid, name);
    assert.doesNotMatch(r.stdout + r.stderr, /[\x1b\x07\x9b]/);
    assert.ok(r.stdout.includes('r\\x1b[2J\\x1b]0;pwned\\x07\\x9b31m.md:3:'), r.stdout);
    const json = runCli(['--format', 'json', name], ws);
    assert.doesNotMatch(json.stdout, /[\x1b\x07\x9b]/);
    assert.equal(JSON.parse(json.stdout)[0].file, name);
  });

  it('8. maxFileSize and plaintext are restricted in untrusted workspaces (package.json)', () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    const restricted: string[] = pkg.capabilities.untrustedWorkspaces.restrictedConfigurations;
    for (const key of ['reportLint.maxFileSize', 'reportLint.plaintext']) {
      assert.ok(restricted.includes(key), key);
      assert.ok(pkg.contributes.configuration.properties[key], `${key} is a declared setting`);
    }
  });
});
