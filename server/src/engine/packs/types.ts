// Term packs: data files of wrong → right wording, loaded by the `term` rule. A workspace adds
// its own through `.reportlintrc.json` ("packs", "terms", "allow"); see docs/rule-packs.md.
import type { Severity } from '../types';

/** One entry: a wrong form (a literal `wrong` or a regular expression `pattern`) and its right form. */
export interface TermEntry {
  /** The wrong text, matched literally. Exactly one of `wrong` and `pattern` is given. */
  wrong?: string;
  /** A regular expression (JavaScript syntax, 'u' flag) for the wrong text; checked for safety. */
  pattern?: string;
  /** The right form; for a pattern it may use $1…$9 for its groups. "" means "delete". */
  right: string;
  /** Texts around the wrong form where it is right (对抗牢笼 for 抗牢): a hit inside one is skipped. */
  allow?: string[];
  /** Why, in Chinese, shown to the writer. */
  reason: string;
  /** Where the rule comes from (dictionary, standard, document). */
  source: string;
  /** Overrides the rule's severity for this entry. */
  severity?: Severity;
  /** Sentences where the entry must fire (used by the pack tests). */
  examples?: string[];
}

export interface TermPack {
  name: string;
  description?: string;
  terms: TermEntry[];
  /** Words where no language rule fires (a workspace's own names, quotations). */
  allow?: string[];
}

/** A problem found in pack data, at a JSON path inside the pack ([`terms`, 3, `pattern`]). */
export interface PackIssue {
  path: (string | number)[];
  message: string;
}
