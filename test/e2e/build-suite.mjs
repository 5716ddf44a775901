// Bundles the extension-host suite (test/e2e/suite/*.ts) to out/e2e/suite/ with esbuild: index.js (the
// run() entry both runners load) and one *.test.js per test file. `vscode` and `mocha` stay external:
// the extension host provides `vscode`, and mocha is resolved from the project's node_modules.
import { readdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('../..', import.meta.url));
export const suiteOut = join(root, 'out', 'e2e', 'suite');
const suiteSrc = join(root, 'test', 'e2e', 'suite');

export async function buildSuite() {
  const esbuild = createRequire(join(root, 'package.json'))('esbuild');
  const entries = readdirSync(suiteSrc)
    .filter((f) => f === 'index.ts' || f.endsWith('.test.ts'))
    .map((f) => join(suiteSrc, f));
  rmSync(suiteOut, { recursive: true, force: true });
  await esbuild.build({
    absWorkingDir: root,
    entryPoints: entries,
    outdir: suiteOut,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    sourcemap: 'inline',
    external: ['vscode', 'mocha'],
    // ESM builds first: jsonc-parser's UMD build requires its parts at run time, which a bundle cannot.
    mainFields: ['module', 'main'],
    logLevel: 'warning',
  });
  return join(suiteOut, 'index.js');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  console.log(await buildSuite());
}
