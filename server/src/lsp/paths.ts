// file: URIs <-> file system paths, and which workspace folder a path lies in.
import { sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** The file system path of a file: URI; null for any other scheme or a malformed URI. */
export function uriToPath(uri: string): string | null {
  if (!uri.startsWith('file:')) return null;
  try {
    return fileURLToPath(uri);
  } catch {
    return null;
  }
}

export function pathToUri(path: string): string {
  return pathToFileURL(path).href;
}

/** The innermost folder that contains `path` (or is it), or undefined. */
export function containingFolder(path: string, folders: readonly string[]): string | undefined {
  let best: string | undefined;
  for (const f of folders) {
    const inside = path === f || path.startsWith(f.endsWith(sep) ? f : f + sep);
    if (inside && (!best || f.length > best.length)) best = f;
  }
  return best;
}
