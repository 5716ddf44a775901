// Fixes a rule marks `preferred` (applied by "fix all" in the CLI and the editor) must be
// idempotent: applying one makes its finding go away, and applying all of them repeatedly
// settles within a few rounds instead of oscillating (A → B → A).
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { analyze } from '../../server/src/engine';
import type { EngineConfig, Finding, Fix, Span, TextEditData } from '../../server/src/engine';
import { report } from './arbitraries';
import { applyFix, checkResult, engineRules, profileConfigs, runs, seed, timeoutFor } from './support';

const rules = engineRules();
const ids = new Set(rules.map((r) => r.id));
const MAX_ROUNDS = 10;

/** Where an offset of the old text lands after the edits (inside an edit: its start, or its new end for `end`). */
function mapOffset(edits: readonly TextEditData[], offset: number, side: 'start' | 'end'): number {
  let shift = 0;
  for (const e of [...edits].sort((a, b) => a.start - b.start)) {
    if (offset < e.start || (offset === e.start && side === 'start')) break;
    if (offset < e.end || (offset === e.end && e.start === e.end && side === 'end')) return e.start + shift + (side === 'end' ? e.text.length : 0);
    shift += e.text.length - (e.end - e.start);
  }
  return offset + shift;
}

const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end || (a.start === a.end && b.start <= a.start && a.start <= b.end);

/**
 * The preferred fix's finding is gone: no finding of its rule with its message on the text the
 * fix rewrote. (The message counts: fixing a style can reveal another problem at the same
 * place, as 1、→1. reveals that the number repeats the one before.)
 */
function checkPreferred(text: string, config: EngineConfig, f: Finding, fix: Fix): void {
  const fixed = applyFix(text, fix);
  const after = checkResult(fixed, analyze(fixed, { config, rules }), ids);
  const where = { start: mapOffset(fix.edits, f.span.start, 'start'), end: mapOffset(fix.edits, f.span.end, 'end') };
  const still = after.findings.filter((g) => g.rule === f.rule && g.message === f.message && overlaps(g.span, where));
  assert.deepEqual(
    still.map((g) => `${fixed.slice(g.span.start, g.span.end)} — ${g.message}`),
    [],
    `${f.rule}: after “${fix.title}” on «${text.slice(f.span.start, f.span.end)}» the same finding is still there`,
  );
}

/** The preferred fixes of a result, without two that touch the same text (as "fix all" picks them). */
function fixAll(findings: readonly Finding[]): Fix | null {
  const edits: TextEditData[] = [];
  const taken: Span[] = [];
  for (const f of findings) {
    const fix = f.fixes?.find((x) => x.preferred);
    if (!fix || fix.edits.some((e) => taken.some((t) => e.start <= t.end && t.start <= e.end))) continue;
    edits.push(...fix.edits);
    taken.push(...fix.edits);
  }
  return edits.length > 0 ? { title: 'fix all', edits, preferred: true } : null;
}

/** Applies every preferred fix, round after round; returns the rounds it took to settle. */
function settle(text: string, config: EngineConfig): number {
  let current = text;
  for (let round = 1; round <= MAX_ROUNDS; round++) {
    const result = checkResult(current, analyze(current, { config, rules }), ids);
    const fix = fixAll(result.findings);
    if (!fix) return round - 1;
    current = applyFix(current, fix);
  }
  const left = analyze(current, { config, rules }).findings.filter((f) => f.fixes?.some((x) => x.preferred));
  assert.fail(`preferred fixes still offered after ${MAX_ROUNDS} rounds: ${left.map((f) => `${f.rule} «${current.slice(f.span.start, f.span.end)}»`).join(', ')}`);
}

/** Known problems with a preferred fix, one or more per rule that offers them. */
const known: string[] = [
  '一、主要做法\n1. 第一项\n2、第二项\n3. 第三项\n', // heading-sequence: mixed 1. and 1、
  '我们要抗牢责任，认真布署工作，其它事项急待解决。', // term
  '截止目前，共做出决定3项。',
  '22年以来，共办理案件12件。', // numeral
  '于2022.8.26召开会议，三、四次会议。',
  '5～10万人参加，近100多人获奖。',
  '坚持学习,不断提高;认真落实:全面推进?好!', // punctuation
  '开展(专项)治理，完成(2021—2025年规划。',
  '工作要点有三点:\n正文。',
  '认真学习《宪法》、《民法典》等法律。',
  '（一）、强化领导\n一.加强学习\n',
];

describe('fixes: preferred fixes are idempotent', function () {
  this.timeout(timeoutFor(120_000));

  it('the known problems offer preferred fixes of every rule that has them', () => {
    const offering = new Set(known.flatMap((t) => analyze(t, { rules }).findings.filter((f) => f.fixes?.some((x) => x.preferred)).map((f) => f.rule)));
    // The rules whose fixes are marked preferred (grep "preferred" in rules/).
    const having = ['heading-sequence', 'term', 'numeral', 'punctuation'].filter((id) => rules.some((r) => r.id === id));
    assert.ok(having.length >= 1);
    for (const id of having) assert.ok(offering.has(id), `no known problem gives a preferred fix of ${id}`);
  });

  for (const text of known) {
    it(`each preferred fix removes its finding: ${text.replace(/\n/g, '⏎').slice(0, 40)}`, () => {
      const result = analyze(text, { rules });
      let checked = 0;
      for (const f of result.findings) {
        for (const fix of f.fixes ?? []) {
          if (!fix.preferred) continue;
          checkPreferred(text, {}, f, fix);
          checked++;
        }
      }
      assert.ok(checked > 0, 'at least one preferred fix');
      settle(text, {});
    });
  }

  it('grammar reports: each preferred fix removes its finding', () => {
    fc.assert(
      fc.property(report, fc.constantFrom(...profileConfigs), (text, config) => {
        for (const f of analyze(text, { config, rules }).findings) {
          for (const fix of f.fixes ?? []) if (fix.preferred) checkPreferred(text, config, f, fix);
        }
      }),
      { seed, numRuns: runs(150) },
    );
  });

  it(`grammar reports: "fix all" settles within ${MAX_ROUNDS} rounds`, () => {
    let rounds = 0;
    fc.assert(
      fc.property(report, fc.constantFrom(...profileConfigs), (text, config) => {
        rounds = Math.max(rounds, settle(text, config));
      }),
      { seed, numRuns: runs(150) },
    );
    if (process.env.RELIABILITY_VERBOSE) console.log(`      most rounds needed: ${rounds}`);
  });
});
