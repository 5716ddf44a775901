// Bundles the extension client, the language server and the CLI with esbuild.
// Usage: node scripts/build.mjs [--watch] [--minify]
import * as esbuild from 'esbuild';
import { chmodSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

const watch = process.argv.includes('--watch');
const minify = process.argv.includes('--minify');

const { version } = JSON.parse(readFileSync(`${root}/package.json`, 'utf8'));

const common = {
  absWorkingDir: root,
  define: { __REPORT_LINT_VERSION__: JSON.stringify(version) },
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  sourcemap: true,
  // jsonc-parser's UMD "main" hides a dynamic require esbuild cannot follow; its ESM build bundles cleanly.
  mainFields: ['module', 'main'],
  minify,
  logLevel: 'info',
};

const builds = [
  { entryPoints: ['client/src/extension.ts'], outfile: 'dist/client.js', external: ['vscode'] },
  { entryPoints: ['server/src/lsp/main.ts'], outfile: 'dist/server.js' },
  // Loaded by the server (and `report-lint --stdio`) from beside itself: server/src/lsp/background.ts.
  { entryPoints: ['server/src/lsp/analysis-worker.ts'], outfile: 'dist/analysis-worker.js' },
  { entryPoints: ['server/src/cli/main.ts'], outfile: 'dist/cli.js' },
  // The CLI's worker-pool threads (server/src/cli/check-files.ts), loaded from beside dist/cli.js.
  { entryPoints: ['server/src/cli/check-worker.ts'], outfile: 'dist/check-worker.js' },
];

if (watch) {
  for (const b of builds) await (await esbuild.context({ ...common, ...b })).watch();
} else {
  await Promise.all(builds.map((b) => esbuild.build({ ...common, ...b })));
  chmodSync(`${root}/bin/report-lint.js`, 0o755);
}
