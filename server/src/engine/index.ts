// Public surface of the pure engine.
export { analyze } from './analyze';
export { withPatternBudget } from './packs/budget';
export { createAnalysisCache } from './memo';
export { compareReports, compareRules } from './compare';
export type { CompareResult, CompareRule } from './compare';
export { AnalysisStopped } from './stop';
export type { AnalysisCache } from './memo';
export { allRules } from './rules';
export { builtinProfiles } from './profiles/builtin';
export * from './positions';
export * from './types';
