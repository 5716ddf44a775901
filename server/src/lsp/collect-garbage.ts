// A full garbage collection on the analysis worker after a run whose garbage is large. The worker
// and the server's thread are two V8 heaps in one process: V8 collects the worker's garbage late,
// so it is still held while the server's thread takes the result, and the two peaks add up (a
// 5 MB document of a million headings: 313 MB peak RSS, 265 MB with this; docs/reliability.md).
import { getHeapStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/**
 * Heap in use after a run above which it is collected. A 5 MB report of prose leaves about 45 MB
 * (its memo and result), a 1 MB one 20 MB: neither pays for a collection (50-200 ms); a 5 MB list
 * or headings of one character per line leaves 110-130 MB, most of it garbage.
 */
export const COLLECT_ABOVE_BYTES = 64 * 1024 * 1024;

let fullGc: (() => void) | undefined;

/** Collects all garbage when the heap in use is over `limit` bytes; true if it did. */
export function collectIfLarge(limit = COLLECT_ABOVE_BYTES): boolean {
  if (getHeapStatistics().used_heap_size <= limit) return false;
  if (!fullGc) {
    // gc() without --expose-gc for the whole process: the flag exposes it to new contexts only.
    setFlagsFromString('--expose-gc');
    fullGc = runInNewContext('gc') as () => void;
  }
  fullGc();
  return true;
}
