// The engine's entry point: text and config in, findings out. No I/O, no editor types.
import { AnalysisContext } from './context';
import { applyDirectives } from './directives';
import { PATTERN_BUDGET_MS } from './packs/budget';
import { MAX_FINDINGS_PER_RULE } from './packs/finding-sink';
import { type AnalysisCache, Memo } from './memo';
import { AnalysisStopped } from './stop';
import { allRules } from './rules';
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

/** How to analyse: every field is optional. */
export interface AnalyzeOptions {
  config?: EngineConfig;
  /** The rules to run (default: all of them). */
  rules?: readonly Rule[];
  /**
   * An incremental-analysis cache (createAnalysisCache(), one per document): the per-paragraph
   * work of paragraphs that did not change since the last analysis with that cache is reused;
   * the result is the same as without it.
   */
  cache?: AnalysisCache;
  /**
   * Asked at checkpoints; when it answers true the analysis throws AnalysisStopped (the cache
   * keeps the work done until then).
   */
  shouldStop?: () => boolean;
}

/** Analyses a report: text and options in, findings out. */
export function analyze(text: string, options: AnalyzeOptions = {}): AnalysisResult {
  const { config = {}, rules = allRules, cache, shouldStop } = options;
  const memo = cache instanceof Memo ? cache : null;
  memo?.begin(config, rules);
  // An editor builds each version of a document by concatenation, and every rule reads it
  // character by character: one flat copy first is cheaper than reading through the pieces.
  const source = memo ? flatCopy(text) : text;
  let result: AnalysisResult;
  try {
    result = runRules(new AnalysisContext(source, config, { memo, shouldStop }), config, rules);
  } catch (e) {
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

function runRules(ctx: AnalysisContext, config: EngineConfig, rules: readonly Rule[]): AnalysisResult {
  const { doc, profile } = ctx;
  const findings: Finding[] = [];
  const ruleErrors: AnalysisResult['ruleErrors'] = [];
  for (const { rule, severity, options } of resolveRules(rules, config.rules)) {
    if (rule.needsProfile && profile.id === 'generic') continue;
    let reported = 0;
    ctx.checkpoint();
    try {
      rule.check({
        analysis: ctx,
        doc,
        profile,
        options,
        year: ctx.year,
        format: ctx.format,
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
  const kept = applyDirectives(doc, findings);
  kept.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end || a.rule.localeCompare(b.rule));
  if (ctx.budget.exhausted) {
    kept.unshift({
      rule: PATTERN_BUDGET_RULE,
      severity: 'warning',
      span: { start: 0, end: 0 },
      message: `配置文件（.reportlintrc.json 或其词表）中的正则表达式总用时超过 ${PATTERN_BUDGET_MS / 1000} 秒，其余匹配已停止，本次检查结果不完整。请减少或简化其中的 "pattern" 与 "headings"。`,
    });
  }
  return {
    profile: { id: profile.id, name: profile.name, how: ctx.profileHow },
    findings: kept,
    document: doc,
    ruleErrors,
  };
}
