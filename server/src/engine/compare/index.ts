// Comparing this year's report with last year's: texts and config in, findings on this year's
// report out (related information points into last year's). Pure like the rest of the engine.
import { resolveRules } from '../analyze';
import type { EngineConfig, Finding } from '../types';
import { droppedPlanRule } from './dropped-plan';
import { partName } from './part-places';
import { reusedRule } from './reused';
import { reuseMap } from './reuse-map';
import { readSide, type ReportSide } from './side';
import { staleYearRule } from './stale-year';
import { trendRule } from './trend';
import type { CompareRule } from './types';
import { unchangedFigureRule } from './unchanged-figure';

export type { CompareRule } from './types';

export const compareRules: readonly CompareRule[] = [reusedRule, unchangedFigureRule, trendRule, droppedPlanRule, staleYearRule];

interface ComparePart {
  part: string;
  name: string;
  /** Share (0–1) of the part's text found in last year's report. */
  share: number;
}

export interface CompareResult {
  /** False when the two reports have too little in common to be one unit's two years: then no findings. */
  related: boolean;
  /** Share (0–1) of this year's text found in last year's report. */
  share: number;
  findings: Finding[];
  /** Each part of this year's report with its share copied from last year's. */
  parts: ComparePart[];
  last: ReportSide;
  current: ReportSide;
  ruleErrors: { rule: string; error: string }[];
}

/** Share of this year's text found in last year's from which the two are taken as one unit's two years. */
// Reports of different units share up to a third of their wording (the same central documents and
// stock phrases: 0.32 at most over every pair of the real-report corpus); one unit's reports reused
// year to year share more.
const RELATED_SHARE = 0.4;

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
  // Not the title: "2023年乡镇年度工作总结" is every town's title. Shared wording is what one
  // unit's two reports have and two units' reports have not.
  const share = chars > 0 ? copied / chars : 0;
  const related = share >= RELATED_SHARE;
  const parts = [...reuse.parts.values()].map((p) => ({ part: p.part, name: partName(current, p.part), share: p.share }));
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
  return { related, share, findings, parts, last, current, ruleErrors };
}
