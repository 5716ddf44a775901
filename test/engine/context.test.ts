// The analysis context: one per run, handed to every rule, owning what the run derives. Rules of
// one run share it (derived data is computed once), runs never share it, and a run inside a
// rule (a nested analysis) leaves the outer run's data and findings alone.
import { strict as assert } from 'node:assert';
import { allRules, analyze, AnalysisStopped, createAnalysisCache, type Finding, type Rule, type RuleContext } from '../../server/src/engine';
import { sampleText } from '../helpers/paths';

const TEXT = sampleText;

/** A rule that finds nothing and hands its context to `seen`. */
function probe(id: string, seen: (ctx: RuleContext) => void): Rule {
  return { id, description: 'Test probe.', defaultSeverity: 'hint', docs: { zh: '', finds: '' }, check: seen };
}

const visible = (findings: Finding[]): unknown => findings.map((f) => [f.rule, f.span.start, f.span.end, f.message]);

describe('analysis context', () => {
  it('every rule of a run gets the same context, and its derived data is computed once', () => {
    const seen: RuleContext[] = [];
    const keep = (ctx: RuleContext): void => void seen.push(ctx);
    analyze(TEXT, { rules: [probe('a', keep), ...allRules, probe('b', keep)] });
    const [first, last] = seen;
    assert.equal(first.analysis, last.analysis);
    assert.equal(first.doc, first.analysis.doc);
    assert.equal(first.profile, first.analysis.profile);
    assert.equal(first.analysis.profile.id, 'shufa');
    // Read by the figure and structure rules in between: the same objects, not computed again.
    for (const key of ['figures', 'figureSentences', 'partMatches', 'presentParts', 'partRegions', 'paragraphParts', 'paragraphPlaces', 'restarts'] as const) {
      assert.equal(last.analysis[key], last.analysis[key], key);
    }
    assert.ok(last.analysis.figures.length > 0, 'the sample states figures');
    assert.ok(last.analysis.partMatches.length > 0, 'the sample has mandated parts');
  });

  it('two runs never share a context or its data', () => {
    const seen: RuleContext[] = [];
    const rules = [probe('a', (ctx) => void seen.push(ctx)), ...allRules];
    analyze(TEXT, { rules });
    analyze(TEXT, { rules });
    assert.equal(seen.length, 2);
    assert.notEqual(seen[0].analysis, seen[1].analysis);
    assert.notEqual(seen[0].analysis.figures, seen[1].analysis.figures);
    assert.deepStrictEqual(seen[0].analysis.figures, seen[1].analysis.figures);
  });

  it('a run without a cache has no memo and no line records; with one, it has both', () => {
    const seen: RuleContext[] = [];
    const rules = [probe('a', (ctx) => void seen.push(ctx))];
    analyze(TEXT, { rules });
    analyze(TEXT, { rules, cache: createAnalysisCache() });
    assert.equal(seen[0].analysis.memo, null);
    assert.equal(seen[0].analysis.lines, null);
    assert.notEqual(seen[1].analysis.memo, null);
    assert.ok((seen[1].analysis.lines?.starts.length ?? 0) > 10, 'a record per line of the sample');
  });

  it('an analysis run inside a rule leaves the outer run alone (no state shared through the modules)', () => {
    const other = '# 2023年度述职报告\n\n一、履职情况\n\n办理建议**件，排查矛盾纠纷141次，其中邻里纠纷50次、其他纠纷40次。\n';
    const alone = analyze(TEXT, { cache: createAnalysisCache() });
    let inner: Finding[] = [];
    const nested = probe('nested', () => {
      // Another document, another config, its own cache and stop check, in the middle of the run.
      inner = analyze(other, { config: { format: 'text' }, cache: createAnalysisCache(), shouldStop: () => false }).findings;
    });
    const [before, after] = [allRules.slice(0, 6), allRules.slice(6)];
    const outer = analyze(TEXT, { rules: [...before, nested, ...after], cache: createAnalysisCache() });
    assert.deepStrictEqual(visible(outer.findings), visible(alone.findings));
    assert.deepStrictEqual(visible(inner), visible(analyze(other, { config: { format: 'text' } }).findings));
    assert.ok(inner.some((f) => f.rule === 'placeholder'));
  });

  it('the stop check belongs to its run: a nested run that stops does not stop the outer one', () => {
    let stopped = false;
    const nested = probe('nested', () => {
      try {
        analyze(TEXT, { shouldStop: () => true });
      } catch (e) {
        stopped = e instanceof AnalysisStopped;
      }
    });
    const outer = analyze(TEXT, { rules: [nested, ...allRules] });
    assert.ok(stopped);
    assert.deepStrictEqual(visible(outer.findings), visible(analyze(TEXT).findings));
  });
});
