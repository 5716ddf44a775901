// The files a check covers: files named on the command line as they are; folders and glob
// patterns expanded to the report files in them, minus what .reportlintignore files (gitignore
// syntax, read by the `ignore` package) and the usual tool folders exclude. Sorted, so output
// order never depends on the file system.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import fg from 'fast-glob';
import ignore, { type Ignore } from 'ignore';
import { reportExtensions } from './readers';

const IGNORE_FILE = '.reportlintignore';
const ALWAYS_SKIPPED = ['**/node_modules/**', '**/.git/**'];

export interface ExpandedInputs {
  files: string[];
  /** Arguments that matched nothing (a glob without matches, a folder without reports). */
  empty: string[];
}

const isGlob = (arg: string): boolean => /[*?[\]{}]/.test(arg) && !existsSync(arg);
const toPosix = (p: string): string => p.split(sep).join('/');

/** The .reportlintignore files that govern paths below a folder, read once each. */
class IgnoreFiles {
  private readonly byFolder = new Map<string, Ignore | null>();

  private rulesOf(folder: string): Ignore | null {
    let rules = this.byFolder.get(folder);
    if (rules === undefined) {
      const file = join(folder, IGNORE_FILE);
      rules = null;
      try {
        if (existsSync(file)) rules = ignore().add(readFileSync(file, 'utf8'));
      } catch {
        rules = null; // unreadable: like none
      }
      this.byFolder.set(folder, rules);
    }
    return rules;
  }

  /**
   * Whether a file is ignored by the .reportlintignore of its folder or of a folder above it, up
   * to the project root (the first folder with a .git) or the file system root; as in git, a
   * nearer file's rules (and their ! negations) win.
   */
  ignored(file: string): boolean {
    const abs = resolve(file);
    const folders: string[] = [];
    for (let dir = dirname(abs); ; dir = dirname(dir)) {
      folders.push(dir);
      if (existsSync(join(dir, '.git')) || dirname(dir) === dir) break;
    }
    let result = false;
    // From the top down, so the nearest file decides last.
    for (const dir of folders.reverse()) {
      const rules = this.rulesOf(dir);
      if (!rules) continue;
      const verdict = rules.test(toPosix(relative(dir, abs)));
      if (verdict.ignored) result = true;
      else if (verdict.unignored) result = false;
    }
    return result;
  }
}

/** Expands the command line's paths into the files to check (each once, in a stable order). */
export function expandInputs(args: readonly string[], cwd = process.cwd()): ExpandedInputs {
  const extensions = reportExtensions();
  const pattern = `**/*.{${extensions.join(',')}}`;
  const ignores = new IgnoreFiles();
  const seen = new Set<string>();
  const files: string[] = [];
  const empty: string[] = [];
  const take = (file: string): void => {
    const key = resolve(cwd, file);
    if (seen.has(key)) return;
    seen.add(key);
    files.push(file);
  };
  for (const arg of args) {
    let found: string[] | null = null;
    if (isGlob(arg)) {
      found = fg.sync(toPosix(arg), { cwd, dot: false, onlyFiles: true, ignore: ALWAYS_SKIPPED, caseSensitiveMatch: false });
    } else if (isDirectory(resolve(cwd, arg))) {
      found = fg.sync(pattern, { cwd: resolve(cwd, arg), dot: false, onlyFiles: true, ignore: ALWAYS_SKIPPED, caseSensitiveMatch: false }).map((f) =>
        toPosix(join(arg, f)),
      );
    }
    if (found === null) {
      take(arg); // a file (or something missing: reading it says so)
      continue;
    }
    const kept = found.filter((f) => !ignores.ignored(resolve(cwd, f))).sort();
    if (kept.length === 0) empty.push(arg);
    kept.forEach(take);
  }
  return { files, empty };
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
