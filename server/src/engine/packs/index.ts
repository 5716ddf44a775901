// Term packs: data, validation, and the matcher the `term` rule runs.
export { builtinTerms } from './builtin';
export { compileTerms, finishTermHits, rawTermHits } from './compile';
export type { RawTermHit } from './compile';
export { allowedFilter } from './cover';
export type { TermEntry } from './types';
export { validateAllow, validateTerms } from './validate';
