// The language rules are registered in rules/index.ts, so their tests use the shared tester.
import { analyze } from '../../server/src/engine';
import type { AnalysisResult, EngineConfig, Finding, Rule } from '../../server/src/engine';
import { numeral } from '../../server/src/engine/rules/numeral';
import { punctuation } from '../../server/src/engine/rules/punctuation';
import { term } from '../../server/src/engine/rules/term';
export { findingsOf, testRule as testLanguageRule } from '../helpers/rule-tester';

export const languageRules: readonly Rule[] = [term, numeral, punctuation];

export function analyzeAll(text: string, config: EngineConfig = {}): AnalysisResult {
  return analyze(text, { config });
}

export const show = (text: string, fs: Finding[]): string[] => fs.map((f) => `${f.rule}: ${text.slice(f.span.start, f.span.end)} — ${f.message}`);
