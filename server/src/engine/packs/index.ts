// Term packs: data, validation, and the matcher the `term` rule runs.
export { builtinPack, builtinPackIssues, builtinTerms } from './builtin';
export { compileTerms, findTermHits, finishTermHits, rawTermHits } from './compile';
export type { CompiledTerms, RawTermHit, TermHit } from './compile';
export { allowedFilter } from './cover';
export { checkPattern, MAX_BOUND, PROFILE_BUDGET, REPEAT_BUDGET, SEGMENT_MAX } from './safe-regex';
export type { PatternCheck } from './safe-regex';
export { segments } from './segments';
export type { PackIssue, TermEntry, TermPack } from './types';
export { validateAllow, validateTerms } from './validate';
export { FindingSink, MAX_FINDINGS_PER_RULE } from './finding-sink';
export type { Candidate } from './finding-sink';
