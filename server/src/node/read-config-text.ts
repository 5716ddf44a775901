// Reads a config or term pack file from disk for the config loader (CLI and language server).
// Anything that is not a readable, reasonably small text file counts as "no file".
import { readFileSync, statSync } from 'node:fs';

/** A config file or pack far above this is not something a person wrote: refuse it. */
export const MAX_CONFIG_BYTES = 10_000_000;

export function readConfigText(path: string): string | null {
  try {
    const st = statSync(path);
    if (!st.isFile() || st.size > MAX_CONFIG_BYTES) return null;
    const text = readFileSync(path, 'utf8');
    // Notepad on Windows saves UTF-8 with a BOM; JSON parsers reject it.
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  } catch {
    return null;
  }
}
