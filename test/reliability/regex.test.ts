// Regular expressions the engine runs: every one it builds is collected programmatically
// (patterns.ts: regex literals in the engine source, RegExps built at run time while analysing a
// corpus, the profile patterns) and must pass the safety checks here. How their time grows on
// pumped hostile strings is measured in test/perf/regex-growth.perf.ts (`npm run test:perf`),
// not here: `npm test` asserts no wall-clock time. Profile patterns from a user's config that
// could backtrack out of control are never run.
import { strict as assert } from 'node:assert';
import type { EngineConfig, ProfileData } from '../../server/src/engine';
import { analyze, builtinProfiles } from '../../server/src/engine';
import { checkPattern } from '../../server/src/engine/packs/safe-regex';
import { fill } from './adversarial';
import { BOUNDED_USE, literalPatterns, profilePatterns, recordedPatterns, type Pattern } from './patterns';
import { checkResult, engineRules } from './support';
import { HANG_GUARD_MS, TimingWorker } from './timing';

describe('regular expressions: the engine\'s patterns are found and pass the safety check', function () {
  this.timeout(10 * 60_000);
  const worker = new TimingWorker({ recordRegExps: true });
  const { patterns: literals, dynamicSites } = literalPatterns();
  const fromProfiles = profilePatterns(builtinProfiles);
  let recorded: Pattern[] = [];

  before(async () => {
    recorded = await recordedPatterns(worker);
  });
  after(() => worker.stop());

  it('finds the engine\'s patterns: literals in the source, and the ones built at run time', () => {
    assert.ok(literals.length >= 100, `only ${literals.length} regex literals found`);
    assert.ok(dynamicSites.length >= 5, `only ${dynamicSites.length} new RegExp(…) sites found`);
    assert.ok(recorded.length >= dynamicSites.length, `recorded ${recorded.length} built patterns for ${dynamicSites.length} sites`);
    // Every `new RegExp(<expression>)` site in the source built at least one recorded pattern.
    const sitesRecorded = new Set(recorded.map((r) => r.site.replace(/:\d+$/, '')));
    const missing = dynamicSites.filter((s) => !sitesRecorded.has(s.replace(/:\d+$/, '')));
    assert.deepEqual(missing, [], 'files with new RegExp(…) whose patterns were never recorded');
  });

  it('every built-in profile pattern passes the safety check user patterns must pass', () => {
    const bad = fromProfiles.map((p) => ({ ...p, check: checkPattern(p.source) })).filter((p) => !p.check.ok);
    assert.deepEqual(bad.map((p) => `${p.site}: ${p.source} — ${p.check.ok ? '' : p.check.message}`), []);
  });

  it('every pattern excused as bounded in use is still in the engine', () => {
    const all = new Set([...literals, ...recorded].map((p) => p.source));
    assert.deepEqual(Object.keys(BOUNDED_USE).filter((source) => !all.has(source)), []);
  });
});

describe('regular expressions: hostile profile patterns from a user config', function () {
  this.timeout(10 * 60_000);
  const ruleIds = new Set(engineRules().map((r) => r.id));
  // The worker is a hang guard (a pattern that ran would never return): its deadline is far
  // above any real analysis, so load on the machine cannot trip it.
  const worker = new TimingWorker();
  after(() => worker.stop());

  /** A user profile whose part headings and recognisers use `patterns`. */
  const userProfile = (patterns: string[]): ProfileData => ({
    id: 'user-kind',
    name: '自定义报告',
    source: 'test',
    recognise: { title: patterns, leadIn: patterns },
    parts: [{ id: 'a', name: '甲部分', required: true, headings: patterns, examples: ['甲'], skeleton: '甲部分', source: 'test' }],
  });
  const hostileDoc = (unit: string): string =>
    [`# ${fill(unit, 5_000)}!`, '', `${fill(unit, 5_000)}!`, '', ...Array.from({ length: 200 }, () => `## ${fill(unit, 200)}!`)].join('\n');

  const cases: [string, string[], string][] = [
    ['nested quantifiers (a+)+$', ['(a+)+$', '^(a|a)*$'], 'a'],
    ['overlapping alternation (甲|甲乙)*丙', ['(甲|甲乙)*丙'], '甲乙'],
    ['a polynomial .*.*.*x', ['a.*a.*a.*x'], 'a'],
    ['invalid syntax', ['(', '[', '\\', '*a', '(?<n>a)\\k<m>'], 'a'],
  ];
  for (const [what, patterns, unit] of cases) {
    it(`${what}: skipped, the analysis finishes and other checks still run`, async () => {
      const text = hostileDoc(unit) + '\n\n办理**件。\n';
      // Forced (the part patterns run) and detected (the title and lead-in patterns run too).
      for (const config of [{ profiles: [userProfile(patterns)], profile: 'user-kind' }, { profiles: [userProfile(patterns)] }]) {
        const r = await worker.run({ kind: 'analyze', input: { text }, n: 0, reps: 1, config }, HANG_GUARD_MS);
        assert.deepEqual(r.errors, []);
        const result = checkResult(text, analyze(text, { config }), ruleIds);
        assert.ok(result.findings.some((f) => f.rule === 'placeholder'), 'the placeholder is still found');
      }
    });
  }

  it('a safe user pattern still matches', () => {
    const config: EngineConfig = { profiles: [userProfile(['甲部分'])], profile: 'user-kind' };
    const has = analyze('# 报告\n\n## 一、甲部分\n\n正文。\n', { config }).findings.filter((f) => f.rule === 'required-section');
    const missing = analyze('# 报告\n\n## 一、乙部分\n\n正文。\n', { config }).findings.filter((f) => f.rule === 'required-section');
    assert.equal(has.length, 0);
    assert.equal(missing.length, 1);
  });
});
