// Each rule is isolated: an exception inside one rule is caught and reported in ruleErrors with
// the rule's id, once, and the other rules' findings still appear. Also proves the invariant
// checks the fuzz suites rely on do catch a broken rule (so those suites can fail).
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { allRules, analyze } from '../../server/src/engine';
import type { Rule, RuleContext } from '../../server/src/engine';
import { checkAll, checkResult } from './support';

const sample = readFileSync(join(__dirname, '..', '..', 'samples', 'shufa-report-2022.txt'), 'utf8');

const failing = (id: string, thrown: () => unknown): Rule => ({
  id,
  description: 'Fails on purpose (test).',
  defaultSeverity: 'warning',
  docs: { zh: '测试规则。', finds: 'nothing (test)' },
  check() {
    throw thrown();
  },
});

/** A test rule with the given check. */
const custom = (id: string, check: (ctx: RuleContext) => void): Rule => ({ id, description: 'Test rule.', defaultSeverity: 'warning', docs: { zh: '测试规则。', finds: 'nothing (test)' }, check });

const recurse = (n: number): number => recurse(n + 1) + 1;

describe('rule isolation', () => {
  const healthy = analyze(sample, { rules: allRules });

  it('the sample has findings of the built-in rules to lose', () => {
    assert.ok(healthy.findings.length >= 8, 'at least the eight placeholders');
    assert.deepEqual(healthy.ruleErrors, []);
  });

  const cases: [string, () => unknown][] = [
    ['an Error', () => new Error('规则内部错误')],
    ['a TypeError from a bad property read', () => new TypeError("Cannot read properties of undefined (reading 'start')")],
    ['a string', () => 'plain string'],
    ['undefined', () => undefined],
    ['null', () => null],
    ['an object without a prototype', () => Object.create(null)],
    ['an object whose toString throws', () => ({ toString: () => { throw new Error('again'); } })],
    ['an Error whose message getter throws', () => Object.defineProperty(new Error(), 'message', { get: () => { throw new Error('again'); } })],
  ];
  for (const [what, thrown] of cases) {
    it(`a rule that throws ${what} is reported once by id; the other findings stand`, () => {
      const rules = [failing('broken-first', thrown), ...allRules, failing('broken-last', thrown)];
      const result = analyze(sample, { rules });
      assert.deepEqual(result.ruleErrors.map((e) => e.rule), ['broken-first', 'broken-last']);
      for (const e of result.ruleErrors) assert.equal(typeof e.error, 'string');
      assert.deepEqual(result.findings, healthy.findings);
    });
  }

  it('the error text is the exception message', () => {
    const result = analyze(sample, { rules: [...allRules, failing('boom', () => new Error('规则内部错误'))] });
    assert.deepEqual(result.ruleErrors, [{ rule: 'boom', error: '规则内部错误' }]);
  });

  it('a stack overflow inside a rule is caught', () => {
    const result = analyze(sample, { rules: [custom('deep', () => void recurse(0)), ...allRules] });
    assert.equal(result.ruleErrors.length, 1);
    assert.equal(result.ruleErrors[0].rule, 'deep');
    assert.deepEqual(result.findings, healthy.findings);
  });

  it('a rule failing in the middle of the list does not stop the rules after it', () => {
    const mid = Math.floor(allRules.length / 2);
    const rules = [...allRules.slice(0, mid), failing('broken-middle', () => new Error('x')), ...allRules.slice(mid)];
    const result = analyze(sample, { rules });
    assert.deepEqual(result.ruleErrors.map((e) => e.rule), ['broken-middle']);
    assert.deepEqual(result.findings, healthy.findings);
  });

  it('every built-in rule failing at once leaves an empty, valid result', () => {
    const rules = allRules.map((r) => failing(r.id, () => new Error(`${r.id} failed`)));
    const result = analyze(sample, { config: { profile: 'shufa' }, rules });
    assert.deepEqual(result.findings, []);
    assert.deepEqual(result.ruleErrors.map((e) => e.rule), allRules.map((r) => r.id));
  });

  it('a failing rule turned off in config is not run', () => {
    const result = analyze(sample, { config: { rules: { boom: 'off' } }, rules: [...allRules, failing('boom', () => new Error('x'))] });
    assert.deepEqual(result.ruleErrors, []);
  });

  it('a rule that fails only on some documents fails only there', () => {
    const picky = custom('picky', (ctx) => {
      if (ctx.doc.text.includes('炸')) throw new Error('picky');
    });
    assert.deepEqual(analyze(sample, { rules: [picky] }).ruleErrors, []);
    assert.deepEqual(analyze(sample + '炸', { rules: [picky] }).ruleErrors.map((e) => e.rule), ['picky']);
  });
});

describe('the invariant checks catch a broken rule', () => {
  const ids = (...extra: string[]): Set<string> => new Set([...allRules.map((r) => r.id), ...extra]);
  const text = '一、主要做法\n😀办理**件。\n';
  const run = (rule: Rule): void => void checkResult(text, analyze(text, { rules: [rule] }), ids(rule.id));

  it('a span past the end of the document', () => {
    assert.throws(() => run(custom('past-end', (ctx) => ctx.report({ message: '超出', span: { start: 2, end: text.length + 1 } }))), /0 ≤ start ≤ end/);
  });
  it('a reversed span', () => {
    assert.throws(() => run(custom('reversed', (ctx) => ctx.report({ message: '反了', span: { start: 5, end: 3 } }))), /0 ≤ start ≤ end/);
  });
  it('a span that splits a surrogate pair', () => {
    const inEmoji = text.indexOf('😀') + 1;
    assert.throws(() => run(custom('split', (ctx) => ctx.report({ message: '拆开', span: { start: inEmoji, end: inEmoji + 2 } }))), /surrogate pair/);
  });
  it('a related span outside the document', () => {
    const related = [{ span: { start: -1, end: 2 }, message: '前文' }];
    assert.throws(() => run(custom('related', (ctx) => ctx.report({ message: '相关', span: { start: 0, end: 1 }, related }))), /related/);
  });
  it('overlapping fix edits', () => {
    const fixes = [{ title: '改', edits: [{ start: 0, end: 3, text: 'a' }, { start: 2, end: 4, text: 'b' }] }];
    assert.throws(() => run(custom('overlap', (ctx) => ctx.report({ message: '重叠', span: { start: 0, end: 4 }, fixes }))), /overlap/);
  });
  it('two insertions at one offset', () => {
    const fixes = [{ title: '插', edits: [{ start: 1, end: 1, text: 'a' }, { start: 1, end: 1, text: 'b' }] }];
    assert.throws(() => run(custom('same-offset', (ctx) => ctx.report({ message: '重叠', span: { start: 0, end: 4 }, fixes }))), /overlap/);
  });
  it('a fix without edits', () => {
    assert.throws(() => run(custom('no-edits', (ctx) => ctx.report({ message: '空', span: { start: 0, end: 1 }, fixes: [{ title: '空', edits: [] }] }))), /has edits/);
  });
  it('an empty message', () => {
    assert.throws(() => run(custom('silent', (ctx) => ctx.report({ message: '', span: { start: 0, end: 1 } }))), /message/);
  });
  it('a rule that gives different findings for the same input', () => {
    let calls = 0;
    const flaky = custom('flaky', (ctx) => ctx.report({ message: '随机', span: { start: 0, end: calls++ % 2 } }));
    assert.throws(() => checkAll(text, {}, [flaky]), /same input gives the same findings/);
  });
  it('a rule whose fix leads to a crash on the fixed text', () => {
    const fragile = custom('fragile', (ctx) => {
      if (ctx.doc.text.startsWith('!')) throw new Error('fragile');
      ctx.report({ message: '加叹号', span: { start: 0, end: 1 }, fixes: [{ title: '加', edits: [{ start: 0, end: 0, text: '!' }] }] });
    });
    assert.throws(() => checkAll(text, {}, [fragile]), /no rule may throw/);
  });
});
