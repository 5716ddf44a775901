// .reportlintrc.json: the cascade, extends, schema validation and error positions, packs, and
// what the loaded config does to the analysis. Files live in a Map: the loader is pure.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { allRules } from '../../server/src/engine';
import { CONFIG_FILE_NAME, findConfigFile, loadConfig, loadConfigFile, overrideConfig } from '../../server/src/config';
import type { ConfigError } from '../../server/src/config';
import { addAllowedWord, setRuleSetting } from '../../server/src/config/edit';
import { schemaRuleIds } from '../../server/src/config/schema';
import type { ConfigReader } from '../../server/src/config/types';
import { analyzeAll, findingsOf, languageRules } from './helpers';

const fsOf = (files: Record<string, string>): ConfigReader => {
  const map = new Map(Object.entries(files));
  return (p) => map.get(p);
};
const brief = (errors: ConfigError[]): string[] => errors.map((e) => `${e.file}:${e.line}:${e.column} ${e.source}`);
/** The 1-based line and column of the first occurrence of `needle` in `text`. */
function where(text: string, needle: string): string {
  const i = text.indexOf(needle);
  assert.ok(i >= 0, needle);
  const before = text.slice(0, i).split('\n');
  return `${before.length}:${before[before.length - 1].length + 1}`;
}

describe('config: finding the file', () => {
  it('returns the base unchanged when there is no config file', () => {
    const base = { profile: 'shufa', rules: { term: 'error' as const } };
    const r = loadConfig('/ws/a/report.md', fsOf({}), { base });
    assert.deepEqual(r, { config: base, configFile: null, files: [], errors: [] });
  });
  it('the nearest file up the tree wins; the ones above apply only through extends', () => {
    const read = fsOf({
      [`/ws/${CONFIG_FILE_NAME}`]: '{ "rules": { "numeral": "off" }, "profile": "shuzhi" }',
      [`/ws/dept/${CONFIG_FILE_NAME}`]: '{ "rules": { "term": "error" } }',
    });
    const r = loadConfig('/ws/dept/2022/report.md', read);
    assert.equal(r.configFile, `/ws/dept/${CONFIG_FILE_NAME}`);
    assert.deepEqual({ ...r.config.rules }, { term: 'error' });
    assert.equal(r.config.profile, undefined);
    assert.equal(findConfigFile('/ws/other/x', read), `/ws/${CONFIG_FILE_NAME}`);
  });
  it('stops at the workspace root', () => {
    const read = fsOf({ [`/${CONFIG_FILE_NAME}`]: '{ "rules": { "term": "off" } }' });
    assert.equal(loadConfig('/ws/a/report.md', read, { stopAt: '/ws' }).configFile, null);
    assert.equal(loadConfig('/ws/a/report.md', read).configFile, `/${CONFIG_FILE_NAME}`);
  });
  it('a reader that throws counts as no file', () => {
    const r = loadConfig('/ws/r.md', () => {
      throw new Error('EACCES');
    });
    assert.equal(r.configFile, null);
  });
});

describe('config: extends', () => {
  it('applies the extended file beneath, a bare severity keeping its options, nearer terms first', () => {
    const read = fsOf({
      '/org/base.json': '{ "profile": "shufa", "rules": { "term": { "severity": "info", "options": { "allow": ["甲"] } }, "numeral": "off" }, "terms": [{ "wrong": "网格员", "right": "网格管理员" }] }',
      [`/org/ws/${CONFIG_FILE_NAME}`]: '{ "extends": "../base.json", "rules": { "term": "error" }, "terms": [{ "wrong": "综治中心", "right": "社会治理中心" }] }',
    });
    const r = loadConfig('/org/ws/r.md', read);
    assert.deepEqual(r.errors, []);
    assert.equal(r.config.profile, 'shufa');
    assert.equal(r.config.rules?.numeral, 'off');
    const term = r.config.rules?.term as { severity: string; options: { allow: string[]; terms: { wrong: string }[] } };
    assert.equal(term.severity, 'error');
    assert.deepEqual(term.options.allow, ['甲']);
    assert.deepEqual(term.options.terms.map((t) => t.wrong), ['综治中心', '网格员']);
    assert.deepEqual(r.files, [`/org/ws/${CONFIG_FILE_NAME}`, '/org/base.json']);
  });
  it('a list of files, later ones over earlier ones', () => {
    const read = fsOf({
      '/ws/a.json': '{ "rules": { "term": "info", "numeral": "info" } }',
      '/ws/b.json': '{ "rules": { "term": "hint" } }',
      [`/ws/${CONFIG_FILE_NAME}`]: '{ "extends": ["./a.json", "./b.json"] }',
    });
    assert.deepEqual({ ...loadConfig('/ws/r.md', read).config.rules }, { term: 'hint', numeral: 'info' });
  });
  it('detects a cycle, reports it where the extends is written, and keeps the rest', () => {
    const rc = `{\n  "rules": { "term": "error" },\n  "extends": "./b.json"\n}`;
    const b = `{\n  "extends": "./${CONFIG_FILE_NAME}",\n  "rules": { "numeral": "off" }\n}`;
    const r = loadConfig('/ws/r.md', fsOf({ [`/ws/${CONFIG_FILE_NAME}`]: rc, '/ws/b.json': b }));
    assert.deepEqual(brief(r.errors), [`/ws/b.json:${where(b, `"./${CONFIG_FILE_NAME}"`)} check`]);
    assert.match(r.errors[0].message, /循环继承（\.reportlintrc\.json → b\.json → \.reportlintrc\.json）/);
    assert.deepEqual({ ...r.config.rules }, { numeral: 'off', term: 'error' });
  });
  it('a file extending itself, and a missing file', () => {
    const rc = '{ "extends": ["./.reportlintrc.json", "./nope.json"], "rules": { "term": "info" } }';
    const r = loadConfig('/ws/r.md', fsOf({ [`/ws/${CONFIG_FILE_NAME}`]: rc }));
    assert.equal(r.errors.length, 2);
    assert.match(r.errors[0].message, /循环继承/);
    assert.match(r.errors[1].message, /找不到要继承的配置文件“\.\/nope\.json”/);
    assert.equal(r.errors[1].column, rc.indexOf('"./nope.json"') + 1);
    assert.deepEqual({ ...r.config.rules }, { term: 'info' });
  });
});

describe('config: errors with file, line and column', () => {
  const file = `/ws/${CONFIG_FILE_NAME}`;
  it('bad JSON: the place of the missing comma, and what could be read still applies', () => {
    const text = '{\n  // 本单位设置\n  "profile": "shufa"\n  "rules": { "term": "error" },\n}';
    const r = loadConfig('/ws/r.md', fsOf({ [file]: text }));
    assert.deepEqual(brief(r.errors), [`${file}:4:3 json`]);
    assert.match(r.errors[0].message, /JSON 格式错误：缺少逗号/);
    assert.equal(r.config.profile, 'shufa');
    assert.deepEqual({ ...r.config.rules }, { term: 'error' });
  });
  it('comments and trailing commas are fine', () => {
    const text = '/* 配置 */\n{\n  "rules": { "term": "error", }, // 行尾注释\n}\n';
    assert.deepEqual(loadConfig('/ws/r.md', fsOf({ [file]: text })).errors, []);
  });
  it('an empty file and a file that is not an object', () => {
    assert.match(loadConfig('/ws/r.md', fsOf({ [file]: '' })).errors[0].message, /JSON 格式错误/);
    const r = loadConfig('/ws/r.md', fsOf({ [file]: '[1, 2]' }), { base: { profile: 'shufa' } });
    assert.match(r.errors[0].message, /应为一个 JSON 对象/);
    assert.deepEqual(r.config, { profile: 'shufa' });
  });
  it('schema errors: unknown key, unknown rule, bad severity, wrong type — each at its line', () => {
    const text = [
      '{',
      '  "colour": "red",',
      '  "rules": {',
      '    "term": "error",',
      '    "trem": "warning",',
      '    "numeral": "loud",',
      '    "punctuation": { "severity": "info", "options": { "allow": ["甲"] } }',
      '  },',
      '  "allow": "法制办"',
      '}',
    ].join('\n');
    const r = loadConfig('/ws/r.md', fsOf({ [file]: text }));
    assert.deepEqual(brief(r.errors), [`${file}:2:3 schema`, `${file}:5:5 schema`, `${file}:6:16 schema`, `${file}:9:12 schema`]);
    assert.match(r.errors[0].message, /未知的配置项“colour”/);
    assert.match(r.errors[1].message, /未知的规则“trem”.*term/);
    assert.match(r.errors[2].message, /"error"、"warning"、"info"、"hint"、"off"/);
    assert.match(r.errors[3].message, /应为数组/);
    for (const e of r.errors) assert.equal(e.endLine, e.line);
    // The valid settings still apply.
    assert.equal(r.config.rules?.term, 'error');
    assert.equal((r.config.rules?.punctuation as { severity: string }).severity, 'info');
    assert.equal(r.config.rules?.numeral, undefined);
  });
  it('a bad rule object names the field', () => {
    const text = '{ "rules": { "term": { "severity": "loud" } } }';
    const r = loadConfig('/ws/r.md', fsOf({ [file]: text }));
    assert.equal(r.errors.length, 1);
    assert.match(r.errors[0].message, /“rules\.term\.severity” 应为以下值之一/);
    assert.equal(r.errors[0].column, text.indexOf('"loud"') + 1);
  });
  it('invalid and catastrophic patterns are reported at their line, quickly; good entries still apply', () => {
    const text = [
      '{',
      '  "terms": [',
      '    { "wrong": "综治中心", "right": "社会治理中心" },',
      '    { "pattern": "(a+)+$", "right": "a" },',
      '    { "pattern": "做出(", "right": "作出" },',
      '    { "wrong": "甲", "pattern": "乙", "right": "丙" },',
      '    { "wrong": "抗牢", "right": "扛牢", "allow": ["牢笼"] }',
      '  ]',
      '}',
    ].join('\n');
    // A catastrophic pattern is rejected before it can run (were it run, this would not return).
    const r = loadConfig('/ws/r.md', fsOf({ [file]: text }));
    assert.deepEqual(
      r.errors.map((e) => `${e.line}:${e.column}`),
      [where(text, '"(a+)+$"'), where(text, '"做出("'), where(text, '{ "wrong": "甲"'), where(text, '"牢笼"')],
    );
    const messages = r.errors.map((e) => e.message).join('\n');
    assert.match(messages, /嵌套/);
    assert.match(messages, /语法错误/);
    assert.match(messages, /有且只有/);
    const found = findingsOf('term', '本镇综治中心运行良好，四是抗牢责任。', r.config);
    assert.deepEqual(found.map((f) => f.fixes?.[0].edits[0].text), ['社会治理中心', '扛牢']);
  });
  it('a custom profile with a bad pattern: the pattern is reported and left out, the profile kept', () => {
    const profile = {
      id: 'dangwei',
      name: '党委工作报告',
      source: '本单位',
      recognise: { title: ['党委工作报告', '((a+)+)'], leadIn: [] },
      parts: [{ id: 'work', name: '工作回顾', required: true, headings: ['工作回顾', '(x|x)*y'], examples: ['工作回顾'], skeleton: '工作回顾', source: '本单位' }],
    };
    const text = JSON.stringify({ profiles: [profile] }, null, 2);
    const r = loadConfig('/ws/r.md', fsOf({ [file]: text }));
    assert.deepEqual(r.errors.map((e) => `${e.line}:${e.column}`), [where(text, '"((a+)+)"'), where(text, '"(x|x)*y"')]);
    assert.deepEqual(r.config.profiles?.[0].recognise.title, ['党委工作报告']);
    assert.deepEqual(r.config.profiles?.[0].parts[0].headings, ['工作回顾']);
  });
  it('profile patterns: two unbounded repeats on headings, titles and content, one on the lead-in (docs/rule-packs.md)', () => {
    const two = '现将.*履职.*报告如下';
    const one = '现将.*情况报告如下';
    const profile = {
      id: 'dangwei',
      name: '党委工作报告',
      source: '本单位',
      recognise: { title: ['党委.*工作.*报告'], leadIn: [one, two], topic: [two] },
      leadIn: { required: true, pattern: two, skeleton: '现将有关情况报告如下：', source: '本单位' },
      parts: [{ id: 'work', name: '工作回顾', required: true, headings: ['工作.*回顾.*情况'], content: ['过去.*一年.*工作'], examples: ['工作回顾'], skeleton: '工作回顾', source: '本单位' }],
    };
    const sections = { shufa: [{ name: '专项工作报告', headings: ['本单位.*专项.*报告'] }] };
    const text = JSON.stringify({ profiles: [profile], sections }, null, 2);
    const r = loadConfig('/ws/r.md', fsOf({ [file]: text }));
    // Only the lead-in patterns with two repeats are refused, each at its own place.
    const at = (n: number) => {
      let i = -1;
      for (let k = 0; k <= n; k++) i = text.indexOf(`"${two}"`, i + 1);
      const before = text.slice(0, i).split('\n');
      return `${before.length}:${before[before.length - 1].length + 1}`;
    };
    assert.deepEqual(r.errors.map((e) => `${e.line}:${e.column}`), [at(0), at(1), at(2)]);
    for (const e of r.errors) assert.match(e.message, /不限次数的重复（\*、\+、\{n,\}）超过一处/);
    const p = r.config.profiles?.find((x) => x.id === 'dangwei');
    assert.deepEqual(p?.recognise, { title: ['党委.*工作.*报告'], leadIn: [one], topic: [] });
    assert.equal(p?.leadIn, undefined);
    assert.deepEqual(p?.parts[0].headings, ['工作.*回顾.*情况']);
    assert.deepEqual(p?.parts[0].content, ['过去.*一年.*工作']);
    const shufa = r.config.profiles?.find((x) => x.id === 'shufa');
    assert.ok(shufa?.parts.some((part) => part.headings.includes('本单位.*专项.*报告')));
  });
  it('a custom profile missing fields is a schema error and is left out', () => {
    const r = loadConfig('/ws/r.md', fsOf({ [file]: '{ "profiles": [ { "id": "x", "name": "某报告" } ] }' }));
    assert.ok(r.errors.length >= 1);
    assert.match(r.errors[0].message, /缺少必填字段/);
    assert.equal(r.config.profiles, undefined);
  });
  it('an unknown profile id falls back to detection', () => {
    const text = '{ "profile": "shufaa" }';
    const r = loadConfig('/ws/r.md', fsOf({ [file]: text }), { base: { profile: 'shuzhi' } });
    assert.match(r.errors[0].message, /未知的报告类型“shufaa”/);
    assert.equal(r.errors[0].column, text.indexOf('"shufaa"') + 1);
    assert.equal(r.config.profile, 'shuzhi');
  });
  it('loadConfigFile checks the file open in the editor (its unsaved text through the reader)', () => {
    const r = loadConfigFile(file, fsOf({ [file]: '{ "rules": { "nosuch": "off" } }' }));
    assert.equal(r.errors.length, 1);
    assert.match(r.errors[0].message, /未知的规则/);
  });
  it('never throws on hostile input', () => {
    for (const text of ['{', '}', '{"rules": []}', '{"terms": {}}', '{"sections": {"shufa": [1, {"name": 2}]}}', '{"packs": [1, ""]}', '{"extends": [1]}', '\u0000', '{"a":'.repeat(5000)]) {
      const r = loadConfig('/ws/r.md', fsOf({ [file]: text }));
      assert.ok(r.errors.length > 0, text.slice(0, 20));
    }
  });
});

describe('config: packs, allow and sections at work', () => {
  const pack = `{
  "name": "本区词表",
  "terms": [
    { "wrong": "网格员", "right": "网格管理员", "reason": "本区规范称谓", "source": "区委政法委文件" },
    { "pattern": "(x+)+", "right": "y" }
  ],
  "allow": ["法制宣传周"]
}`;
  const read = fsOf({
    [`/ws/${CONFIG_FILE_NAME}`]: '{ "packs": ["./packs/district.json", "./packs/none.json"], "allow": ["12.4"] }',
    '/ws/packs/district.json': pack,
  });
  it('reads a pack relative to the config; its errors point into the pack file', () => {
    const r = loadConfig('/ws/r.md', read);
    const rc = read(`/ws/${CONFIG_FILE_NAME}`) as string;
    assert.deepEqual(brief(r.errors), [`/ws/${CONFIG_FILE_NAME}:1:${rc.indexOf('"./packs/none.json"') + 1} check`, `/ws/packs/district.json:${where(pack, '"(x+)+"')} check`]);
    assert.match(r.errors[0].message, /找不到词表文件/);
    assert.deepEqual(r.files, [`/ws/${CONFIG_FILE_NAME}`, '/ws/packs/district.json']);
  });
  it('the pack’s entries fire with its reason, and allowed words silence all language rules', () => {
    const { config } = loadConfig('/ws/r.md', read);
    const text = '配备网格员，组织法制宣传周活动，利用12.4国家宪法日开展宣传。';
    const r = analyzeAll(text, config);
    assert.deepEqual(
      r.findings.filter((f) => ['term', 'numeral', 'punctuation'].includes(f.rule)).map((f) => `${f.rule} ${text.slice(f.span.start, f.span.end)}`),
      ['term 网格员'],
    );
    assert.match(r.findings[0].message, /本区规范称谓/);
  });
  it('extra mandated sections for a profile are required by required-section', () => {
    const rc = '{ "profile": "shufa", "sections": { "shufa": [ { "name": "廉洁自律情况", "headings": ["廉洁自律"], "after": "practice" } ], "nosuch": [ { "name": "甲", "headings": ["甲"] } ] } }';
    const r = loadConfig('/ws/r.md', fsOf({ [`/ws/${CONFIG_FILE_NAME}`]: rc }));
    assert.equal(r.errors.length, 1);
    assert.match(r.errors[0].message, /未知的报告类型“nosuch”/);
    const shufa = r.config.profiles?.find((p) => p.id === 'shufa');
    assert.deepEqual(shufa?.parts.map((p) => p.name).slice(0, 2), ['主要做法和成效', '廉洁自律情况']);
    const report = '现将本人履行推进法治建设第一责任人职责情况报告如下：\n一、主要做法和取得成效\n正文。\n二、存在的问题\n正文。\n三、下一步打算\n正文。\n';
    const missing = analyzeAll(report, r.config).findings.filter((f) => f.rule === 'required-section');
    assert.equal(missing.length, 1);
    assert.match(missing[0].message, /廉洁自律情况/);
  });
});

describe('config: editor settings beneath, CLI flags above', () => {
  const read = fsOf({ [`/ws/${CONFIG_FILE_NAME}`]: '{ "rules": { "term": "warning" }, "terms": [{ "wrong": "甲乙", "right": "丙丁" }] }' });
  it('the file wins over the editor settings it lies on', () => {
    const r = loadConfig('/ws/r.md', read, { base: { profile: 'shufa', rules: { term: 'off', numeral: 'info' } } });
    assert.equal(r.config.profile, 'shufa');
    assert.equal(r.config.rules?.numeral, 'info');
    assert.equal((r.config.rules?.term as { severity: string }).severity, 'warning');
  });
  it('a CLI --rule over the file keeps the file’s terms', () => {
    const { config } = loadConfig('/ws/r.md', read);
    const cli = overrideConfig(config, { rules: { term: 'error' } });
    const [f] = findingsOf('term', '甲乙', cli);
    assert.equal(f.severity, 'error');
    assert.equal(f.fixes?.[0].edits[0].text, '丙丁');
  });
});

describe('config: the schema', () => {
  it('lists every rule the engine and the language checks have', () => {
    for (const r of [...allRules, ...languageRules]) assert.ok(schemaRuleIds.includes(r.id), r.id);
  });
});

describe('config: the examples in docs/rule-packs.md', () => {
  const doc = readFileSync(join(__dirname, '../../docs/rule-packs.md'), 'utf8');
  const blocks = [...doc.matchAll(/```jsonc\n([\s\S]*?)```/g)].map((m) => m[1]);
  it('the config and the pack load with no error, and work', () => {
    assert.equal(blocks.length, 2);
    const read = fsOf({
      [`/org/ws/${CONFIG_FILE_NAME}`]: blocks[0],
      '/org/county.reportlintrc.json': '{ "rules": { "placeholder": "error" } }',
      '/org/ws/packs/district-terms.json': blocks[1],
    });
    const r = loadConfig('/org/ws/2022/report.md', read);
    assert.deepEqual(r.errors, []);
    assert.equal(r.config.rules?.placeholder, 'error');
    const text = '配备专职网格员12名，综治中心运行良好，党委做出决定，落实八五普法。';
    const fs = findingsOf('term', text, r.config);
    assert.deepEqual(fs.map((f) => f.fixes?.[0].edits[0].text), ['网格管理员', '社会治理中心', '作出', '“八五”普法']);
  });
});

describe('config: edits for the code actions', () => {
  it('adds a word to allow, keeping comments; twice is once', () => {
    const text = '{\n  // 本单位\n  "rules": { "term": "error" }\n}\n';
    const once = addAllowedWord(text, '法制宣传周');
    assert.match(once.text, /\/\/ 本单位/);
    const parsed = loadConfig('/ws/r.md', fsOf({ [`/ws/${CONFIG_FILE_NAME}`]: once.text }));
    assert.deepEqual(parsed.errors, []);
    assert.deepEqual((parsed.config.rules?.term as { options: { allow: string[] } }).options.allow, ['法制宣传周']);
    const twice = addAllowedWord(once.text, '法制宣传周');
    assert.deepEqual(twice.edits, []);
    const more = addAllowedWord(once.text, '甲');
    assert.deepEqual(JSON.parse(more.text.replace(/\/\/.*$/gm, '')).allow, ['法制宣传周', '甲']);
  });
  it('turns a rule off, and creates a file from nothing', () => {
    const off = setRuleSetting('{ "rules": { "term": "error" } }', 'numeral', 'off');
    assert.deepEqual(JSON.parse(off.text).rules, { term: 'error', numeral: 'off' });
    assert.deepEqual(JSON.parse(setRuleSetting('', 'term', 'off').text), { rules: { term: 'off' } });
    assert.deepEqual(JSON.parse(addAllowedWord('[1]', '甲').text), { allow: ['甲'] });
  });
  it('keeps CRLF line ends', () => {
    const r = addAllowedWord('{\r\n  "rules": {}\r\n}\r\n', '甲');
    assert.ok(!/[^\r]\n/.test(r.text), JSON.stringify(r.text));
  });
});
