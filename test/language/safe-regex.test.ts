// User patterns must not hang the server: risky shapes are rejected before compiling, and a
// pattern that passes stays fast on hostile text.
import { strict as assert } from 'node:assert';
import { builtinTerms, compileTerms } from '../../server/src/engine/packs';
import { findTermHits } from '../helpers/term-hits';
import { checkPattern } from '../../server/src/engine/packs/safe-regex';

const rejected = (p: string): string => {
  const r = checkPattern(p);
  assert.equal(r.ok, false, `${p} should be rejected`);
  return r.ok ? '' : r.message;
};
const accepted = (p: string): void => {
  const r = checkPattern(p);
  assert.ok(r.ok, `${p} should be accepted: ${r.ok ? '' : r.message}`);
};

describe('safe-regex: catastrophic shapes are rejected', () => {
  it('(a+)+$ is rejected, with a Chinese reason (test/perf shows what it would cost to run)', () => {
    assert.match(rejected('(a+)+$'), /嵌套/);
  });
  for (const p of [
    '(a*)*',
    '(?:a+){2}',
    '(x+x+)+y',
    '(.*a){20}',
    '^(([a-z])+.)+[A-Z]([a-z])+$',
    '(\\w+\\s?)*$',
  ]) {
    it(`nested quantifiers: ${p}`, () => assert.match(rejected(p), /嵌套/));
  }
  for (const p of ['(a|a)*', '(a|ab)+', '(\\w|\\d)+', '(\\d|[0-5])*', '(.|\\n)*', '(?:甲|甲乙){2,5}']) {
    it(`overlapping alternation under a quantifier: ${p}`, () => assert.match(rejected(p), /同一个字开始/));
  }
  it('empty alternatives and empty repeats', () => {
    assert.match(rejected('(a|)+'), /为空/);
    assert.match(rejected('a?'), /空字符串/);
    assert.match(rejected(''), /不能为空/);
  });
  it('polynomial blow-ups: more than one unbounded repeat, or large products', () => {
    assert.match(rejected('.*.*.*x'), /超过一处/);
    assert.match(rejected('a*b*'), /超过一处/);
    assert.match(rejected('[^。]{0,100}[^。]{0,100}'), /组合过多/);
    assert.match(rejected('a{0,1000}'), /上限/);
  });
  it('back-references, syntax errors and overlong patterns', () => {
    assert.match(rejected('(a)\\1'), /反向引用/);
    assert.match(rejected('(?<x>a)\\k<x>'), /反向引用/);
    assert.match(rejected('('), /语法错误/);
    assert.match(rejected('a{2,1}'), /语法错误/);
    assert.match(rejected('(?=(a+))+b'), /语法错误/); // a quantified lookahead is not even valid with the u flag
    assert.match(rejected('甲'.repeat(501)), /过长/);
  });
});

describe('safe-regex: ordinary patterns are accepted', () => {
  for (const p of [
    '做出(?=决定|部署)',
    '既使(?![^。；！？\\n]{0,20}又使)',
    '(?:习近平)?新时代中国特色社会主义法治思想',
    '(?<![“"])(四个意识|四个自信)(?![”"])',
    '(?:ab|cd)+',
    '([^，]|，)+',
    '[^。]*违规[^。]{0,10}',
    '\\p{Script=Han}{2,4}办',
    '(?:a+)?b',
  ]) {
    it(p, () => accepted(p));
  }
  it('every built-in pattern passes', () => {
    for (const e of builtinTerms) if (e.pattern) accepted(e.pattern);
  });
});

describe('safe-regex: what passes finishes on hostile text (timed in test/perf)', () => {
  it('the most expensive accepted shape over 1 MB without sentence ends', () => {
    const pattern = '[^。]*a[^。]{0,18}b';
    accepted(pattern);
    const text = 'a'.repeat(1_000_000);
    const hits = findTermHits(text, compileTerms([{ pattern, right: 'x', reason: '测试', source: '测试' }]));
    assert.equal(hits.length, 0);
  });
  it('the built-in pack over 1 MB of report text', () => {
    const clean = '深入学习贯彻习近平法治思想，截至目前已作出部署，依法行政水平不断提高。\n';
    const wrong = '四是抗牢政治责任，党委做出部署。\n';
    const block = clean.repeat(19) + wrong;
    const copies = Math.ceil(1_000_000 / block.length);
    const text = block.repeat(copies);
    const compiled = compileTerms(builtinTerms);
    const hits = findTermHits(text, compiled);
    assert.equal(hits.length, 2 * copies);
  });
});
