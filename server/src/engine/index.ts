// Public surface of the pure engine.
export { analyze, PATTERN_BUDGET_RULE, resolveRules } from './analyze';
export type { AnalyzeOptions, ResolvedRule } from './analyze';
export { createAnalysisCache } from './memo';
export { compareReports, compareRules } from './compare';
export type { CompareResult, ComparePart, CompareRule } from './compare';
export { AnalysisStopped } from './stop';
export type { AnalysisCache } from './memo';
export type { AnalysisContext } from './context';
export { allRules, ruleById } from './rules';
export { builtinProfiles } from './profiles/builtin';
export * from './positions';
export * from './types';
