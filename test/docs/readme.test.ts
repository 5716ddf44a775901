// The README is for users first (issue 15): short enough to read, the two commands and the
// Chinese quick start before anything else, and every link into the repository alive.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { root } from '../helpers/paths';

const readme = readFileSync(join(root, 'README.md'), 'utf8');
const headings = [...readme.matchAll(/^## (.+)$/gm)].map((m) => m[1]);

describe('README', () => {
  it('is at most 18 KB (measurements and lab notes live in docs/)', () => {
    const bytes = Buffer.byteLength(readme, 'utf8');
    assert.ok(bytes <= 18_000, `README.md is ${bytes} bytes`);
  });

  it('leads with the two commands, then the Chinese quick start', () => {
    assert.deepEqual(headings.slice(0, 2), ['The two commands', '中文快速上手']);
    assert.match(readme, /^npm ci && npm start -- samples\/\S+/m);
    assert.match(readme, /^npm ci && npm test\b/m);
  });

  it('every relative link and image points at a file of the repository', () => {
    const targets = [...readme.matchAll(/\]\(([^)\s#]+)(?:#[^)\s]*)?\)/g)].map((m) => m[1]).filter((t) => !/^[a-z][a-z0-9+.-]*:/i.test(t));
    assert.ok(targets.length > 5, `links found: ${targets.join(', ')}`);
    const missing = targets.filter((t) => !existsSync(join(root, decodeURIComponent(t))));
    assert.deepEqual(missing, []);
  });
});
