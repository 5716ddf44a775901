// Child process for CPU profiling: analyses one file several times (warm), to be run under
// `node --cpu-prof`. `npm run bench -- --profile=1MB` runs it and summarises the profile.
//   node --cpu-prof --cpu-prof-dir=DIR bench/dist/profile.js <file.md> [runs]
import { readFileSync } from 'node:fs';
import { analyze } from '../server/src/engine';

const file = process.argv[2];
const runs = Number(process.argv[3] ?? 10);
if (!file) throw new Error('usage: profile <file> [runs]');
const text = readFileSync(file, 'utf8');
for (let i = 0; i < runs; i++) {
  const t0 = performance.now();
  const r = analyze(text);
  process.stdout.write(`run ${i + 1}: ${(performance.now() - t0).toFixed(1)} ms, ${r.findings.length} findings\n`);
}
