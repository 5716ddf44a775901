// Public surface of the pure engine.
export { analyze, resolveRules } from './analyze';
export type { ResolvedRule } from './analyze';
export { allRules, ruleById } from './rules';
export { builtinProfiles } from './profiles/builtin';
export * from './positions';
export * from './types';
