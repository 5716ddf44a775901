// CLI start-up, measured apart from analysis (npm run bench:startup): the whole process, as a
// writer or CI runs it, N times each, min and median wall time. Compared with bare `node`, and with
// V8's code cache switched off (DISABLE_V8_COMPILE_CACHE, on Node < 22.1 where the require hook
// provides it), so the share of start-up in a short check is visible. Prints figures; asserts nothing.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const runs = Number(process.env.STARTUP_RUNS ?? 15);
const cli = ['bin/report-lint.js'];
const cases = [
  ['node -e 0 (bare Node)', ['-e', '0'], {}],
  ['report-lint --version', [...cli, '--version'], {}],
  ['report-lint --version, no code cache', [...cli, '--version'], { DISABLE_V8_COMPILE_CACHE: '1' }],
  ['report-lint sample (10 KB)', [...cli, 'samples/shufa-report-2022.txt'], {}],
  ['report-lint sample, no code cache', [...cli, 'samples/shufa-report-2022.txt'], { DISABLE_V8_COMPILE_CACHE: '1' }],
];

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
spawnSync(process.execPath, [...cli, '--version'], { cwd: root }); // fill the code cache once
for (const [name, args, env] of cases) {
  const times = [];
  for (let i = 0; i < runs; i++) {
    const t = process.hrtime.bigint();
    const r = spawnSync(process.execPath, args, { cwd: root, env: { ...process.env, ...env }, encoding: 'utf8' });
    times.push(Number(process.hrtime.bigint() - t) / 1e6);
    if (r.error) throw r.error;
  }
  console.log(`${name.padEnd(40)} min ${Math.min(...times).toFixed(0).padStart(5)} ms   median ${median(times).toFixed(0).padStart(5)} ms`);
}
