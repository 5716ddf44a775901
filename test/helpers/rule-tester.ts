// A textlint-style tester: each rule gets valid cases (no finding of that rule) and invalid
// cases (the findings it must give, by the exact text they cover, and the text after a fix).
import { strict as assert } from 'node:assert';
import { analyze } from '../../server/src/engine';
import type { EngineConfig, Finding, Fix } from '../../server/src/engine';

export interface InvalidCase {
  text: string;
  /** Each expected finding: the flagged source text, and optionally a part of its message. */
  errors: { text: string; message?: string | RegExp; line?: number; column?: number }[];
  /** The text after applying the first finding's first fix. */
  output?: string;
  config?: EngineConfig;
  name?: string;
}

export interface ValidCase {
  text: string;
  config?: EngineConfig;
  name?: string;
}

export function applyFix(text: string, fix: Fix): string {
  const edits = [...fix.edits].sort((a, b) => b.start - a.start);
  for (let i = 1; i < edits.length; i++) assert.ok(edits[i].end <= edits[i - 1].start, 'fix edits must not overlap');
  let out = text;
  for (const e of edits) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  return out;
}

export function findingsOf(ruleId: string, text: string, config: EngineConfig = {}): Finding[] {
  const result = analyze(text, { config });
  assert.deepEqual(result.ruleErrors, [], 'no rule may throw');
  return result.findings.filter((f) => f.rule === ruleId);
}

const label = (c: { name?: string; text: string }): string => c.name ?? c.text.replace(/\s+/g, ' ').slice(0, 50);

export function testRule(ruleId: string, cases: { valid: (string | ValidCase)[]; invalid: InvalidCase[] }): void {
  describe(`${ruleId}: valid`, () => {
    for (const raw of cases.valid) {
      const c = typeof raw === 'string' ? { text: raw } : raw;
      it(label(c), () => {
        const found = findingsOf(ruleId, c.text, c.config);
        assert.deepEqual(found.map((f) => c.text.slice(f.span.start, f.span.end) + ' — ' + f.message), []);
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
