// No dead code: knip (knip.jsonc) finds unused files, exports, types and dependencies across what
// ships (the bundles' entry points) and what tests, benches and scripts use. An export only a test
// needs still counts as used; `npm run deadcode -- --production` lists those.
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = join(__dirname, '..', '..');
const knip = join(root, 'node_modules', 'knip', 'bin', 'knip.js');

/** Runs knip in `dir`; its exit status and what it printed. */
function runKnip(dir: string, ...args: string[]): { status: number | null; out: string } {
  const r = spawnSync(process.execPath, [knip, '--no-progress', '--no-config-hints', ...args], { cwd: dir, encoding: 'utf8' });
  return { status: r.status, out: `${r.stdout}${r.stderr}` };
}

describe('dead code (npm run deadcode)', () => {
  it('the project has no unused files, exports, types or dependencies', () => {
    const r = runKnip(root);
    assert.equal(r.status, 0, `knip found dead code (remove it, or its export):\n${r.out}`);
  });

  it('an export nothing imports is reported', () => {
    const dir = mkdtempSync(join(tmpdir(), 'knip-'));
    try {
      writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'fixture', version: '1.0.0', private: true }));
      writeFileSync(join(dir, 'knip.json'), JSON.stringify({ entry: ['main.ts'], project: ['*.ts'] }));
      writeFileSync(join(dir, 'main.ts'), "import { used } from './lib';\nconsole.log(used());\n");
      writeFileSync(join(dir, 'lib.ts'), 'export function used(): number {\n  return 1;\n}\nexport function forgotten(): number {\n  return 2;\n}\n');
      const r = runKnip(dir);
      assert.notEqual(r.status, 0, r.out);
      assert.match(r.out, /forgotten/);
      assert.doesNotMatch(r.out, /\bused\b/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
