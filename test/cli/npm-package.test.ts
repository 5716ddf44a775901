// The npm package (`npm install -g report-lint`, for the command line and for editors that start
// `report-lint --stdio`): what `npm pack` puts in it, and that the unpacked package runs on its
// own, its language server included (with its analysis worker).
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { analyze } from '../../server/src/engine';
import { tempDir } from '../helpers/cli';
import { LspTestClient } from '../helpers/lsp-client';
import { repeatedSample, root, samplePath } from '../helpers/paths';

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

describe('the npm package', function () {
  this.timeout(300_000);
  let tmp: ReturnType<typeof tempDir>;
  let files: string[];
  let unpacked: string;

  before(() => {
    tmp = tempDir();
    // prepack builds dist/ first.
    const out = execFileSync(npm, ['pack', '--json', '--pack-destination', tmp.dir], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    const [info] = JSON.parse(out.slice(out.indexOf('['))) as { filename: string; files: { path: string }[] }[];
    files = info.files.map((f) => f.path).sort();
    execFileSync('tar', ['-xzf', join(tmp.dir, info.filename), '-C', tmp.dir]);
    unpacked = join(tmp.dir, 'package');
  });
  after(() => tmp.cleanup());

  it('holds the command, the bundles and the README, and nothing of the sources, tests or the extension client', () => {
    assert.deepEqual(files, ['LICENSE', 'README.md', 'bin/report-lint.js', 'dist/analysis-worker.js', 'dist/check-worker.js', 'dist/cli.js', 'dist/server.js', 'package.json']);
  });

  it('the unpacked command checks the sample with no node_modules beside it', () => {
    const r = spawnSync(process.execPath, [join(unpacked, 'bin', 'report-lint.js'), samplePath], { cwd: tmp.dir, encoding: 'utf8', timeout: 120_000 /* hang guard */ });
    assert.equal(r.status, 0, r.stderr);
    assert.equal((r.stdout.match(/placeholder/g) ?? []).length, 8, r.stdout);
  });

  it('its `report-lint --stdio` analyses a large report on its worker thread', async () => {
    const client = await LspTestClient.start({ args: [join(unpacked, 'bin', 'report-lint.js'), '--stdio'], workDoneProgress: true, initializationOptions: { reportLint: { debounceMs: 0 } } });
    try {
      const uri = 'file:///tmp/report-lint-test/packed.md';
      const text = repeatedSample(1_000_000);
      await client.open(uri, text);
      await client.progress.wait((p) => p.value.kind === 'begin', 'progress begin', 20_000);
      const published = await client.waitForDiagnostics(uri, 1, 30_000);
      const doc = client.doc(uri);
      assert.deepEqual(
        published.diagnostics.map((d) => [d.code, doc.offsetAt(d.range.start), doc.offsetAt(d.range.end)]),
        analyze(text).findings.map((f) => [f.rule, f.span.start, f.span.end]),
      );
      assert.ok(!client.logs.all.some((m) => /not found/.test(m)), client.logs.all.join('\n'));
    } finally {
      await client.stopCleanly();
    }
  });
});
