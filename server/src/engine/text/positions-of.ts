// Sorted offset lists: where a character occurs, and binary search in such a list. Rules that
// look for a few characters (是, 年, anchors) find them once per text this way.

/** Offsets of every `c` in `text` in [from, to), in order. */
export function offsetsOfChar(text: string, c: string, from = 0, to = text.length): number[] {
  const out: number[] = [];
  for (let p = text.indexOf(c, from); p >= 0 && p < to; p = text.indexOf(c, p + 1)) out.push(p);
  return out;
}

/** Index of the first element >= x in a sorted list (its length if there is none). */
export function firstAtLeast(list: readonly number[], x: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
