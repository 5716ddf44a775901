// Loads markdownlint from bench/node_modules (installed by `npm run bench` only). It is found
// at run time, not imported, so the project type-checks and builds without it.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** The part of markdownlint's sync API the benchmark uses. */
export interface MarkdownlintSync {
  lint(options: { strings: Record<string, string>; config?: Record<string, unknown> }): Record<string, unknown[]>;
}

export interface Markdownlint {
  version: string;
  lint: (text: string) => number;
}

export async function loadMarkdownlint(benchDir: string): Promise<Markdownlint> {
  const req = createRequire(join(benchDir, 'package.json'));
  let entry: string;
  try {
    entry = req.resolve('markdownlint/sync');
  } catch {
    throw new Error('markdownlint is not installed in bench/node_modules: run `npm ci --prefix bench` (npm run bench does).');
  }
  const pkg = JSON.parse(readFileSync(join(dirname(entry), '..', 'package.json'), 'utf8')) as { version: string };
  // A computed specifier: esbuild leaves it alone and node loads the ES module at run time.
  const url = pathToFileURL(entry).href;
  const mod = (await import(url)) as MarkdownlintSync;
  return {
    version: pkg.version,
    // Default config: every rule markdownlint enables by default. Returns the number of findings.
    lint: (text) => mod.lint({ strings: { report: text } }).report.length,
  };
}
