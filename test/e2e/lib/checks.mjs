// Named checks for the browser-driven real-editor tests (UI check, review page, Cancel click):
// each check passes unless its function throws, and later checks still run. The tally is what the
// scripts write to their results file and run-all.sh adds up.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/** A tally and the check/assert pair that fill it; `grep` skips checks whose name does not match (counted pending). */
export function createChecks(grep = null) {
  const results = { passed: 0, failed: 0, pending: 0, failures: [] };

  /** Runs one named check; true when it passed. */
  async function check(name, fn) {
    if (grep && !grep.test(name)) {
      results.pending++;
      return false;
    }
    try {
      const detail = await fn();
      results.passed++;
      console.log(`PASS ${name}${detail ? ` — ${detail}` : ''}`);
      return true;
    } catch (e) {
      fail(name, e);
      return false;
    }
  }

  /** Records a failure outside any check (set-up, a crashed browser). */
  function fail(name, e) {
    results.failed++;
    const msg = e instanceof Error ? e.message.split('\n')[0] : String(e);
    results.failures.push({ title: name, error: msg });
    console.log(`FAIL ${name} — ${msg}`);
  }

  /**
   * Runs a script's checks (`main`), then writes the tally to `file`, prints `<label>: N passed,
   * N failed` (run-all.sh reads it) and exits 1 if any failed. A throw from `main` is a failed
   * `<label> setup`.
   */
  function run(main, { label, file, log = console.log }) {
    return main()
      .catch((e) => {
        fail(`${label} setup`, e);
        console.error(e instanceof Error ? e.stack : e);
      })
      .finally(() => {
        mkdirSync(dirname(file), { recursive: true });
        writeFileSync(file, JSON.stringify(results, null, 2));
        log(`${label}: ${results.passed} passed, ${results.failed} failed`);
        process.exit(results.failed === 0 ? 0 : 1);
      });
  }

  return { results, check, run };
}

export function assert(cond, msg) {
  if (!cond) throw new Error(msg);
}
