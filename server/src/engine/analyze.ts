// The engine's entry point: text and config in, findings out. No I/O, no editor types.
import { applyDirectives } from './directives';
import { forgetPositions } from './text/anchored';
import { PATTERN_BUDGET_MS, withPatternBudget } from './packs/budget';
import { MAX_FINDINGS_PER_RULE } from './packs/finding-sink';
import { type AnalysisCache, Memo, withMemo } from './memo';
import { parseReport } from './parse/document';
import { selectProfile } from './profiles/select';
import { AnalysisStopped, checkpoint, withStopCheck } from './stop';
import { allRules } from './rules';
import { reportYear } from './report-year-of';
import type { AnalysisResult, EngineConfig, Finding, Rule, RuleSetting, Severity } from './types';

export interface ResolvedRule<R = Rule> {
  rule: R;
  severity: Severity;
  options: Record<string, unknown>;
}

/** Applies config settings to the rule list (check or compare rules); rules set to 'off' (or false) are dropped. */
export function resolveRules<R extends { id: string; defaultSeverity: Severity } = Rule>(rules: readonly R[], settings: Record<string, RuleSetting> = {}): ResolvedRule<R>[] {
  const out: ResolvedRule<R>[] = [];
  for (const rule of rules) {
    const s = settings[rule.id];
    let severity: Severity | 'off' = rule.defaultSeverity;
    let options: Record<string, unknown> = {};
    if (s === false || s === 'off') continue;
    if (typeof s === 'string') severity = s;
    else if (s && typeof s === 'object') {
      severity = s.severity ?? rule.defaultSeverity;
      options = s.options ?? {};
    }
    if (severity === 'off') continue;
    out.push({ rule, severity, options });
  }
  return out;
}

/** What was thrown, as text; never throws itself (String(Object.create(null)) would). */
function describeError(e: unknown): string {
  try {
    return e instanceof Error ? String(e.message) : String(e);
  } catch {
    return 'unprintable exception';
  }
}

/**
 * Analyses a report. With a cache (createAnalysisCache(), one per document), the per-paragraph
 * work of paragraphs that did not change since the last analysis with that cache is reused;
 * the result is the same as without it. With `shouldStop`, the analysis asks it at checkpoints
 * and throws AnalysisStopped when it answers true; the cache keeps the work done until then.
 */
export function analyze(
  text: string,
  config: EngineConfig = {},
  rules: readonly Rule[] = allRules,
  cache?: AnalysisCache,
  shouldStop?: () => boolean,
): AnalysisResult {
  const memo = cache instanceof Memo ? cache : null;
  memo?.begin(config, rules);
  // An editor builds each version of a document by concatenation, and every rule reads it
  // character by character: one flat copy first is cheaper than reading through the pieces.
  const source = memo ? flatCopy(text) : text;
  let result: AnalysisResult;
  try {
    result = withStopCheck(shouldStop ?? null, () => withMemo(memo, () => analyzeNow(source, config, rules)));
  } catch (e) {
    forgetPositions();
    if (e instanceof AnalysisStopped) memo?.abort();
    throw e;
  }
  memo?.end();
  return result;
}

/** The same text as one flat string (joining two halves makes V8 copy them into one). */
function flatCopy(text: string): string {
  if (text.length < 2) return text;
  const half = text.length >> 1;
  return [text.slice(0, half), text.slice(half)].join('');
}

/** The finding that says the patterns' time budget ran out (packs/budget.ts). */
const PATTERN_BUDGET_RULE = 'config';

function analyzeNow(text: string, config: EngineConfig, rules: readonly Rule[]): AnalysisResult {
  const { value, exhausted } = withPatternBudget(() => runRules(text, config, rules));
  if (exhausted) {
    value.findings.unshift({
      rule: PATTERN_BUDGET_RULE,
      severity: 'warning',
      span: { start: 0, end: 0 },
      message: `配置文件（.reportlintrc.json 或其词表）中的正则表达式总用时超过 ${PATTERN_BUDGET_MS / 1000} 秒，其余匹配已停止，本次检查结果不完整。请减少或简化其中的 "pattern" 与 "headings"。`,
    });
  }
  return value;
}

function runRules(text: string, config: EngineConfig, rules: readonly Rule[]): AnalysisResult {
  const doc = parseReport(text);
  checkpoint();
  const selected = selectProfile(doc, config);
  const year = reportYear(doc);
  const findings: Finding[] = [];
  const ruleErrors: AnalysisResult['ruleErrors'] = [];
  for (const { rule, severity, options } of resolveRules(rules, config.rules)) {
    if (rule.needsProfile && selected.profile.id === 'generic') continue;
    let reported = 0;
    checkpoint();
    try {
      rule.check({
        doc,
        profile: selected.profile,
        options,
        year,
        format: config.format === 'text' ? 'text' : 'markdown',
        report: (f) => {
          // A garbled or hostile document (100,000 stray "**") must not give tens of thousands
          // of findings: no writer reads them, and each costs memory here and in the editor.
          if (++reported <= MAX_FINDINGS_PER_RULE) findings.push({ ...f, rule: rule.id, severity: f.severity ?? severity });
        },
      });
    } catch (e) {
      if (e instanceof AnalysisStopped) throw e;
      // One broken rule must not take the others down: record it and go on.
      ruleErrors.push({ rule: rule.id, error: describeError(e) });
    }
  }
  forgetPositions();
  const kept = applyDirectives(doc, findings);
  kept.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end || a.rule.localeCompare(b.rule));
  return {
    profile: { id: selected.profile.id, name: selected.profile.name, how: selected.how },
    findings: kept,
    document: doc,
    ruleErrors,
  };
}
