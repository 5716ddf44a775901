// The worker pool behind folder checks (and the VS Code workspace check): outcomes in input order,
// the same on threads as one by one, and a stop request honoured between batches.
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkFiles, MIN_POOL_BYTES, poolSize, threadsFor } from '../../server/src/cli/check-files';
import type { CheckSettings } from '../../server/src/cli/check-file';
import { tempDir } from '../helpers/cli';
import { requireBuilt, root, sampleText } from '../helpers/paths';

const settings: CheckSettings = { profile: undefined, rules: {}, maxSize: 5_000_000, config: undefined, noConfig: true, withContext: false };
const workerFile = join(root, 'dist', 'check-worker.js');

describe('CLI: the check pool', function () {
  this.timeout(120_000);
  let tmp: ReturnType<typeof tempDir>;
  let files: string[];
  before(requireBuilt);
  beforeEach(() => {
    tmp = tempDir();
    files = Array.from({ length: 40 }, (_, i) => {
      const f = join(tmp.dir, `r${String(i).padStart(2, '0')}.txt`);
      // Every fifth report has one placeholder filled, so outcomes differ from file to file.
      writeFileSync(f, i % 5 === 0 ? sampleText.replace('*次', '3次') : sampleText);
      return f;
    });
  });
  afterEach(() => tmp.cleanup());

  it('gives the same outcomes, in input order, on two threads as one by one', async () => {
    const pooled = await checkFiles(files, settings, { jobs: 2, workerFile });
    const serial = await checkFiles(files, settings, { jobs: 1, workerFile });
    assert.deepEqual(pooled.map((o) => o.file), files);
    assert.deepEqual(pooled, serial);
    assert.equal(pooled.filter((o) => o.ok && o.row.placeholders === 7).length, 8);
  });

  it('sizes the pool to the free cores by default, honours --jobs, and checks little text one by one', () => {
    // cores, load average -> threads (this one included)
    assert.equal(poolSize(0, 1000, 2, 0.3), 2);
    assert.equal(poolSize(0, 1000, 2, 1.2), 1);
    assert.equal(poolSize(0, 1000, 2, 3.4), 1); // every core busy: a second thread only costs
    assert.equal(poolSize(0, 1000, 8, 2.6), 5);
    assert.equal(poolSize(3, 1000, 2, 3.4), 3); // --jobs N is taken as given
    assert.equal(poolSize(0, 3, 8, 0), 3); // never more threads than files
    // 40 copies of the sample are ~1 MB: under MIN_POOL_BYTES, so one by one unless --jobs says so.
    assert.ok(files.length * sampleText.length * 3 < MIN_POOL_BYTES);
    assert.equal(threadsFor(0, files, 2, 0), 1);
    assert.equal(threadsFor(2, files, 2, 0), 2);
    const big = join(tmp.dir, 'big.md');
    writeFileSync(big, sampleText.repeat(Math.ceil(MIN_POOL_BYTES / Buffer.byteLength(sampleText))));
    assert.equal(threadsFor(0, [...files, big], 2, 0), 2);
  });

  it('stops between batches when asked, returning the outcomes so far in order', async () => {
    for (const jobs of [1, 2]) {
      let seen = 0;
      const outcomes = await checkFiles(files, settings, { jobs, workerFile, shouldStop: () => seen > 0, onProgress: (done) => (seen = done) });
      assert.ok(outcomes.length > 0 && outcomes.length < files.length, `jobs ${jobs}: ${outcomes.length} of ${files.length}`);
      assert.deepEqual(outcomes.map((o) => o.file), files.slice(0, outcomes.length));
    }
  });
});
