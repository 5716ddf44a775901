// How the time of every regular expression the engine runs grows on pumped hostile strings (runs
// of the pattern's own characters, with and without a failing end) from 5,000 to 20,000 units,
// in a worker with a deadline: linear work takes 4× the time, so growth must stay below 8×.
// A timing measurement, so it lives in `npm run test:perf`, not in `npm test` (which must pass
// on a loaded machine); the patterns come from test/reliability/patterns.ts, which the safety
// checks in `npm test` share.
import { strict as assert } from 'node:assert';
import { builtinProfiles } from '../../server/src/engine';
import { BOUNDED_USE, literalPatterns, profilePatterns, recordedPatterns, type Pattern } from '../reliability/patterns';
import { MAX_GROWTH_RATIO, NOISE_FLOOR_MS, pause, type PumpResult, SIZE_FACTOR, TimingWorker } from '../reliability/timing';

const N = 5_000; // and SIZE_FACTOR × N = 20,000
const DEADLINE_MS = 30_000;

describe('regular expressions: linear on pumped hostile strings', function () {
  this.timeout(10 * 60_000);
  const worker = new TimingWorker({ recordRegExps: true });
  const { patterns: literals } = literalPatterns();
  const fromProfiles = profilePatterns(builtinProfiles);
  let recorded: Pattern[] = [];

  before(async () => {
    recorded = await recordedPatterns(worker);
  });
  after(() => worker.stop());

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
      console.log(`      ${patterns.length} patterns, ${pumps} pumped strings`);
      assert.deepEqual(failures, []);
    });
  };
  pumpAll('regex literals in the engine source', () => literals);
  pumpAll('RegExps built by engine code at run time', () => recorded);
  pumpAll('built-in profile patterns', () => fromProfiles);
});
