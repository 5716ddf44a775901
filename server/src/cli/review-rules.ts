// The verdict thresholds of a report: the "review" sections of its config file and of what that
// file extends, nearer files first, over the defaults (a verdict no file sets keeps its default).
// The config loader validates them (the schema reports mistakes) and merges the cascade.
import type { LoadedConfig } from '../config';
import { defaultReviewRules, type ReviewRules, type VerdictThresholds } from './summary';

const KEYS: (keyof VerdictThresholds)[] = ['placeholders', 'missingParts', 'errors', 'warnings', 'figureProblems'];

function thresholds(set: Record<string, number> | undefined, fallback: VerdictThresholds): VerdictThresholds {
  if (!set) return fallback;
  const out: VerdictThresholds = {};
  for (const k of KEYS) if (typeof set[k] === 'number') out[k] = set[k];
  return out;
}

/** The review rules of a loaded config (the defaults when no file in its cascade sets any). */
export function reviewRules(loaded: Pick<LoadedConfig, 'review'>): ReviewRules {
  const review = loaded.review;
  if (!review) return defaultReviewRules;
  return {
    incomplete: thresholds(review.incomplete, defaultReviewRules.incomplete),
    revise: thresholds(review.revise, defaultReviewRules.revise),
  };
}
