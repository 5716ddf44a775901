// The CLI with .reportlintrc.json files: the nearest one per report, extends, rules turned off,
// a unit's own terms, --config / --no-config, custom profiles, and a broken config file.
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { runCli, tempDir } from '../helpers/cli';
import { requireBuilt, root } from '../helpers/paths';

// A generic report (no mandated sections) with one finding of each kind the configs below change.
const report = '# 学习体会\n\n开展网格员培训，办理建议**件，开展“以案释法”、“法律八进”等活动，要抗牢政治责任，参加12.4国家宪法日活动。\n';

/** `rule severity line:column` of the first occurrence of `text` in the report (1-based). */
function at(rule: string, severity: string, text: string, offsetInText = 0): string {
  const i = report.indexOf(text);
  assert.ok(i >= 0, text);
  const before = report.slice(0, i + offsetInText).split('\n');
  return `${rule} ${severity} ${before.length}:${before[before.length - 1].length + 1}`;
}

const placeholder = (severity: string) => at('placeholder', severity, '**件');
const quotedComma = at('punctuation', 'hint', '”、“', 1);
const kangLao = at('term', 'warning', '抗牢');
const dateName = at('numeral', 'warning', '12.4');
const wangGeYuan = at('term', 'warning', '网格员');

interface Diag {
  rule: string;
  severity: string;
  line: number;
  column: number;
  message: string;
}

function check(args: string[]): { code: number | null; stderr: string; files: { file: string; profile: string; found: string[]; messages: string[] }[] } {
  const r = runCli(['--format', 'json', ...args]);
  assert.ok(r.stdout.startsWith('['), `${r.stdout}\n${r.stderr}`);
  const files = (JSON.parse(r.stdout) as { file: string; profile: string; diagnostics: Diag[] }[]).map((f) => ({
    file: f.file,
    profile: f.profile,
    found: f.diagnostics.map((d) => `${d.rule} ${d.severity} ${d.line}:${d.column}`),
    messages: f.diagnostics.map((d) => d.message),
  }));
  return { code: r.code, stderr: r.stderr, files };
}

describe('CLI: config files', () => {
  let tmp: ReturnType<typeof tempDir>;
  const write = (rel: string, text: string) => {
    const file = join(tmp.dir, rel);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, text);
    return file;
  };

  before(requireBuilt);
  beforeEach(() => (tmp = tempDir()));
  afterEach(() => tmp.cleanup());

  it('checks with the defaults when there is no config file', () => {
    const file = write('ws/report.md', report);
    const r = check([file]);
    assert.deepEqual(r.files[0].found, [placeholder('warning'), quotedComma, kangLao, dateName]);
    assert.equal(r.code, 0);
  });

  describe('a folder tree', () => {
    let top: string;
    let deep: string;
    beforeEach(() => {
      write('ws/.reportlintrc.json', '{ "rules": { "placeholder": "error" } }\n');
      write('ws/county.reportlintrc.json', '// shared by the county\n{ "rules": { "punctuation": "off" } }\n');
      write(
        'ws/dept/.reportlintrc.json',
        `{
  "extends": "../county.reportlintrc.json",
  "rules": { "numeral": "off" },
  "terms": [{ "wrong": "网格员", "right": "网格管理员", "reason": "本区统一称谓" }],
}
`,
      );
      top = write('ws/top.md', report);
      deep = write('ws/dept/2022/report.md', report);
    });

    it('applies the nearest file to each report: extends, rules off, the unit\'s own terms', () => {
      const r = check([top, deep]);
      // ws/top.md: the root config only: placeholders are errors; no custom term.
      assert.deepEqual(r.files[0].found, [placeholder('error'), quotedComma, kangLao, dateName]);
      // ws/dept/2022/report.md: the dept config wins (the root one does not apply: it is not
      // extended); punctuation is off through extends, numeral off, 网格员 is a term.
      assert.deepEqual(r.files[1].found, [wangGeYuan, placeholder('warning'), kangLao]);
      assert.match(r.files[1].messages[0], /“网格员”应为“网格管理员”：本区统一称谓/);
      assert.equal(r.code, 1, 'the error in top.md fails the run');
      assert.equal(r.stderr.includes(' config '), false, r.stderr);
    });

    it('--rule wins over the config file, and --no-config / --config replace the lookup', () => {
      assert.deepEqual(check(['--rule', 'numeral=warning', deep]).files[0].found, [wangGeYuan, placeholder('warning'), kangLao, dateName]);
      assert.deepEqual(check(['--no-config', deep]).files[0].found, [placeholder('warning'), quotedComma, kangLao, dateName]);
      const rootConfig = join(tmp.dir, 'ws/.reportlintrc.json');
      assert.deepEqual(check(['--config', rootConfig, deep]).files[0].found, [placeholder('error'), quotedComma, kangLao, dateName]);
    });

    it('--config naming a missing file is a usage error', () => {
      const r = runCli(['--config', join(tmp.dir, 'nope.json'), deep]);
      assert.equal(r.code, 2);
      assert.match(r.stderr, /找不到配置文件/);
      assert.equal(r.stdout, '');
    });
  });

  it('--profile accepts a custom profile of the config file, and refuses it where no config defines it', () => {
    const shufa = JSON.parse(readFileSync(join(root, 'server/src/engine/profiles/shufa.json'), 'utf8'));
    write('ws/.reportlintrc.json', JSON.stringify({ profiles: [{ ...shufa, id: 'county-shufa', name: '县级述法报告' }] }));
    const inside = write('ws/report.md', report);
    const outside = write('elsewhere/report.md', report);
    const r = check(['--profile', 'county-shufa', inside]);
    assert.equal(r.files[0].profile, 'county-shufa');
    // Its mandated sections apply: the generic report misses them.
    assert.ok(r.files[0].found.some((f) => f.startsWith('required-section warning')), JSON.stringify(r.files[0].found));
    const bad = runCli(['--profile', 'county-shufa', outside]);
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /未知报告类型 "county-shufa"/);
  });

  it('reports a broken config file with file:line:col on stderr and still checks, with the readable parts', () => {
    const config = write(
      'ws/.reportlintrc.json',
      `{
  "rules": {
    "trem": "off"
    "placeholder": "off"
  }
}
`,
    );
    const file = write('ws/report.md', report);
    const text = runCli([file]);
    const configLines = text.stderr.split('\n').filter((l) => l.includes(' config '));
    assert.equal(configLines.length, 2, text.stderr);
    assert.ok(configLines[0].startsWith(`${config}:3:5 error config 未知的规则“trem”`), configLines[0]);
    assert.ok(configLines[1].startsWith(`${config}:4:5 error config JSON 格式错误：缺少逗号`), configLines[1]);
    assert.match(text.stderr, /配置文件中有 2 处问题/);
    // "placeholder": "off" could still be read; the rest is checked with the defaults.
    const r = check([file]);
    assert.deepEqual(r.files[0].found, [quotedComma, kangLao, dateName]);
    // Config errors do not change the exit code: the findings decide (warnings only here).
    assert.equal(r.code, 0);
    assert.equal(text.code, 0);
  });

  it('prints each config error once, however many reports use the file', () => {
    const configText = '{ "rules": { "trem": "off" } }';
    const config = write('ws/.reportlintrc.json', configText);
    const a = write('ws/a.md', report);
    const b = write('ws/sub/b.md', report);
    const r = runCli([a, b]);
    const configLines = r.stderr.split('\n').filter((l) => l.includes(' config '));
    assert.deepEqual(configLines.map((l) => l.split(' ')[0]), [`${config}:1:${configText.indexOf('"trem"') + 1}`]);
  });
});
