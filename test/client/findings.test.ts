// The client's view of the server's diagnostics (client/src/findings/from-diagnostics.ts): mapped
// to offsets for the preview and the navigation, and moved through edits made before the next
// diagnostics arrive.
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { findingsFromDiagnostics, ruleOf, shiftFindings, type DiagnosticLike, type TextChange } from '../../client/src/findings/from-diagnostics';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyze, computeLineStarts, offsetToPosition, type Finding } from '../../server/src/engine';
import { sampleText } from '../helpers/paths';

const SEVERITY = { error: 0, warning: 1, info: 2, hint: 3 } as const;

/** The diagnostics the server publishes for a text (as the editor hands them to the client). */
function diagnosticsOf(text: string): DiagnosticLike[] {
  const starts = computeLineStarts(text);
  return analyze(text).findings.map((f) => ({
    range: { start: offsetToPosition(starts, f.span.start), end: offsetToPosition(starts, f.span.end) },
    severity: SEVERITY[f.severity],
    source: 'report-lint',
    code: f.rule,
    message: f.message,
  }));
}

/** As the client converts them, with the document's offsetAt (VS Code's, here the LSP library's). */
function toFindings(text: string, diagnostics: DiagnosticLike[]) {
  const doc = TextDocument.create('file:///t.md', 'markdown', 1, text);
  return findingsFromDiagnostics(diagnostics, (p) => doc.offsetAt(p));
}

const plain = (fs: Pick<Finding, 'rule' | 'span'>[]) => fs.map((f) => `${f.rule}@${f.span.start}-${f.span.end}`);

function applyChange(text: string, c: TextChange): string {
  return text.slice(0, c.rangeOffset) + c.text + text.slice(c.rangeOffset + c.rangeLength);
}

describe('client: findings from diagnostics', () => {
  it('maps report-lint diagnostics back to the engine\'s offsets, severities and rules', () => {
    const findings = toFindings(sampleText, diagnosticsOf(sampleText));
    const engine = analyze(sampleText).findings;
    assert.deepEqual(
      findings.map((f) => [f.rule, f.severity, f.message, f.span.start, f.span.end]),
      engine.map((f) => [f.rule, f.severity, f.message, f.span.start, f.span.end]),
    );
  });

  it('leaves out other sources and config-file diagnostics without a rule, and reads object codes', () => {
    const range = { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } };
    assert.equal(ruleOf({ range, severity: 1, source: 'markdownlint', code: 'MD001', message: 'x' }), null);
    assert.equal(ruleOf({ range, severity: 1, source: 'report-lint', message: 'x' }), null);
    assert.equal(ruleOf({ range, severity: 1, source: 'report-lint', code: { value: 'term' }, message: 'x' }), 'term');
    assert.deepEqual(toFindings('ab', [{ range, severity: 1, source: 'cSpell', code: 'x', message: 'x' }]), []);
  });
});

describe('client: findings moved through edits', () => {
  it('filling a placeholder drops it and moves the later ones to where a fresh analysis puts them', () => {
    const before = toFindings(sampleText, diagnosticsOf(sampleText)).filter((f) => f.rule === 'placeholder');
    const first = before[0];
    // The writer selects the first placeholder and types a number.
    const change = { rangeOffset: first.span.start, rangeLength: first.span.end - first.span.start, text: '12' };
    const after = applyChange(sampleText, change);
    const shifted = shiftFindings(before, [change]);
    const fresh = toFindings(after, diagnosticsOf(after)).filter((f) => f.rule === 'placeholder');
    assert.equal(shifted.length, before.length - 1);
    assert.deepEqual(plain(shifted), plain(fresh));
  });

  it('typing before, after and inside a finding', () => {
    const f = [{ rule: 'r', severity: 'warning' as const, message: 'm', span: { start: 10, end: 14 } }];
    assert.deepEqual(plain(shiftFindings(f, [{ rangeOffset: 2, rangeLength: 0, text: 'abc' }])), ['r@13-17']);
    assert.deepEqual(plain(shiftFindings(f, [{ rangeOffset: 10, rangeLength: 0, text: 'x' }])), ['r@11-15'], 'typed at its start');
    assert.deepEqual(plain(shiftFindings(f, [{ rangeOffset: 14, rangeLength: 0, text: 'x' }])), ['r@10-14'], 'typed at its end');
    assert.deepEqual(plain(shiftFindings(f, [{ rangeOffset: 12, rangeLength: 1, text: 'xyz' }])), ['r@10-16'], 'inside');
    assert.deepEqual(plain(shiftFindings(f, [{ rangeOffset: 8, rangeLength: 4, text: '' }])), [], 'cut across its start');
    assert.deepEqual(plain(shiftFindings(f, [{ rangeOffset: 20, rangeLength: 0, text: 'x' }, { rangeOffset: 0, rangeLength: 5, text: '' }])), ['r@5-9'], 'changes in sequence');
  });

  it('a finding kept through any edits still covers the same text', () => {
    const text = 'abcdefghijklmnopqrstuvwxyz';
    const f = [{ rule: 'r', severity: 'hint' as const, message: 'm', span: { start: 8, end: 12 } }];
    fc.assert(
      fc.property(fc.array(fc.record({ at: fc.nat(40), len: fc.nat(5), text: fc.constantFrom('', '1', '甲乙') }), { maxLength: 6 }), (edits) => {
        let t = text;
        let kept = f;
        let touched = false;
        for (const e of edits) {
          const c = { rangeOffset: Math.min(e.at, t.length), rangeLength: Math.min(e.len, t.length - Math.min(e.at, t.length)), text: e.text };
          const s = kept[0]?.span;
          if (s && !(c.rangeOffset + c.rangeLength <= s.start || c.rangeOffset >= s.end)) touched = true;
          kept = shiftFindings(kept, [c]);
          t = applyChange(t, c);
        }
        if (!touched) assert.equal(kept[0] && t.slice(kept[0].span.start, kept[0].span.end), 'ijkl');
        for (const k of kept) assert.ok(k.span.start >= 0 && k.span.end <= t.length && k.span.start <= k.span.end);
      }),
    );
  });
});
