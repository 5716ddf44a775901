// The language rules run with the registered ones. Until rules/index.ts lists them, they are
// added here; once it does, the filter keeps each rule once.
import { strict as assert } from 'node:assert';
import { analyze, allRules } from '../../server/src/engine';
import type { AnalysisResult, EngineConfig, Finding, Rule } from '../../server/src/engine';
import { numeral } from '../../server/src/engine/rules/numeral';
import { punctuation } from '../../server/src/engine/rules/punctuation';
import { term } from '../../server/src/engine/rules/term';
import { applyFix, type InvalidCase, type ValidCase } from '../helpers/rule-tester';

export const languageRules: readonly Rule[] = [term, numeral, punctuation];
const ids = new Set(languageRules.map((r) => r.id));
export const rulesWithLanguage: readonly Rule[] = [...allRules.filter((r) => !ids.has(r.id)), ...languageRules];

export function analyzeAll(text: string, config: EngineConfig = {}): AnalysisResult {
  return analyze(text, config, rulesWithLanguage);
}

export function findingsOf(ruleId: string, text: string, config: EngineConfig = {}): Finding[] {
  const result = analyzeAll(text, config);
  assert.deepEqual(result.ruleErrors, [], 'no rule may throw');
  return result.findings.filter((f) => f.rule === ruleId);
}

export const show = (text: string, fs: Finding[]): string[] => fs.map((f) => `${f.rule}: ${text.slice(f.span.start, f.span.end)} — ${f.message}`);

const label = (c: { name?: string; text: string }): string => c.name ?? c.text.replace(/\s+/g, ' ').slice(0, 50);

/** Same contract as test/helpers/rule-tester.ts testRule, with the language rules registered. */
export function testLanguageRule(ruleId: string, cases: { valid: (string | ValidCase)[]; invalid: InvalidCase[] }): void {
  describe(`${ruleId}: valid`, () => {
    for (const raw of cases.valid) {
      const c = typeof raw === 'string' ? { text: raw } : raw;
      it(label(c), () => {
        assert.deepEqual(show(c.text, findingsOf(ruleId, c.text, c.config)), []);
      });
    }
  });
  describe(`${ruleId}: invalid`, () => {
    for (const c of cases.invalid) {
      it(label(c), () => {
        const found = findingsOf(ruleId, c.text, c.config);
        assert.deepEqual(
          found.map((f) => c.text.slice(f.span.start, f.span.end)),
          c.errors.map((e) => e.text),
          'flagged text',
        );
        c.errors.forEach((e, i) => {
          const f = found[i];
          if (e.message instanceof RegExp) assert.match(f.message, e.message);
          else if (e.message) assert.ok(f.message.includes(e.message), `message «${f.message}» should include «${e.message}»`);
          assert.match(f.message, /[\u4e00-\u9fff]/, 'messages are Chinese');
        });
        if (c.output !== undefined) {
          const fix = found[0]?.fixes?.[0];
          assert.ok(fix, 'the first finding should carry a fix');
          const fixed = applyFix(c.text, fix);
          assert.equal(fixed, c.output);
          const after = findingsOf(ruleId, fixed, c.config);
          assert.ok(after.length < found.length, `the fix resolves the finding; still: ${after.map((f) => f.message).join(' | ')}`);
        }
      });
    }
  });
}
