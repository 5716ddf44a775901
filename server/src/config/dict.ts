// Maps keyed by what a config file or a setting names (rule ids, profile ids): objects without a
// prototype, so "constructor", "__proto__" or "toString" are plain keys like any other.

/** An empty object with no prototype. */
export function dict<T>(): Record<string, T> {
  return Object.create(null) as Record<string, T>;
}

/** A prototype-free copy of `from` (own enumerable keys; "__proto__" stays a plain key). */
export function dictFrom<T>(from: Record<string, T> | undefined | null): Record<string, T> {
  const out = dict<T>();
  if (from) for (const [k, v] of Object.entries(from)) out[k] = v;
  return out;
}
