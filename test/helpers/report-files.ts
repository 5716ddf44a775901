// Report files under a folder, recursively and sorted: the tests that take any folder of reports
// (REPORT_LINT_REPORTS, e.g. the real-report corpus) list them with this.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export function reportFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...reportFiles(p));
    else if (/\.(md|txt)$/.test(name)) out.push(p);
  }
  return out.sort();
}
