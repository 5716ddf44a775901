// Reads a config or term pack file from disk for the config loader (CLI and language server).
// A missing or unreadable file is null; a directory, a FIFO/device/socket or a file over the size
// limit is refused with its reason, so the loader can say which.
import { readFileSync, statSync } from 'node:fs';
import type { ReadRefusal } from '../config/types';

/** A config file or pack far above this is not something a person wrote: refuse it. */
const MAX_CONFIG_BYTES = 10_000_000;

export function readConfigText(path: string): string | null | ReadRefusal {
  try {
    const st = statSync(path);
    if (st.isDirectory()) return { refused: 'directory' };
    // A FIFO would block the read forever, a device never end: only regular files are read.
    if (!st.isFile()) return { refused: 'not-file' };
    if (st.size > MAX_CONFIG_BYTES) return { refused: 'too-large', bytes: st.size, limit: MAX_CONFIG_BYTES };
    const text = readFileSync(path, 'utf8');
    // Notepad on Windows saves UTF-8 with a BOM; JSON parsers reject it.
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  } catch {
    return null;
  }
}
