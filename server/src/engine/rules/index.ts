// The rule registry: every rule the engine runs, in a stable order.
import type { Rule } from '../types';
import { headingSequence } from './heading-sequence';
import { ordinalSequence } from './ordinal-sequence';
import { placeholder } from './placeholder';
import { requiredSection } from './required-section';
import { sectionOrder } from './section-order';

export const allRules: readonly Rule[] = [requiredSection, sectionOrder, headingSequence, ordinalSequence, placeholder];

export function ruleById(id: string): Rule | undefined {
  return allRules.find((r) => r.id === id);
}
