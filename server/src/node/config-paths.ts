// Where `extends` and `packs` may read from. A config file arrives with a pull request or a
// shared folder, so it must not make us read (and quote in messages, CI logs, diagnostics) files
// elsewhere on the machine: /etc/passwd, /proc/self/environ, another user's home.
//   - Language server: inside the workspace folders.
//   - CLI (and a server without folders): inside the repository that holds the naming config file
//     (the nearest folder up with a .git); outside any repository, inside the config file's folder
//     or directly in one of the folders above it (a shared county.reportlintrc.json one level up).
// Symbolic links are followed first: a link in the workspace to /etc/passwd is outside.
import { existsSync, realpathSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';

export type PathPolicy = (target: string, from: string) => string | null;

/** The path with symbolic links resolved, or as given when it does not exist. */
function real(path: string): string {
  try {
    return realpathSync.native(path);
  } catch {
    return resolve(path);
  }
}

function isInside(path: string, folder: string): boolean {
  const rel = relative(folder, path);
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel));
}

/** Inside one of the folders (both sides with links resolved, a lexical escape also refused). */
export function insideFolders(folders: readonly string[]): PathPolicy {
  const roots = folders.map((f) => [resolve(f), real(f)]);
  return (target) => {
    const lexical = resolve(target);
    const actual = real(target);
    const ok = roots.some(([lex, re]) => (isInside(lexical, lex) || isInside(lexical, re)) && (isInside(actual, re) || isInside(actual, lex)));
    return ok ? null : '它不在工作区文件夹内。';
  };
}

/** The nearest folder at or above `dir` holding a .git (a repository's root), or null. */
function repositoryRoot(dir: string): string | null {
  for (let d = resolve(dir); ; ) {
    if (existsSync(join(d, '.git'))) return d;
    const parent = dirname(d);
    if (parent === d) return null;
    d = parent;
  }
}

/** The CLI's rule (see the top of this file), per naming config file. */
export function nearConfigFile(): PathPolicy {
  const roots = new Map<string, string | null>();
  return (target, from) => {
    const folder = dirname(resolve(from));
    let root = roots.get(folder);
    if (root === undefined) roots.set(folder, (root = repositoryRoot(folder)));
    const lexical = resolve(target);
    const actual = real(target);
    if (root !== null) {
      const realRoot = real(root);
      return isInside(lexical, root) && (isInside(actual, realRoot) || isInside(actual, root)) ? null : `它不在本仓库（${root}）内。`;
    }
    const allowedIn = (p: string, base: string) => isInside(p, base) || isInside(base, dirname(p));
    return allowedIn(lexical, folder) && allowedIn(actual, real(folder)) ? null : '它既不在配置文件所在的文件夹内，也不直接位于其上级文件夹中。';
  };
}
