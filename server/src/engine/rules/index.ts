// The rule registry: every rule the engine runs, in a stable order.
import type { Rule } from '../types';
import { figureConflict } from './figure-conflict';
import { figureRate } from './figure-rate';
import { figureSum } from './figure-sum';
import { headingSequence } from './heading-sequence';
import { ordinalSequence } from './ordinal-sequence';
import { placeholder } from './placeholder';
import { reportYearRule } from './report-year';
import { requiredSection } from './required-section';
import { sectionOrder } from './section-order';

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
];

export function ruleById(id: string): Rule | undefined {
  return allRules.find((r) => r.id === id);
}
