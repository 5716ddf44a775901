// Option schemas more than one rule shares.
import type { JsonSchema } from '../types';

/** `allow`: words in which the rule stays silent (the language rules). */
export const ALLOW_OPTION: JsonSchema = {
  type: 'array',
  items: { type: 'string', minLength: 1 },
  description: '允许的词：其中不再提示。Words in which the rule stays silent.',
};
