// A small tester for the figure and year rules: runs analyze() with only the rule under test
// (so it works whether or not the rule is registered yet) and compares the flagged text.
import { strict as assert } from 'node:assert';
import { analyze } from '../../server/src/engine/analyze';
import type { EngineConfig, Finding, Rule } from '../../server/src/engine/types';

export interface Case {
  text: string;
  name?: string;
  config?: EngineConfig;
}

export interface InvalidCase extends Case {
  /** Flagged source text of each finding, in order, and optionally a part of its message. */
  errors: { text: string; message?: string | RegExp; related?: string[] }[];
  /** Text after applying the first finding's first fix. */
  output?: string;
}

export function run(rule: Rule, text: string, config: EngineConfig = {}): Finding[] {
  const result = analyze(text, { config, rules: [rule] });
  assert.deepEqual(result.ruleErrors, [], 'no rule may throw');
  return result.findings;
}

const title = (c: Case): string => c.name ?? c.text.replace(/\s+/g, ' ').slice(0, 60);

export function ruleCases(rule: Rule, cases: { valid: (string | Case)[]; invalid: InvalidCase[] }): void {
  describe(`${rule.id}: valid`, () => {
    for (const raw of cases.valid) {
      const c = typeof raw === 'string' ? { text: raw } : raw;
      it(title(c), () => {
        const found = run(rule, c.text, c.config);
        assert.deepEqual(found.map((f) => `${c.text.slice(f.span.start, f.span.end)} — ${f.message}`), []);
      });
    }
  });
  describe(`${rule.id}: invalid`, () => {
    for (const c of cases.invalid) {
      it(title(c), () => {
        const found = run(rule, c.text, c.config);
        assert.deepEqual(
          found.map((f) => c.text.slice(f.span.start, f.span.end)),
          c.errors.map((e) => e.text),
          `flagged text; messages: ${found.map((f) => f.message).join(' | ')}`,
        );
        c.errors.forEach((e, i) => {
          const f = found[i];
          assert.equal(f.severity, rule.defaultSeverity);
          assert.match(f.message, /[\u4e00-\u9fff]/, 'messages are Chinese');
          if (e.message instanceof RegExp) assert.match(f.message, e.message);
          else if (e.message) assert.ok(f.message.includes(e.message), `message «${f.message}» should include «${e.message}»`);
          if (e.related) assert.deepEqual((f.related ?? []).map((r) => c.text.slice(r.span.start, r.span.end)), e.related);
        });
        if (c.output !== undefined) {
          const fix = found[0].fixes?.[0];
          assert.ok(fix, 'the first finding should carry a fix');
          let out = c.text;
          for (const e of [...fix.edits].sort((a, b) => b.start - a.start)) out = out.slice(0, e.start) + e.text + out.slice(e.end);
          assert.equal(out, c.output);
          assert.ok(run(rule, out, c.config).length < found.length, 'the fix resolves the finding');
        }
      });
    }
  });
}
