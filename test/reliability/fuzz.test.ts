// Property-based tests: whatever text the writer's editor holds, analyze() returns well-formed
// findings, the same ones every time, and applying any offered fix keeps it that way.
// Seeded and bounded for CI; FUZZ_RUNS=N multiplies the run counts, FUZZ_SEED picks another seed.
import fc from 'fast-check';
import { damagedReport, hostileText, report } from './arbitraries';
import { checkAll, engineRules, profileConfigs, runs, seed, timeoutFor } from './support';

const rules = engineRules();
const config = fc.constantFrom(...profileConfigs);

describe('fuzz: analyze() on arbitrary input', function () {
  this.timeout(timeoutFor(120_000));

  it('arbitrary Unicode (surrogate halves, BOM, NUL, CR/LF mixes, combining marks, emoji, markup)', () => {
    fc.assert(
      fc.property(hostileText(), config, (text, cfg) => checkAll(text, cfg, rules)),
      { seed, numRuns: runs(400) },
    );
  });

  it('reports built from a grammar of report pieces', () => {
    fc.assert(
      fc.property(report, config, (text, cfg) => checkAll(text, cfg, rules)),
      { seed, numRuns: runs(300) },
    );
  });

  it('grammar reports with hostile characters spliced in', () => {
    fc.assert(
      fc.property(damagedReport, config, (text, cfg) => checkAll(text, cfg, rules)),
      { seed, numRuns: runs(200) },
    );
  });

  it('long arbitrary Unicode (up to 5,000 units)', () => {
    fc.assert(
      fc.property(hostileText(5000), config, (text, cfg) => checkAll(text, cfg, rules, 2)),
      { seed, numRuns: runs(25) },
    );
  });
});
