// Term packs: data, validation, and the matcher the `term` rule runs.
export { builtinPack, builtinPackIssues, builtinTerms } from './builtin';
export { compileTerms, findTermHits, finishTermHits, rawTermHits } from './compile';
export type { RawTermHit } from './compile';
export { allowedFilter } from './cover';
export { checkPattern } from './safe-regex';
export type { TermEntry } from './types';
export { validateAllow, validateTerms } from './validate';
