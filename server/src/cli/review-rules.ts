// The verdict thresholds of a report: the "review" section of its nearest .reportlintrc.json
// (validated by the config schema, which reports mistakes in it), over the defaults.
import { parse } from 'jsonc-parser';
import { readConfigText } from '../node/read-config-text';
import { defaultReviewRules, type ReviewRules, type VerdictThresholds } from './summary';

const cache = new Map<string, ReviewRules>();
const KEYS: (keyof VerdictThresholds)[] = ['placeholders', 'missingParts', 'errors', 'warnings', 'figureProblems'];

function thresholds(v: unknown, fallback: VerdictThresholds): VerdictThresholds {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return fallback;
  const out: VerdictThresholds = {};
  for (const k of KEYS) {
    const n = (v as Record<string, unknown>)[k];
    if (typeof n === 'number' && Number.isInteger(n) && n >= 0) out[k] = n;
  }
  return out;
}

/** The review rules for a config file (null: none, the defaults). */
export function reviewRules(configFile: string | null): ReviewRules {
  if (configFile === null) return defaultReviewRules;
  let rules = cache.get(configFile);
  if (!rules) {
    let review: unknown;
    try {
      const text = readConfigText(configFile);
      // An unreadable or refused file (its error is the loader's to report): the defaults.
      review = typeof text === 'string' ? (parse(text) as Record<string, unknown> | undefined)?.review : undefined;
    } catch {
      review = undefined;
    }
    const r = typeof review === 'object' && review !== null ? (review as Record<string, unknown>) : {};
    rules = {
      incomplete: thresholds(r.incomplete, defaultReviewRules.incomplete),
      revise: thresholds(r.revise, defaultReviewRules.revise),
    };
    cache.set(configFile, rules);
  }
  return rules;
}
