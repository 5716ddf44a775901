// `npm run gen`: writes the files generated from the rules' metadata (rule-docs.ts), and says
// which changed. `--check` writes nothing and exits 1 when one is stale (for CI and hooks).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generatedFiles } from './rule-docs';

const root = join(__dirname, '..', '..');
const check = process.argv.includes('--check');
let stale = 0;
for (const f of generatedFiles(root)) {
  const path = join(root, f.path);
  if (existsSync(path) && readFileSync(path, 'utf8') === f.content) continue;
  stale++;
  if (check) console.error(`${f.path} is stale: run npm run gen`);
  else {
    writeFileSync(path, f.content);
    console.log(`wrote ${f.path}`);
  }
}
if (check && stale > 0) process.exit(1);
