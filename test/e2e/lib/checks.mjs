// Named checks for the browser-driven real-editor tests (UI check, review page, Cancel click):
// each check passes unless its function throws, and later checks still run. The tally is what the
// scripts write to their results file and run-all.sh adds up.

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

  return { results, check };
}

export function assert(cond, msg) {
  if (!cond) throw new Error(msg);
}
