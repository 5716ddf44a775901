// Comparing this year's report with last year's: texts and config in, findings on this year's
// report out (related information points into last year's). Pure like the rest of the engine.
import { resolveRules } from '../analyze';
import type { EngineConfig, Finding } from '../types';
import { droppedPlanRule } from './dropped-plan';
import { reusedRule } from './reused';
import { reuseMap } from './reuse-map';
import { readSide, type ReportSide } from './side';
import { staleYearRule } from './stale-year';
import { trendRule } from './trend';
import type { CompareRule } from './types';
import { unchangedFigureRule } from './unchanged-figure';

export type { CompareRule } from './types';
export type { ReportSide } from './side';

export const compareRules: readonly CompareRule[] = [reusedRule, unchangedFigureRule, trendRule, droppedPlanRule, staleYearRule];

export interface ComparePart {
  part: string;
  name: string;
  /** Share (0–1) of the part's text found in last year's report. */
  share: number;
}

export interface CompareResult {
  /** False when the two reports have too little in common to be one unit's two years: then no findings. */
  related: boolean;
  findings: Finding[];
  /** Each part of this year's report with its share copied from last year's. */
  parts: ComparePart[];
  last: ReportSide;
  current: ReportSide;
  ruleErrors: { rule: string; error: string }[];
}

/** Share of the whole report's text found in last year's from which the two are taken as related. */
const RELATED_SHARE = 0.1;

/** A title without its years, numbers and spaces: one unit's reports keep it year after year. */
const titleKey = (side: ReportSide): string => (side.doc.title?.text ?? '').replace(/[0-9０-９\s年度]/g, '');

export function compareReports(lastText: string, currentText: string, config: EngineConfig = {}, lastConfig: EngineConfig = config): CompareResult {
  const last = readSide(lastText, lastConfig);
  const current = readSide(currentText, config);
  const reuse = reuseMap(last, current);
  let chars = 0;
  let copied = 0;
  for (const r of reuse.paragraphs) {
    chars += r.norm.length;
    copied += r.copied;
  }
  const sameTitle = titleKey(last) !== '' && titleKey(last) === titleKey(current);
  const related = sameTitle || (chars > 0 && copied / chars >= RELATED_SHARE);
  const names = new Map(current.profile.parts.map((p) => [p.id, p.name]));
  const parts = [...reuse.parts.values()].map((p) => ({ part: p.part, name: names.get(p.part) ?? p.part, share: p.share }));
  const findings: Finding[] = [];
  const ruleErrors: CompareResult['ruleErrors'] = [];
  if (related) {
    // The compare rules resolve their settings like the check rules (config "rules": {"compare-trend": "off"}).
    for (const { rule, severity, options } of resolveRules(compareRules, config.rules)) {
      try {
        rule.check({
          last,
          current,
          reuse,
          options,
          report: (f) => findings.push({ ...f, rule: rule.id, severity: f.severity ?? severity }),
        });
      } catch (e) {
        ruleErrors.push({ rule: rule.id, error: e instanceof Error ? e.message : String(e) });
      }
    }
  }
  findings.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end || a.rule.localeCompare(b.rule));
  return { related, findings, parts, last, current, ruleErrors };
}
