// Shared checks for the reliability suites: every rule the engine has (registered or not yet),
// the invariants a finding must keep whatever the input, and fix application.
import { strict as assert } from 'node:assert';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { allRules, analyze } from '../../server/src/engine';
import type { AnalysisResult, EngineConfig, Fix, Rule, Span } from '../../server/src/engine';

export const engineDir = join(__dirname, '..', '..', 'server', 'src', 'engine');

/**
 * The registered rules plus any rule object exported from rules/*.ts that the registry does
 * not list yet, so a rule is fuzzed from the day its file exists.
 */
export function engineRules(): readonly Rule[] {
  const out: Rule[] = [...allRules];
  const dir = join(engineDir, 'rules');
  for (const file of readdirSync(dir).sort()) {
    if (!file.endsWith('.ts') || file === 'index.ts') continue;
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const mod = require(join(dir, file)) as Record<string, unknown>;
    for (const value of Object.values(mod)) {
      if (isRule(value) && !out.some((r) => r.id === value.id)) out.push(value);
    }
  }
  return out;
}

function isRule(v: unknown): v is Rule {
  return typeof v === 'object' && v !== null && typeof (v as Rule).id === 'string' && typeof (v as Rule).check === 'function';
}

/** Config variants: the detected profile, and each built-in profile forced, so structure rules run on any text. */
export const profileConfigs: readonly EngineConfig[] = [{}, { profile: 'shufa' }, { profile: 'fazhi-zhengfu' }, { profile: 'shuzhi' }, { profile: 'gongzuo-zongjie' }];

const SEVERITIES = new Set(['error', 'warning', 'info', 'hint']);

const isHigh = (c: number): boolean => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number): boolean => c >= 0xdc00 && c <= 0xdfff;

/** Whether offset `i` falls between the two halves of a surrogate pair. */
export function splitsPair(text: string, i: number): boolean {
  return i > 0 && i < text.length && isHigh(text.charCodeAt(i - 1)) && isLow(text.charCodeAt(i));
}

function checkSpan(text: string, s: Span, what: string): void {
  assert.ok(Number.isInteger(s.start) && Number.isInteger(s.end), `${what}: integer offsets, got ${JSON.stringify(s)}`);
  assert.ok(s.start >= 0 && s.start <= s.end && s.end <= text.length, `${what}: 0 ≤ start ≤ end ≤ ${text.length}, got ${JSON.stringify(s)}`);
  assert.ok(!splitsPair(text, s.start) && !splitsPair(text, s.end), `${what}: splits a surrogate pair at ${JSON.stringify(s)}`);
}

/** Edits of one fix: well-formed, inside the text, and no two touching the same offsets. */
export function checkFix(text: string, fix: Fix, what: string): void {
  assert.equal(typeof fix.title, 'string', `${what}: fix title`);
  assert.ok(fix.title.length > 0, `${what}: fix title is empty`);
  assert.ok(Array.isArray(fix.edits) && fix.edits.length > 0, `${what}: a fix has edits`);
  for (const e of fix.edits) {
    checkSpan(text, e, `${what} edit`);
    assert.equal(typeof e.text, 'string', `${what}: edit text`);
  }
  const sorted = [...fix.edits].sort((a, b) => a.start - b.start || a.end - b.end);
  for (let i = 1; i < sorted.length; i++) {
    const [a, b] = [sorted[i - 1], sorted[i]];
    // Two edits at one offset (even two insertions) have no defined order in LSP.
    assert.ok(b.start >= a.end && b.start > a.start, `${what}: edits overlap: ${JSON.stringify(a)} and ${JSON.stringify(b)}`);
  }
}

/** Everything a result must satisfy for any input; returns the result for chaining. */
export function checkResult(text: string, result: AnalysisResult, ruleIds: ReadonlySet<string>): AnalysisResult {
  assert.deepEqual(result.ruleErrors, [], 'no rule may throw');
  assert.equal(result.document.prose.length, text.length, 'the prose view keeps offsets');
  for (const f of result.findings) {
    const what = `${f.rule} «${text.slice(f.span.start, f.span.end).slice(0, 40)}»`;
    assert.ok(ruleIds.has(f.rule), `unknown rule id ${f.rule}`);
    assert.ok(SEVERITIES.has(f.severity), `${what}: severity ${f.severity}`);
    assert.ok(typeof f.message === 'string' && f.message.length > 0, `${what}: message`);
    checkSpan(text, f.span, what);
    for (const r of f.related ?? []) {
      checkSpan(text, r.span, `${what} related`);
      assert.ok(typeof r.message === 'string' && r.message.length > 0, `${what}: related message`);
    }
    for (const fix of f.fixes ?? []) checkFix(text, fix, what);
  }
  for (let i = 1; i < result.findings.length; i++) {
    const [a, b] = [result.findings[i - 1].span, result.findings[i].span];
    assert.ok(a.start < b.start || (a.start === b.start && a.end <= b.end), 'findings are sorted by position');
  }
  return result;
}

export function applyFix(text: string, fix: Fix): string {
  const edits = [...fix.edits].sort((a, b) => b.start - a.start);
  let out = text;
  for (const e of edits) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  return out;
}

/** The comparable part of a result (the document model holds the same text either way). */
export function summary(result: AnalysisResult): unknown {
  return { profile: result.profile, findings: result.findings, ruleErrors: result.ruleErrors };
}

/**
 * The full property: no exception, invariants hold, a second run gives the same findings, and
 * applying each finding's fixes (at most `maxFixes` of them) and analysing again is safe too.
 */
export function checkAll(text: string, config: EngineConfig, rules: readonly Rule[], maxFixes = 8): void {
  const ids = new Set(rules.map((r) => r.id));
  const first = checkResult(text, analyze(text, { config, rules }), ids);
  const second = analyze(text, { config, rules });
  assert.deepEqual(summary(second), summary(first), 'the same input gives the same findings');
  let applied = 0;
  for (const f of first.findings) {
    for (const fix of f.fixes ?? []) {
      if (applied++ >= maxFixes) return;
      const fixed = applyFix(text, fix);
      checkResult(fixed, analyze(fixed, { config, rules }), ids);
    }
  }
}

const factor = ((): number => {
  const f = Number(process.env.FUZZ_RUNS ?? '');
  return Number.isFinite(f) && f > 0 ? f : 1;
})();

/** FUZZ_RUNS scales every property's run count (default 1 = the CI budget). */
export function runs(base: number): number {
  return Math.max(1, Math.round(base * factor));
}

/** A suite's timeout, scaled like its run counts. */
export function timeoutFor(ms: number): number {
  return Math.round(ms * Math.max(1, factor));
}

/** Fixed seed, so CI runs are reproducible; FUZZ_SEED picks another one for a long local run. */
export const seed = Number(process.env.FUZZ_SEED ?? 20240607);
