// The worker pool behind folder checks (and the VS Code workspace check): outcomes in input order,
// the same on threads as one by one, and a stop request honoured between batches.
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkFiles } from '../../server/src/cli/check-files';
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

  it('stops between batches when asked, returning the outcomes so far in order', async () => {
    for (const jobs of [1, 2]) {
      let seen = 0;
      const outcomes = await checkFiles(files, settings, { jobs, workerFile, shouldStop: () => seen > 0, onProgress: (done) => (seen = done) });
      assert.ok(outcomes.length > 0 && outcomes.length < files.length, `jobs ${jobs}: ${outcomes.length} of ${files.length}`);
      assert.deepEqual(outcomes.map((o) => o.file), files.slice(0, outcomes.length));
    }
  });
});
