// Child process: the peak resident set of one in-process analysis of a file. Run alone, so
// nothing else the benchmark did is in the figure. Prints one JSON line.
//   node bench/dist/peak-rss.js <file.md>
import { readFileSync } from 'node:fs';
import { analyze } from '../server/src/engine';

/** Peak and current RSS in bytes: /proc/self/status on Linux, else what resourceUsage gives. */
function memory(): { peak: number; rss: number } {
  try {
    const status = readFileSync('/proc/self/status', 'utf8');
    const kb = (key: string): number => Number(new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN) * 1024;
    return { peak: kb('VmHWM'), rss: kb('VmRSS') };
  } catch {
    return { peak: process.resourceUsage().maxRSS * 1024, rss: process.memoryUsage().rss };
  }
}

const file = process.argv[2];
if (!file) throw new Error('usage: peak-rss <file>');
const text = readFileSync(file, 'utf8');
const before = memory();
const t0 = performance.now();
const result = analyze(text);
const ms = performance.now() - t0;
const after = memory();
process.stdout.write(
  `${JSON.stringify({
    file,
    bytes: Buffer.byteLength(text, 'utf8'),
    /** Peak RSS of the whole process, node itself and the text included. */
    peakBytes: after.peak,
    /** Peak before analysing (node + the text read): what the analysis added is the difference. */
    peakBeforeBytes: before.peak,
    heapUsedAfterBytes: process.memoryUsage().heapUsed,
    coldMs: ms,
    findings: result.findings.length,
  })}\n`,
);
