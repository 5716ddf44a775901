// Applies the judgements that need no editor's eye, after the rules changed (`npm run corpus --
// --unjudged` lists what is left): drops the `open` mark of false alarms the rules no longer
// report, drops `na` entries whose finding went, and marks required-section findings on files that
// keep only part of a report as `na` (the part may lie beyond the kept text). Everything else it
// prints for a person to judge.
import { writeFileSync } from 'node:fs';
import { classify, fixedOpen, runCorpus, vanished, type JudgedFinding } from '../test/corpus/harness';

const keyText = (t: string): string => (t.length > 40 ? `${t.slice(0, 40)}…` : t);
let left = 0;
for (const run of runCorpus()) {
  const j = run.judgement;
  if (!j) continue;
  let changed = false;
  for (const f of fixedOpen(run)) {
    delete f.open;
    changed = true;
  }
  const goneNa = new Set(vanished(run).filter((f) => f.verdict === 'na'));
  if (goneNa.size > 0) {
    j.findings = j.findings.filter((f) => !goneNa.has(f));
    changed = true;
  }
  const seen = new Set<string>();
  for (const { finding: f } of classify(run).filter((c) => c.verdict === undefined)) {
    const detail = f.rule === 'required-section' ? /「[^」]+」/.exec(f.message)?.[0] : undefined;
    const entry: JudgedFinding = { rule: f.rule, line: f.line, text: keyText(f.text), ...(detail ? { detail } : {}), verdict: 'na', why: '' };
    const key = JSON.stringify(entry);
    if (seen.has(key)) continue;
    seen.add(key);
    if (f.rule === 'required-section' && j.text !== 'full') {
      entry.why = `the part may lie beyond the kept text (file is ${j.text})`;
      j.findings.push(entry);
      changed = true;
    } else {
      left++;
      console.log(`${run.file.path}:${f.line} ${f.rule} «${f.text}» ${f.message}`);
    }
  }
  if (changed) writeFileSync(run.file.judgementPath, `${JSON.stringify(j, null, 2)}\n`);
}
console.error(`${left} findings left for a person to judge`);
