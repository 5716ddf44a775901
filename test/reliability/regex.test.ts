// Regular expressions: every one the engine builds is run on pumped hostile strings (runs of
// the pattern's own characters, with and without a failing end) at 5,000 and 20,000 units, in
// a worker with a deadline; the time must grow linearly (less than 8× for 4× the length). The patterns are collected
// programmatically: regex literals from the engine's source (TypeScript AST), RegExps built by
// engine code at run time (recorded while analysing a corpus), and the profile patterns.
// Profile patterns from a user's config that could backtrack out of control are never run.
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import fc from 'fast-check';
import ts from 'typescript';
import { analyze, builtinProfiles } from '../../server/src/engine';
import type { EngineConfig, ProfileData } from '../../server/src/engine';
import { checkPattern } from '../../server/src/engine/packs/safe-regex';
import { fill } from './adversarial';
import { report } from './arbitraries';
import { engineDir, profileConfigs, seed } from './support';
import { MAX_GROWTH_RATIO, NOISE_FLOOR_MS, pause, type PumpResult, SIZE_FACTOR, TimingWorker } from './timing';

const N = 5_000; // and SIZE_FACTOR × N = 20,000
const DEADLINE_MS = 30_000;

/**
 * Patterns that are super-linear on long text but only ever run on a short, bounded slice, so
 * they cost constant time per use. Each entry says where and why; a stale entry fails the suite.
 */
const BOUNDED_USE: Record<string, string> = {
  '[A-Za-z][A-Za-z/]*\\s?$': 'rules/numeral.ts: tested on the 8 characters before a range only (text.slice(m.index - 8, m.index))',
};

interface Pattern {
  source: string;
  flags: string;
  site: string;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? sourceFiles(p) : p.endsWith('.ts') ? [p] : [];
  });
}

/** Regex literals, and `new RegExp` / `RegExp()` calls whose pattern is a plain string, in the engine's source. */
function literalPatterns(): { patterns: Pattern[]; dynamicSites: string[] } {
  const patterns: Pattern[] = [];
  const dynamicSites: string[] = [];
  for (const file of sourceFiles(engineDir)) {
    const sf = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    const site = (n: ts.Node): string => `${relative(engineDir, file)}:${sf.getLineAndCharacterOfPosition(n.getStart()).line + 1}`;
    const visit = (node: ts.Node): void => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const text = node.getText(sf);
        const slash = text.lastIndexOf('/');
        patterns.push({ source: text.slice(1, slash), flags: text.slice(slash + 1), site: site(node) });
      } else if ((ts.isNewExpression(node) || ts.isCallExpression(node)) && ts.isIdentifier(node.expression) && node.expression.text === 'RegExp') {
        const [first, second] = node.arguments ?? [];
        const flags = second && ts.isStringLiteralLike(second) ? second.text : '';
        if (first && ts.isStringLiteralLike(first)) patterns.push({ source: first.text, flags, site: site(node) });
        else dynamicSites.push(site(node));
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }
  return { patterns, dynamicSites };
}

/** Every pattern of the built-in profiles (data, run against titles, lead-ins and headings). */
function profilePatterns(profiles: readonly ProfileData[]): Pattern[] {
  return profiles.flatMap((p) => [
    ...p.recognise.title.map((source) => ({ source, flags: 'u', site: `profiles/${p.id}.json recognise.title` })),
    ...p.recognise.leadIn.map((source) => ({ source, flags: 'u', site: `profiles/${p.id}.json recognise.leadIn` })),
    ...(p.leadIn ? [{ source: p.leadIn.pattern, flags: 'u', site: `profiles/${p.id}.json leadIn.pattern` }] : []),
    ...p.parts.flatMap((part) => part.headings.map((source) => ({ source, flags: 'u', site: `profiles/${p.id}.json parts.${part.id}` }))),
  ]);
}

const corpus = (): string[] => {
  const root = join(engineDir, '..', '..', '..');
  const fixtures = join(root, 'test', 'fixtures', 'rules');
  return [
    readFileSync(join(root, 'samples', 'shufa-report-2022.txt'), 'utf8'),
    ...readdirSync(fixtures).map((f) => readFileSync(join(fixtures, f), 'utf8')),
    ...fc.sample(report, { seed, numRuns: 40 }),
  ];
};

describe('regular expressions: linear on pumped hostile strings', function () {
  this.timeout(10 * 60_000);
  const worker = new TimingWorker({ recordRegExps: true });
  const { patterns: literals, dynamicSites } = literalPatterns();
  const fromProfiles = profilePatterns(builtinProfiles);
  let recorded: Pattern[] = [];

  before(async () => {
    const configs: EngineConfig[] = [...profileConfigs];
    recorded = await worker.run({ kind: 'collect', texts: corpus(), configs }, 120_000);
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

  const pumpAll = (what: string, get: () => Pattern[]): void => {
    it(`${what}: time(${(SIZE_FACTOR * N).toLocaleString('en-US')}) / time(${N.toLocaleString('en-US')}) < ${MAX_GROWTH_RATIO} on every pump`, async () => {
      const patterns = get().filter((p) => !(p.source in BOUNDED_USE));
      assert.ok(patterns.length > 0);
      const failures: string[] = [];
      let pumps = 0;
      for (const p of patterns) {
        let results;
        try {
          results = await worker.run({ kind: 'pump', source: p.source, flags: p.flags, n: N }, DEADLINE_MS);
        } catch (e) {
          failures.push(`${p.site} /${p.source}/${p.flags}: ${e instanceof Error ? e.message : String(e)}`);
          continue;
        }
        pumps += results.length;
        const bad = (r: PumpResult): boolean => r.large >= NOISE_FLOOR_MS && r.large / Math.max(r.small, 1e-3) >= MAX_GROWTH_RATIO;
        let failing = results.filter(bad);
        // Measure a failing pump again a little later: a real super-linear cost fails every time,
        // a burst of load from another process does not last.
        for (let retry = 0; retry < 3 && failing.length > 0; retry++) {
          await pause(300);
          const again = await worker.run({ kind: 'pump', source: p.source, flags: p.flags, n: N, only: failing.map((r) => r.name) }, DEADLINE_MS);
          failing = again.filter(bad);
        }
        for (const r of failing) {
          failures.push(`${p.site} /${p.source}/${p.flags} on ${r.name}: ${r.small.toFixed(2)} ms → ${r.large.toFixed(2)} ms (×${(r.large / r.small).toFixed(1)})`);
        }
      }
      if (process.env.RELIABILITY_VERBOSE) console.log(`      ${patterns.length} patterns, ${pumps} pumped strings`);
      assert.deepEqual(failures, []);
    });
  };
  pumpAll('regex literals in the engine source', () => literals);
  pumpAll('RegExps built by engine code at run time', () => recorded);
  pumpAll('built-in profile patterns', () => fromProfiles);
});

describe('regular expressions: hostile profile patterns from a user config', function () {
  this.timeout(120_000);
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
        const r = await worker.run({ kind: 'analyze', input: { text }, n: 0, reps: 1, config }, 20_000);
        assert.deepEqual(r.errors, []);
        const result = analyze(text, config);
        assert.ok(result.findings.some((f) => f.rule === 'placeholder'), 'the placeholder is still found');
      }
    });
  }

  it('a safe user pattern still matches', () => {
    const config: EngineConfig = { profiles: [userProfile(['甲部分'])], profile: 'user-kind' };
    const has = analyze('# 报告\n\n## 一、甲部分\n\n正文。\n', config).findings.filter((f) => f.rule === 'required-section');
    const missing = analyze('# 报告\n\n## 一、乙部分\n\n正文。\n', config).findings.filter((f) => f.rule === 'required-section');
    assert.equal(has.length, 0);
    assert.equal(missing.length, 1);
  });
});
