// `npm run corpus`: the rules on the real-report corpus (test/corpus), per rule: findings, true,
// false, debatable, unjudged, precision and misses; and how often the report kind was recognised.
//   --unjudged   findings nobody has judged yet, as JSON lines to paste into the judgement files
//   --list       every finding with its verdict (for judging)
//   --markdown   write the table into docs/precision.md (the BEFORE table; with --after, the AFTER one)
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  classify,
  fixedOpen,
  KINDS,
  profileStats,
  repoRoot,
  ruleStats,
  runCorpus,
  vanished,
  type FileRun,
  type RuleStats,
} from '../test/corpus/harness';

const args = new Set(process.argv.slice(2));
const runs = runCorpus();

/** Long spans (a whole paragraph) are keyed by their beginning: the harness matches a text ending in “…” as a prefix. */
const keyText = (t: string) => (t.length > 40 ? `${t.slice(0, 40)}…` : t);
const pct = (n: number, d: number) => (d === 0 ? '—' : `${((100 * n) / d).toFixed(1)}%`);
/** Rules whose misses were counted over the whole corpus (every unfilled slot), so recall means something. */
const RECALL_COUNTED = new Set(['placeholder']);

function unjudged(): void {
  let n = 0;
  for (const run of runs) {
    const open = classify(run).filter((c) => c.verdict === undefined);
    const gone = vanished(run);
    const fixed = fixedOpen(run);
    if (open.length === 0 && gone.length === 0 && fixed.length === 0 && run.judgement) continue;
    console.log(`# ${run.file.judgementPath.slice(repoRoot.length + 1)}${run.judgement ? '' : ' (missing: create it)'}`);
    const seen = new Set<string>();
    for (const { finding: f } of open) {
      const part = f.rule === 'required-section' ? /「[^」]+」/.exec(f.message)?.[0] : undefined;
      const entry = { rule: f.rule, line: f.line, text: keyText(f.text), ...(part ? { detail: part } : {}), verdict: '?', why: '' };
      const key = JSON.stringify(entry);
      if (seen.has(key)) continue;
      seen.add(key);
      n++;
      console.log(`${key},  // ${f.severity}: ${f.message.slice(0, 60)}`);
    }
    for (const g of gone) console.log(`// judged ${g.verdict} but no longer found: ${JSON.stringify(g)}`);
    for (const g of fixed) console.log(`// false alarm fixed, drop "open": ${JSON.stringify(g)}`);
  }
  console.error(`${n} unjudged finding keys`);
}

function list(): void {
  for (const run of runs) {
    console.log(`== ${run.file.path} profile=${run.profile} expected=${run.judgement?.expectedProfile ?? '?'}`);
    for (const { finding: f, verdict } of classify(run)) {
      console.log(`  ${verdict ?? '?'}\t${f.rule}\t${f.severity}\tL${f.line}\t[${keyText(f.text)}]\t${f.message.slice(0, 70)}`);
    }
    for (const m of run.judgement?.misses ?? []) console.log(`  MISS\t${m.rule}\tL${m.line}\t[${m.text}]\t${m.why}`);
  }
}

function corpusCounts(): string[] {
  const rows = ['| kind | files | full text | beginning only | quoted lines |', '|---|---|---|---|---|'];
  for (const kind of KINDS) {
    const rs = runs.filter((r) => r.file.kind === kind);
    const count = (t: string) => rs.filter((r) => r.judgement?.text === t).length;
    rows.push(`| ${kind} | ${rs.length} | ${count('full')} | ${count('beginning only')} | ${count('quoted lines')} |`);
  }
  const all = (t: string) => runs.filter((r) => r.judgement?.text === t).length;
  rows.push(`| **all** | ${runs.length} | ${all('full')} | ${all('beginning only')} | ${all('quoted lines')} |`);
  return rows;
}

function ruleRows(stats: RuleStats[]): string[] {
  const rows = [
    '| rule | findings | true | false | debatable | unjudged | not judged here | precision | precision (error+warning) | misses | recall |',
    '|---|---|---|---|---|---|---|---|---|---|---|',
  ];
  const total = { findings: 0, tp: 0, fp: 0, debatable: 0, unjudged: 0, excluded: 0, strongTp: 0, strongFp: 0, misses: 0 };
  for (const s of stats) {
    rows.push(
      `| ${s.rule} | ${s.findings} | ${s.tp} | ${s.fp} | ${s.debatable} | ${s.unjudged} | ${s.excluded} | ${pct(s.tp, s.tp + s.fp)} | ${pct(s.strongTp, s.strongTp + s.strongFp)} | ${s.misses} | ${RECALL_COUNTED.has(s.rule) ? pct(s.tp, s.tp + s.misses) : '—'} |`,
    );
    for (const k of Object.keys(total) as (keyof typeof total)[]) total[k] += s[k];
  }
  rows.push(
    `| **all** | ${total.findings} | ${total.tp} | ${total.fp} | ${total.debatable} | ${total.unjudged} | ${total.excluded} | ${pct(total.tp, total.tp + total.fp)} | ${pct(total.strongTp, total.strongTp + total.strongFp)} | ${total.misses} | — |`,
  );
  return rows;
}

function profileRows(): string[] {
  const p = profileStats(runs);
  const rows = [
    `Profile detection: right on ${p.right} of ${p.files} files (${pct(p.right, p.files)}); on the ${p.kindFiles} reports of the four kinds ${p.kindRight} (${pct(p.kindRight, p.kindFiles)}); on the ${p.reportFiles} full or beginning-only reports ${p.reportRight} (${pct(p.reportRight, p.reportFiles)}).`,
    '',
    '| file | expected | detected |',
    '|---|---|---|',
  ];
  for (const w of p.wrong) rows.push(`| ${w.path.replace('test/corpus/reports/', '')} | ${w.expected} | ${w.detected} |`);
  return rows;
}

function table(): string[] {
  return [...corpusCounts(), '', ...ruleRows(ruleStats(runs)), '', ...profileRows()];
}

function writeMarkdown(which: 'BEFORE' | 'AFTER'): void {
  const path = join(repoRoot, 'docs', 'precision.md');
  const md = readFileSync(path, 'utf8');
  const start = `<!-- ${which}:start -->`;
  const end = `<!-- ${which}:end -->`;
  const a = md.indexOf(start);
  const b = md.indexOf(end);
  if (a < 0 || b < a) throw new Error(`docs/precision.md has no ${start} … ${end} block`);
  const body = [start, '', ...table(), '', end].join('\n');
  writeFileSync(path, md.slice(0, a) + body + md.slice(b + end.length));
  console.log(`wrote the ${which} table into docs/precision.md`);
}

function summary(rs: FileRun[]): void {
  for (const line of table()) console.log(line);
  const open = rs.reduce((n, r) => n + classify(r).filter((c) => c.verdict === undefined).length, 0);
  if (open) console.log(`\n${open} findings have no judgement yet: npm run corpus -- --unjudged`);
}

if (args.has('--unjudged')) unjudged();
else if (args.has('--list')) list();
else if (args.has('--markdown')) writeMarkdown(args.has('--after') ? 'AFTER' : 'BEFORE');
else summary(runs);
