// The built-in term pack (terms-zh.json), validated once at load. Its entries are all valid
// (test/language/packs.test.ts checks it), so nothing is dropped in practice.
import data from './terms-zh.json';
import type { TermEntry, TermPack } from './types';
import { validateTerms } from './validate';

const validated = validateTerms((data as { terms: unknown }).terms, ['terms']);

export const builtinPack: TermPack = { name: data.name, description: data.description, terms: validated.entries };

/** Problems in the built-in pack (empty unless the data file was broken by an edit). */
export const builtinPackIssues = validated.issues;

export const builtinTerms: readonly TermEntry[] = validated.entries;
