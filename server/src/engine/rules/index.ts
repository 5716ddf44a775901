// The rule registry: every rule the engine runs, in a stable order.
import type { Rule } from '../types';
import { figureConflict } from './figure-conflict';
import { figureRate } from './figure-rate';
import { figureSum } from './figure-sum';
import { headingSequence } from './heading-sequence';
import { numeral } from './numeral';
import { ordinalSequence } from './ordinal-sequence';
import { placeholder } from './placeholder';
import { punctuation } from './punctuation';
import { reportYearRule } from './report-year';
import { requiredSection } from './required-section';
import { sectionOrder } from './section-order';
import { term } from './term';

export const allRules: readonly Rule[] = [
  requiredSection,
  sectionOrder,
  headingSequence,
  ordinalSequence,
  placeholder,
  figureConflict,
  figureSum,
  figureRate,
  reportYearRule,
  term,
  numeral,
  punctuation,
];
