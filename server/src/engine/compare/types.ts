// The compare rules: like the check rules (one per file, stable id, default severity), but they
// read two reports, this year's and last year's.
import type { Finding, JsonSchema, RuleDocs, Severity, Span } from '../types';
import type { ReuseMap } from './reuse-map';
import type { ReportSide } from './side';

interface CompareContext {
  last: ReportSide;
  current: ReportSide;
  reuse: ReuseMap;
  /** The rule's options from config ({} when none). */
  options: Record<string, unknown>;
  /** A finding in this year's report; `related` spans marked `other` are in last year's. */
  report(f: Omit<Finding, 'rule' | 'severity'> & { severity?: Severity }): void;
}

export interface CompareRule {
  id: string;
  description: string;
  defaultSeverity: Severity;
  /** As for the check rules: the config schema's entry is generated from these (npm run gen). */
  docs: RuleDocs;
  options?: Record<string, JsonSchema>;
  check(ctx: CompareContext): void;
}

/** A share option's schema (0–1). */
export const shareOption = (description: string): JsonSchema => ({ type: 'number', minimum: 0, maximum: 1, description });

/** A place in last year's report, for a finding's related information. */
export function lastYear(span: Span, message: string): { span: Span; message: string; other: true } {
  return { span, message, other: true };
}

/** A number option of a rule, or its default when unset or not a number in range. */
export function numberOption(options: Record<string, unknown>, key: string, fallback: number, min = 0, max = Infinity): number {
  const v = options[key];
  return typeof v === 'number' && Number.isFinite(v) && v >= min && v <= max ? v : fallback;
}

/** A paragraph's text cut to `max` characters for a message. */
export function excerpt(text: string, max = 40): string {
  const flat = text.replace(/\s+/g, '');
  return flat.length > max ? `${flat.slice(0, max)}…` : flat;
}
