// Where 报告：下一个占位符 / 上一个占位符 go, and the order of 报告：列出全部问题
// (client/src/navigation/pick.ts).
import { strict as assert } from 'node:assert';
import { groupFindings, pickPlaceholder, type Span } from '../../client/src/navigation/pick';
import { analyze } from '../../server/src/engine';
import { placeholderOffsets, sampleText, samplePlaceholders } from '../helpers/paths';

const sampleSlots: Span[] = analyze(sampleText)
  .findings.filter((f) => f.rule === 'placeholder')
  .map((f) => f.span);
const point = (at: number): Span => ({ start: at, end: at });

describe('client: next and previous placeholder', () => {
  it('from the top, "next" visits the sample\'s eight placeholders in order, then wraps to the first', () => {
    assert.deepEqual(sampleSlots.map((s) => s.start), placeholderOffsets(sampleText, samplePlaceholders));
    let sel = point(0);
    const visited: number[] = [];
    for (let i = 0; i < 8; i++) {
      const pick = pickPlaceholder(sampleSlots, sel, 1)!;
      assert.equal(pick.wrapped, false);
      visited.push(pick.span.start);
      sel = pick.span; // the command selects the placeholder
    }
    assert.deepEqual(visited, sampleSlots.map((s) => s.start));
    const wrapped = pickPlaceholder(sampleSlots, sel, 1)!;
    assert.deepEqual([wrapped.span, wrapped.wrapped], [sampleSlots[0], true]);
  });

  it('"previous" walks back from the end, then wraps to the last', () => {
    let sel = point(sampleText.length);
    const visited: number[] = [];
    for (let i = 0; i < 8; i++) {
      const pick = pickPlaceholder(sampleSlots, sel, -1)!;
      visited.push(pick.span.start);
      sel = pick.span;
    }
    assert.deepEqual(visited, sampleSlots.map((s) => s.start).reverse());
    assert.deepEqual(pickPlaceholder(sampleSlots, sel, -1), { span: sampleSlots[7], wrapped: true });
  });

  it('a cursor right at a placeholder\'s start selects that one; inside one, next goes on and previous selects it', () => {
    const slots = [
      { start: 10, end: 12 },
      { start: 20, end: 23 },
    ];
    assert.deepEqual(pickPlaceholder(slots, point(10), 1)?.span, slots[0]);
    assert.deepEqual(pickPlaceholder(slots, point(11), 1)?.span, slots[1]);
    assert.deepEqual(pickPlaceholder(slots, point(11), -1)?.span, slots[0]);
    assert.deepEqual(pickPlaceholder(slots, point(12), -1)?.span, slots[0]);
    assert.deepEqual(pickPlaceholder(slots, { start: 10, end: 11 }, 1)?.span, slots[0], 'a partial selection is completed');
  });

  it('a single placeholder is found from anywhere; none gives null', () => {
    const one = [{ start: 5, end: 6 }];
    assert.deepEqual(pickPlaceholder(one, one[0], 1), { span: one[0], wrapped: true });
    assert.deepEqual(pickPlaceholder(one, point(0), 1), { span: one[0], wrapped: false });
    assert.equal(pickPlaceholder([], point(0), 1), null);
  });
});

describe('client: the findings list', () => {
  it('lists placeholders first, then the other findings, each in document order', () => {
    const { placeholders, others } = groupFindings(analyze(sampleText).findings);
    assert.equal(placeholders.length, 8);
    assert.ok(others.length > 0 && others.every((f) => f.rule !== 'placeholder'));
    for (const list of [placeholders, others]) {
      for (let i = 1; i < list.length; i++) assert.ok(list[i - 1].span.start <= list[i].span.start);
    }
  });
});
