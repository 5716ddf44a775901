// Entry point of the extension-host suite, loaded by VS Code through extensionTestsPath under either runner
// (@vscode/test-electron or code-server's workbench payload): run() runs mocha over the bundled *.test.js
// beside it and rejects when a test fails. It also leaves a summary for run-suite.mjs to add up.
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import Mocha from 'mocha';

interface Summary {
  passed: number;
  failed: number;
  pending: number;
  failures: { title: string; error: string }[];
}

function report(summary: Summary): void {
  const file = process.env.REPORT_LINT_E2E_RESULTS;
  if (file) {
    try {
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, JSON.stringify(summary, null, 2));
    } catch (e) {
      console.error(`could not write ${file}: ${String(e)}`);
    }
  }
  // Also as one console line: code-server forwards the host's console to the runner, whatever its env.
  console.log(`REPORT_LINT_E2E_RESULTS ${JSON.stringify(summary)}`);
}

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 60_000, reporter: 'spec' });
  const grep = process.env.REPORT_LINT_E2E_GREP;
  if (grep) mocha.grep(grep);
  for (const f of readdirSync(__dirname).filter((n) => n.endsWith('.test.js')).sort()) mocha.addFile(join(__dirname, f));
  const summary: Summary = { passed: 0, failed: 0, pending: 0, failures: [] };
  return new Promise((resolve, reject) => {
    try {
      const runner = mocha.run((failures) => {
        report(summary);
        if (failures > 0) reject(new Error(`${failures} extension-host test(s) failed`));
        else resolve();
      });
      runner.on('pass', () => summary.passed++);
      runner.on('pending', () => summary.pending++);
      runner.on('fail', (test, err: unknown) => {
        summary.failed++;
        summary.failures.push({ title: test.fullTitle(), error: err instanceof Error ? err.message : String(err) });
      });
    } catch (e) {
      summary.failed++;
      summary.failures.push({ title: 'loading the suite', error: e instanceof Error ? e.stack ?? e.message : String(e) });
      report(summary);
      reject(e);
    }
  });
}
