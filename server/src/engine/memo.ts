// The incremental-analysis cache. Re-analysing a document after a keystroke repeats the work
// of every paragraph and line the keystroke did not touch; this remembers that work, keyed by
// what it depends on (a stage name and the text it read: a paragraph's prose for its figures,
// a line with the few characters before it for the language checks, see line-scan.ts), with
// offsets relative to that text so that work on text that moved is reused too (shifted).
//
// Each analysis reads the entries of the previous one and keeps only those it used (plus the
// new ones), so the cache holds one document's worth of work at most. A different config or
// rule list empties it: what the stages compute may depend on them. The parse and the
// whole-document checks (structure, figure conflicts and sums, directives) run in full.
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

  /**
   * Ends an analysis that stopped early: the next one may reuse both the last complete one's
   * entries and the work this one did (entries are keyed by content, so none is ever wrong; the
   * next end() drops those it did not use).
   */
  abort(): void {
    for (const [name, entries] of this.current) {
      const before = this.previous.get(name);
      if (!before) this.previous.set(name, entries);
      else for (const [key, value] of entries) before.set(key, value);
    }
    this.current = new Map();
  }

  /** The entries of one stage, for many lookups in a row. */
  stage(name: string): StageMemo {
    let now = this.current.get(name);
    if (!now) this.current.set(name, (now = new Map()));
    return new StageMemo(now, this.previous.get(name));
  }

  /** The value of `stage` for `key`: remembered from the last analysis, or computed now. */
  get<T>(stage: string, key: string, compute: () => T): T {
    return this.stage(stage).get(key, compute);
  }

  /** The value of `stage` for `key` if this or the last analysis has one (it is then kept for the next). */
  lookup<T>(stage: string, key: string): T | undefined {
    return this.stage(stage).lookup<T>(key);
  }

  /** Replaces the value kept for the next analysis (e.g. the same work, shifted to where it is now). */
  set(stage: string, key: string, value: unknown): void {
    this.stage(stage).set(key, value);
  }

  /** Entries kept for the next analysis (for tests). */
  get size(): number {
    let n = 0;
    for (const m of this.previous.values()) n += m.size;
    return n;
  }
}

/** One stage's entries: this analysis's (what the next may reuse), and the last one's. Values are never undefined. */
export class StageMemo {
  constructor(
    private readonly now: Map<string, unknown>,
    private readonly before: Map<string, unknown> | undefined,
  ) {}

  lookup<T>(key: string): T | undefined {
    let value = this.now.get(key);
    if (value === undefined && this.before !== undefined) {
      value = this.before.get(key);
      if (value !== undefined) this.now.set(key, value);
    }
    return value as T | undefined;
  }

  get<T>(key: string, compute: () => T): T {
    let value = this.lookup<T>(key);
    if (value === undefined) {
      // Work not remembered is where time goes: `compute` is a chance to stop (a checkpoint).
      this.now.set(key, (value = compute()));
    }
    return value;
  }

  set(key: string, value: unknown): void {
    this.now.set(key, value);
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

export function createAnalysisCache(): AnalysisCache {
  return new Memo();
}
