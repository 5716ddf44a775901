// Hostile inputs against the whole engine (all rules, a profile forced so the structure rules
// run too): analysis time must grow linearly, time(100 KB) / time(25 KB) < 8 (linear gives 4,
// quadratic 16; for inputs cheaper than plain prose, where milliseconds are noise, the same
// from 100 KB to 400 KB), and the 100 KB analysis must stay within 20× the time of plain
// report prose of the same length. Runs in a worker with a deadline, so a hang fails the test
// instead of freezing it; each result is also checked for well-formed findings.
import { strict as assert } from 'node:assert';
import { adversarial, plainProse } from '../reliability/adversarial';
import { growth, MAX_GROWTH_RATIO, MAX_PLAIN_RATIO, SIZE_FACTOR, TimingWorker, type Growth } from '../reliability/timing';

const N = 25_000; // and SIZE_FACTOR × N = 100 KB
const DEADLINE_MS = 60_000;

describe('linear time: the engine on hostile 100 KB inputs', function () {
  this.timeout(5 * 60_000);
  const worker = new TimingWorker();

  const measure = (input: string) => async (n: number, reps: number): Promise<number> => {
    const r = await worker.run({ kind: 'analyze', input, n, reps }, DEADLINE_MS);
    assert.deepEqual(r.errors, [], 'no rule throws and the findings are well-formed');
    // Short runs are noisy: take the best of several.
    if (r.ms < 20 && reps < 5) return Math.min(r.ms, (await worker.run({ kind: 'analyze', input, n, reps: 5 }, DEADLINE_MS)).ms);
    return r.ms;
  };
  const plain = measure(plainProse.name);

  before(() => plain(SIZE_FACTOR * N, 2)); // load and warm the engine in the worker
  after(() => worker.stop());

  for (const input of adversarial) {
    it(input.name, async () => {
      const ok = (g: Growth): boolean => g.ratio < MAX_GROWTH_RATIO && g.large <= MAX_PLAIN_RATIO * g.baseline;
      const g = await growth(measure(input.name), N, ok, plain);
      let growthOf = g;
      let n = N;
      if (!ok(g) && g.large < g.baseline) {
        // Cheaper than plain prose: at a few milliseconds the ratio is noise, so measure the
        // growth where there is signal, from 100 to 400 KB.
        n = SIZE_FACTOR * N;
        growthOf = await growth(measure(input.name), n, (h) => h.ratio < MAX_GROWTH_RATIO);
      }
      const kb = (x: number): string => `${x / 1000} KB`;
      const figures =
        `${kb(n)}: ${growthOf.small.toFixed(1)} ms, ${kb(SIZE_FACTOR * n)}: ${growthOf.large.toFixed(1)} ms (×${growthOf.ratio.toFixed(2)}); ` +
        `100 KB: ${g.large.toFixed(1)} ms, plain prose 100 KB: ${g.baseline.toFixed(1)} ms (CPU time)`;
      console.log(`      ${figures}`);
      assert.ok(growthOf.ratio < MAX_GROWTH_RATIO, `time grows super-linearly: ${figures}`);
      assert.ok(g.large <= MAX_PLAIN_RATIO * g.baseline, `more than ${MAX_PLAIN_RATIO}× plain prose: ${figures}`);
    });
  }
});
