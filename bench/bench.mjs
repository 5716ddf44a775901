// `npm run bench`: installs the benchmark's own dependencies (bench/package-lock.json) if they
// are missing, builds the server and the benchmark bundles, and runs the benchmark. Arguments
// after `--` go to the benchmark (see bench/README.md).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const bench = join(root, 'bench');

function run(cmd, args, what) {
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' && cmd === 'npm' });
  if (r.status !== 0) {
    console.error(`bench: ${what} failed (${r.error?.message ?? `exit ${r.status}`})`);
    process.exit(r.status || 1);
  }
}

/** npm, the same one that runs this script when there is one. */
function npm(args, what) {
  const cli = process.env.npm_execpath;
  if (cli && /\.c?js$/.test(cli)) run(process.execPath, [cli, ...args], what);
  else run('npm', args, what);
}

if (!existsSync(join(root, 'node_modules', 'esbuild'))) {
  console.error('bench: the project’s dependencies are missing; run `npm ci` first.');
  process.exit(1);
}
if (!existsSync(join(bench, 'node_modules', 'markdownlint', 'package.json'))) {
  console.error('bench: installing the benchmark’s dependencies into bench/node_modules…');
  npm(['ci', '--prefix', 'bench', '--no-audit', '--no-fund'], 'npm ci --prefix bench');
}

npm(['run', '--silent', 'build'], 'npm run build');

const esbuild = await import('esbuild');
await esbuild.build({
  absWorkingDir: root,
  entryPoints: { run: 'bench/run.ts', 'peak-rss': 'bench/peak-rss.ts', profile: 'bench/profile.ts', review: 'bench/review.ts' },
  outdir: 'bench/dist',
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  sourcemap: true,
  logLevel: 'warning',
});

// --expose-gc: the timing loop collects garbage between runs, never inside one.
// --review-only: just the reviewer's tools (folder check on the pool, compare); --no-review: without them.
const args = process.argv.slice(2);
const own = new Set(['--review-only', '--no-review']);
if (!args.includes('--review-only')) run(process.execPath, ['--expose-gc', join(bench, 'dist', 'run.js'), ...args.filter((a) => !own.has(a))], 'the benchmark');
if (!args.includes('--no-review')) run(process.execPath, ['--expose-gc', join(bench, 'dist', 'review.js')], 'the review benchmark');
