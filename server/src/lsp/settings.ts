// The `reportLint.*` settings: defaults, validation of what clients send, and the mapping to
// the engine's config.
import { dictFrom } from '../config/dict';
import { RULE_LEVELS, type EngineConfig, type RuleSetting, type Severity } from '../engine';
import { DEFAULT_MAX_FILE_SIZE } from '../shared/protocol';

export interface Settings {
  /** rule id -> severity or 'off' */
  rules: Record<string, Severity | 'off'>;
  /** Forced profile id; undefined = detect. */
  profile: string | undefined;
  run: 'onType' | 'onSave';
  plaintext: boolean;
  maxFileSize: number;
  debounceMs: number;
}

export const defaultSettings: Settings = {
  rules: {},
  profile: undefined,
  run: 'onType',
  plaintext: false,
  maxFileSize: DEFAULT_MAX_FILE_SIZE,
  debounceMs: 150,
};

const ruleValues = new Set<string>(RULE_LEVELS);

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function nonNegative(v: unknown, fallback: number): number {
  return typeof v === 'number' && Number.isFinite(v) && v >= 0 ? v : fallback;
}

/**
 * Reads settings from whatever a client sent: a `reportLint` section (from
 * workspace/configuration) or an object holding one (initializationOptions or
 * didChangeConfiguration). Unknown or ill-typed values fall back to `base`.
 */
export function readSettings(raw: unknown, base: Settings = defaultSettings): Settings {
  if (!isRecord(raw)) return base;
  const s = isRecord(raw.reportLint) ? raw.reportLint : raw;
  // Keys a client sends ("__proto__", "constructor") are plain keys here.
  const rules: Settings['rules'] = dictFrom(base.rules);
  if (isRecord(s.rules)) {
    for (const [id, v] of Object.entries(s.rules)) {
      if (typeof v === 'string' && ruleValues.has(v)) rules[id] = v as Severity | 'off';
    }
  }
  let profile = base.profile;
  if (typeof s.profile === 'string') profile = s.profile === '' || s.profile === 'auto' ? undefined : s.profile;
  return {
    rules,
    profile,
    run: s.run === 'onSave' || s.run === 'onType' ? s.run : base.run,
    plaintext: typeof s.plaintext === 'boolean' ? s.plaintext : base.plaintext,
    maxFileSize: nonNegative(s.maxFileSize, base.maxFileSize),
    debounceMs: nonNegative(s.debounceMs, base.debounceMs),
  };
}

export function engineConfig(settings: Settings): EngineConfig {
  return { profile: settings.profile, rules: settings.rules as Record<string, RuleSetting> };
}
