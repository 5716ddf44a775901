// Near-duplicate text between two reports by shingling: every run of SHINGLE characters of
// last year's text goes into a hash table once, and each run of this year's text is looked up
// in it. Both passes are linear in the text size; no pair of sentences is ever compared.
//
// Texts are compared in a normalised view: only letters and CJK characters count, and every
// run of digits reads as one '#', so a paragraph copied with its numbers changed ("12件" →
// "15件") or re-punctuated still counts as copied.

/** Characters per shingle: eight Chinese characters rarely repeat by chance between two reports. */
export const SHINGLE = 8;

export interface Normalised {
  /** Character codes of the normalised text. */
  codes: Uint16Array;
  /** Offset in the source text of each normalised character. */
  offsets: Int32Array;
  length: number;
}

const DIGIT_MARK = 0x23; // '#'

function isDigitCode(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 0xff10 && c <= 0xff19);
}

/** Letters (ASCII and full-width), CJK ideographs and kana: what carries the wording. */
function isWordCode(c: number): boolean {
  return (
    (c >= 0x4e00 && c <= 0x9fff) ||
    (c >= 0x3400 && c <= 0x4dbf) ||
    (c >= 0xf900 && c <= 0xfaff) ||
    (c >= 65 && c <= 90) ||
    (c >= 97 && c <= 122) ||
    (c >= 0xff21 && c <= 0xff3a) ||
    (c >= 0xff41 && c <= 0xff5a) ||
    (c >= 0x3040 && c <= 0x30ff)
  );
}

/** The normalised view of `text` between `start` and `end` (source offsets). */
export function normalise(text: string, start = 0, end = text.length): Normalised {
  const codes = new Uint16Array(end - start);
  const offsets = new Int32Array(end - start);
  let n = 0;
  let inDigits = false;
  for (let i = start; i < end; i++) {
    let c = text.charCodeAt(i);
    if (isDigitCode(c) || (inDigits && (c === 0x2e || c === 0xff0e))) {
      if (inDigits) continue;
      inDigits = true;
      c = DIGIT_MARK;
    } else {
      inDigits = false;
      if (!isWordCode(c)) continue;
      if (c >= 65 && c <= 90) c += 32; // ASCII case does not matter
    }
    codes[n] = c;
    offsets[n] = i;
    n++;
  }
  return { codes, offsets, length: n };
}

/**
 * Hashes of every shingle of `norm`, in order (length - SHINGLE + 1 of them, none when the text is
 * shorter): a rolling polynomial hash in 32-bit integer arithmetic, cut to 30 bits so that it is
 * a small integer, which V8 keys a Map with fastest. Two different shingles share a hash about
 * once in a billion lookups: a stray hit moves a share by a millionth, never a finding.
 */
export function shingleHashes(norm: Normalised): Int32Array {
  const count = norm.length - SHINGLE + 1;
  if (count <= 0) return new Int32Array(0);
  const out = new Int32Array(count);
  const B = 0x01000193; // FNV prime: odd, so multiplication by it is invertible mod 2^32
  let top = 1; // B^(SHINGLE-1) mod 2^32
  for (let i = 1; i < SHINGLE; i++) top = Math.imul(top, B);
  let h = 0;
  const c = norm.codes;
  for (let i = 0; i < norm.length; i++) {
    if (i >= SHINGLE) h = (h - Math.imul(c[i - SHINGLE], top)) | 0; // drop the character leaving the window
    h = (Math.imul(h, B) + c[i]) | 0;
    // Mix before cutting, so that the kept bits depend on every character.
    if (i >= SHINGLE - 1) out[i - SHINGLE + 1] = (Math.imul(h ^ (h >>> 15), 0x2c1b3c6d) >>> 2) & 0x3fffffff;
  }
  return out;
}

/** Last year's shingles: for each, the first unit (paragraph) of last year's text it occurs in. */
export class ShingleIndex {
  private readonly where = new Map<number, number>();

  /** Adds the shingles of unit `unit` (first occurrence wins). */
  add(hashes: Int32Array, unit: number): void {
    for (let i = 0; i < hashes.length; i++) if (!this.where.has(hashes[i])) this.where.set(hashes[i], unit);
  }

  /** The unit a shingle occurs in, or -1. */
  unitOf(hash: number): number {
    return this.where.get(hash) ?? -1;
  }
}

export interface Overlap {
  /** Shingles of the text looked up. */
  total: number;
  /** Of them, those found in the index. */
  found: number;
  /** The unit most of the found shingles came from (-1 when none was found). */
  bestUnit: number;
  /** Shingles found in bestUnit. */
  bestFound: number;
  /** Per shingle: found in the index (to mark copied characters). */
  hit: Uint8Array;
}

/** How much of a text (its shingle hashes) occurs in the index, and where most of it comes from. */
export function overlap(index: ShingleIndex, hashes: Int32Array): Overlap {
  const perUnit = new Map<number, number>();
  const hit = new Uint8Array(hashes.length);
  let found = 0;
  for (let i = 0; i < hashes.length; i++) {
    const u = index.unitOf(hashes[i]);
    if (u < 0) continue;
    hit[i] = 1;
    found++;
    perUnit.set(u, (perUnit.get(u) ?? 0) + 1);
  }
  let bestUnit = -1;
  let bestFound = 0;
  for (const [u, n] of perUnit) {
    if (n > bestFound || (n === bestFound && u < bestUnit)) {
      bestUnit = u;
      bestFound = n;
    }
  }
  return { total: hashes.length, found, bestUnit, bestFound, hit };
}

/**
 * Normalised characters covered by at least one found shingle: the share of a text that is
 * copied, by characters (a 100-character paragraph with one changed word is ~90% copied, not
 * the ~80% its shingles would say).
 */
export function coveredChars(o: Overlap, length: number): number {
  if (length < SHINGLE) return 0;
  let covered = 0;
  let reach = -1; // last character covered so far
  for (let i = 0; i < o.hit.length; i++) {
    if (!o.hit[i]) continue;
    const from = Math.max(i, reach + 1);
    const to = i + SHINGLE - 1;
    if (to >= from) covered += to - from + 1;
    reach = Math.max(reach, to);
  }
  return covered;
}
