// The incremental-analysis cache. Re-analysing a document after a keystroke repeats the
// per-paragraph work of every paragraph the keystroke did not touch; this remembers that work,
// keyed by what it depends on (a stage name and the paragraph's own text), with offsets stored
// relative to the paragraph so that a paragraph that moved is reused too.
//
// Each analysis reads the entries of the previous one and keeps only those it used (plus the
// new ones), so the cache holds one document's worth of work at most. A different config or
// rule list empties it: what the stages compute may depend on them.
import type { EngineConfig, Rule } from './types';

/** An incremental-analysis cache for one document (see createAnalysisCache). */
export interface AnalysisCache {
  /** Opaque: only analyze() reads it. */
  readonly kind: 'report-lint analysis cache';
}

export class Memo implements AnalysisCache {
  readonly kind = 'report-lint analysis cache';
  private previous = new Map<string, Map<string, unknown>>();
  private current = new Map<string, Map<string, unknown>>();
  private config: EngineConfig | undefined;
  private configKey = '';
  private rules: readonly Rule[] = [];

  /** Starts an analysis: the entries of the last one stay usable if the config and rules are the same. */
  begin(config: EngineConfig, rules: readonly Rule[]): void {
    if (config !== this.config) {
      const key = fingerprint(config);
      if (key !== this.configKey) this.previous.clear();
      this.config = config;
      this.configKey = key;
    }
    if (rules.length !== this.rules.length || rules.some((r, i) => r !== this.rules[i])) {
      this.previous.clear();
      this.rules = [...rules];
    }
    this.current = new Map();
  }

  /** Ends an analysis: what it used is what the next one may reuse. */
  end(): void {
    this.previous = this.current;
    this.current = new Map();
  }

  /** The value of `stage` for `key`: remembered from the last analysis, or computed now. */
  get<T>(stage: string, key: string, compute: () => T): T {
    let now = this.current.get(stage);
    if (!now) this.current.set(stage, (now = new Map()));
    if (now.has(key)) return now.get(key) as T;
    const before = this.previous.get(stage);
    const value = before && before.has(key) ? (before.get(key) as T) : compute();
    now.set(key, value);
    return value;
  }

  /** Replaces the value kept for the next analysis (e.g. the same work, shifted to where it is now). */
  set(stage: string, key: string, value: unknown): void {
    let now = this.current.get(stage);
    if (!now) this.current.set(stage, (now = new Map()));
    now.set(key, value);
  }

  /** Entries kept for the next analysis (for tests). */
  get size(): number {
    let n = 0;
    for (const m of this.previous.values()) n += m.size;
    return n;
  }
}

/** The config as text, so that an equal config given as a new object keeps the cache. */
function fingerprint(config: EngineConfig): string {
  try {
    return JSON.stringify(config) ?? '';
  } catch {
    // A config that cannot be written out (a cycle): never equal to another.
    return `unprintable:${Math.random()}`;
  }
}

let active: Memo | null = null;

/** The cache of the analysis running now, or null (no cache given: compute everything). */
export function activeMemo(): Memo | null {
  return active;
}

/** Runs `f` with `memo` as the active cache (restoring the previous one after, so nesting is safe). */
export function withMemo<T>(memo: Memo | null, f: () => T): T {
  const outer = active;
  active = memo;
  try {
    return f();
  } finally {
    active = outer;
  }
}

export function createAnalysisCache(): AnalysisCache {
  return new Memo();
}
