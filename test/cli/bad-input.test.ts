// Files the CLI cannot read, even as root: a symbolic link loop, a dangling link, a FIFO (which
// would block a read forever) and a device. Each gets one line naming the file, exit code 2, and
// the other files are still checked. An empty file is simply clean.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli, tempDir } from '../helpers/cli';
import { requireBuilt, sampleFindings } from '../helpers/paths';

const sample = 'samples/shufa-report-2022.txt';

/** The stderr lines that mention `file`. */
function linesAbout(stderr: string, file: string): string[] {
  return stderr.split('\n').filter((l) => l.includes(file));
}

describe('CLI: unreadable and odd files', () => {
  let tmp: ReturnType<typeof tempDir>;
  before(requireBuilt);
  beforeEach(() => (tmp = tempDir()));
  afterEach(() => tmp.cleanup());

  const cases: { name: string; make: (dir: string) => string; reason: RegExp }[] = [
    {
      name: 'a symbolic link loop',
      make: (dir) => {
        const f = join(dir, 'loop');
        symlinkSync('loop', f);
        return f;
      },
      reason: /符号链接循环/,
    },
    {
      name: 'a dangling symbolic link',
      make: (dir) => {
        const f = join(dir, 'dangling.md');
        symlinkSync(join(dir, 'gone.md'), f);
        return f;
      },
      reason: /不存在/,
    },
    {
      name: 'a FIFO (never read, so never blocks)',
      make: (dir) => {
        const f = join(dir, 'pipe.md');
        const r = spawnSync('mkfifo', [f]);
        if (r.status !== 0) throw new Error(`mkfifo failed: ${r.stderr}`);
        return f;
      },
      reason: /不是普通文件/,
    },
    { name: 'a character device', make: () => '/dev/zero', reason: /不是普通文件/ },
  ];

  for (const c of cases) {
    it(`exits 2 for ${c.name}, with one line naming it, and checks the other files`, () => {
      const file = c.make(tmp.dir);
      const r = runCli([file, sample]); // returns at all: reading /dev/zero or a FIFO would never end
      assert.equal(r.code, 2, r.stderr);
      const about = linesAbout(r.stderr, file);
      assert.equal(about.length, 1, r.stderr);
      assert.match(about[0], new RegExp(`^report-lint: ${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: `));
      assert.match(about[0], c.reason);
      assert.equal(r.stdout.trimEnd().split('\n').length, sampleFindings().length, 'the sample was still checked');
    });
  }

  it('reports an empty file as clean: exit 0, no findings', () => {
    const file = join(tmp.dir, 'empty.md');
    writeFileSync(file, '');
    const text = runCli([file]);
    assert.equal(text.code, 0, text.stderr);
    assert.equal(text.stdout, '');
    const json = runCli(['--format', 'json', file]);
    assert.equal(json.code, 0, json.stderr);
    assert.deepEqual(
      JSON.parse(json.stdout).map((r: { diagnostics: unknown[] }) => r.diagnostics),
      [[]],
    );
  });

  it('several bad files at once: one line each, exit 2', () => {
    const loop = cases[0].make(tmp.dir);
    const fifo = cases[2].make(tmp.dir);
    const r = runCli([loop, fifo, sample]);
    assert.equal(r.code, 2);
    assert.equal(linesAbout(r.stderr, loop).length, 1);
    assert.equal(linesAbout(r.stderr, fifo).length, 1);
  });
});
