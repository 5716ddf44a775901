// The analysis worker's collection after a run with large garbage (server/src/lsp/collect-garbage.ts):
// only above the bound, and then the garbage is gone. Heap sizes, not time or RSS.
import { strict as assert } from 'node:assert';
import { getHeapStatistics } from 'node:v8';
import { collectIfLarge, COLLECT_ABOVE_BYTES } from '../../server/src/lsp/collect-garbage';

describe('analysis worker: collecting a large run’s garbage', () => {
  it('does nothing while the heap in use is under the bound', () => {
    assert.equal(collectIfLarge(Number.MAX_SAFE_INTEGER), false);
    assert.ok(COLLECT_ABOVE_BYTES >= 32 * 1024 * 1024, 'a small analysis must not pay for a full collection');
  });

  it('above the bound, collects: garbage left by a run is freed', () => {
    const used = () => getHeapStatistics().used_heap_size;
    collectIfLarge(0);
    const base = used();
    // About 40 MB of garbage, as an analysis leaves it: many small objects no longer referenced.
    let keep = 0;
    for (let i = 0; i < 400_000; i++) keep += { start: i, end: i + 1, text: `行${i}`, spans: [i, i] }.spans.length;
    const lines: string[][] = [];
    for (let i = 0; i < 200; i++) lines.push(Array.from({ length: 5_000 }, (_, j) => `## ${i}-${j}`));
    lines.length = 0;
    assert.ok(keep > 0);
    const before = used();
    const MB = 1024 * 1024;
    assert.ok(before - base > 16 * MB, `the garbage is still held: ${before - base} bytes`);
    assert.equal(collectIfLarge(base + 8 * MB), true);
    assert.ok(used() < base + 8 * MB, `heap in use: ${used()} after, ${before} before, ${base} at the start`);
  });
});
