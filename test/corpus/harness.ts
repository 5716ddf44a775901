// The real-report corpus (test/corpus): runs the pure engine on every report and matches its
// findings against the judgements kept as data, so precision and recall are measured on texts
// nobody here wrote. Used by scripts/corpus.ts (the table) and corpus.test.ts (the regression
// guard). A finding is keyed by rule + 1-based line + the exact text of its span, so a reworded
// message keeps its verdict; a judgement applies to every finding with its key.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { analyze, computeLineStarts, offsetToPosition, type Finding, type Severity } from '../../server/src/engine';

export const corpusRoot = join(__dirname);
export const repoRoot = join(__dirname, '..', '..');
export const reportsDir = join(corpusRoot, 'reports');
export const judgementsDir = join(corpusRoot, 'judgements');
export const sourcesPath = join(corpusRoot, 'SOURCES.md');

/** The corpus folders, one per kind of report. */
export const KINDS = ['shufa', 'fazhi-zhengfu', 'shuzhi', 'zongjie', 'zhengfu-gongzuo'] as const;
export type Kind = (typeof KINDS)[number];

/** na: not judgeable on this file (e.g. a part “missing” from a report of which only the beginning is kept). */
export type Verdict = 'tp' | 'fp' | 'debatable' | 'na';

export interface JudgedFinding {
  rule: string;
  line: number;
  /** The exact text of the finding's span; a text ending in “…” matches any span it begins. */
  text: string;
  /**
   * Only where one span carries several findings of a rule (required-section puts every missing
   * part on the same paragraph): a piece of the message that tells them apart, e.g. 「存在的问题」.
   */
  detail?: string;
  verdict: Verdict;
  why: string;
  /**
   * On a false finding: today's rules still report it (a known false alarm to fix). The test
   * tolerates it; once the rules stop reporting it, drop the mark (`npm run corpus -- --unjudged`
   * lists these) so that it cannot come back unnoticed.
   */
  open?: boolean;
}

export interface Miss {
  rule: string;
  line: number;
  text: string;
  why: string;
}

export interface Judgement {
  /** Profile id a careful reader would give the text (shufa, fazhi-zhengfu, shuzhi, gongzuo-zongjie, generic). */
  expectedProfile: string;
  /** How much of the report the file holds: decides which rules can be judged on it. */
  text: 'full' | 'beginning only' | 'quoted lines';
  /** Rules not judged on this file, with the reason in `excludeWhy`. */
  excludeRules: string[];
  excludeWhy?: string;
  findings: JudgedFinding[];
  misses: Miss[];
}

export interface CorpusFile {
  kind: Kind;
  id: string;
  /** Path relative to the repository root, as written in SOURCES.md. */
  path: string;
  judgementPath: string;
  text: string;
}

export interface RunFinding {
  rule: string;
  severity: Severity;
  line: number;
  /** 0-based UTF-16 column of the span's start (for reading; not part of the key). */
  column: number;
  text: string;
  message: string;
}

export interface FileRun {
  file: CorpusFile;
  profile: string;
  findings: RunFinding[];
  judgement: Judgement | null;
}

export function listCorpus(): CorpusFile[] {
  const out: CorpusFile[] = [];
  for (const kind of KINDS) {
    let names: string[];
    try {
      names = readdirSync(join(reportsDir, kind));
    } catch {
      continue;
    }
    for (const name of names.filter((n) => n.endsWith('.txt')).sort()) {
      const id = name.slice(0, -'.txt'.length);
      const abs = join(reportsDir, kind, name);
      out.push({
        kind,
        id,
        path: relative(repoRoot, abs).split('\\').join('/'),
        judgementPath: join(judgementsDir, kind, `${id}.json`),
        text: readFileSync(abs, 'utf8'),
      });
    }
  }
  return out;
}

export function readJudgement(file: CorpusFile): Judgement | null {
  let raw: string;
  try {
    raw = readFileSync(file.judgementPath, 'utf8');
  } catch {
    return null;
  }
  return JSON.parse(raw) as Judgement;
}

function toRunFinding(text: string, lineStarts: number[], f: Finding): RunFinding {
  const pos = offsetToPosition(lineStarts, f.span.start);
  return {
    rule: f.rule,
    severity: f.severity,
    line: pos.line + 1,
    column: pos.character,
    text: text.slice(f.span.start, f.span.end),
    message: f.message,
  };
}

/**
 * Runs the engine with its defaults (no config file), as a new user would: the files are .txt,
 * read as plain text the way the CLI and the editor read them (no Markdown emphasis).
 */
export function runFile(file: CorpusFile): FileRun {
  const result = analyze(file.text, { config: { format: 'text' } });
  const lineStarts = computeLineStarts(file.text);
  return {
    file,
    profile: result.profile.id,
    findings: result.findings.map((f) => toRunFinding(file.text, lineStarts, f)),
    judgement: readJudgement(file),
  };
}

export function runCorpus(): FileRun[] {
  return listCorpus().map(runFile);
}

export function matches(j: { rule: string; line: number; text: string; detail?: string }, f: RunFinding): boolean {
  if (j.rule !== f.rule || j.line !== f.line) return false;
  if (j.detail !== undefined && !f.message.includes(j.detail)) return false;
  if (j.text.endsWith('…')) return f.text.startsWith(j.text.slice(0, -1));
  return j.text === f.text;
}

export interface Classified {
  finding: RunFinding;
  /** undefined = nobody judged it yet; 'excluded' = its rule is not judged on this file. */
  verdict: Verdict | 'excluded' | undefined;
}

export function classify(run: FileRun): Classified[] {
  const j = run.judgement;
  return run.findings.map((finding) => {
    if (j?.excludeRules.includes(finding.rule)) return { finding, verdict: 'excluded' as const };
    const hit = j?.findings.find((x) => matches(x, finding));
    return { finding, verdict: hit?.verdict };
  });
}

export interface RuleStats {
  rule: string;
  findings: number;
  tp: number;
  fp: number;
  debatable: number;
  unjudged: number;
  excluded: number;
  /** Same counts restricted to error and warning findings. */
  strongTp: number;
  strongFp: number;
  misses: number;
}

const emptyStats = (rule: string): RuleStats => ({
  rule,
  findings: 0,
  tp: 0,
  fp: 0,
  debatable: 0,
  unjudged: 0,
  excluded: 0,
  strongTp: 0,
  strongFp: 0,
  misses: 0,
});

export function ruleStats(runs: FileRun[]): RuleStats[] {
  const by = new Map<string, RuleStats>();
  const get = (rule: string) => {
    let s = by.get(rule);
    if (!s) by.set(rule, (s = emptyStats(rule)));
    return s;
  };
  for (const run of runs) {
    for (const { finding, verdict } of classify(run)) {
      const s = get(finding.rule);
      s.findings++;
      const strong = finding.severity === 'error' || finding.severity === 'warning';
      if (verdict === 'tp') {
        s.tp++;
        if (strong) s.strongTp++;
      } else if (verdict === 'fp') {
        s.fp++;
        if (strong) s.strongFp++;
      } else if (verdict === 'debatable') s.debatable++;
      else if (verdict === 'excluded' || verdict === 'na') s.excluded++;
      else s.unjudged++;
    }
    for (const m of run.judgement?.misses ?? []) get(m.rule).misses++;
  }
  return [...by.values()].sort((a, b) => a.rule.localeCompare(b.rule));
}

export interface ProfileStats {
  files: number;
  right: number;
  /** Files with full text or a beginning (quoted-lines files left out). */
  reportFiles: number;
  reportRight: number;
  /** Files of the four kinds with a profile (政府工作报告 left out: generic is right for them). */
  kindFiles: number;
  kindRight: number;
  wrong: { path: string; expected: string; detected: string }[];
}

export function profileStats(runs: FileRun[]): ProfileStats {
  const out: ProfileStats = { files: 0, right: 0, reportFiles: 0, reportRight: 0, kindFiles: 0, kindRight: 0, wrong: [] };
  for (const run of runs) {
    const j = run.judgement;
    if (!j) continue;
    const ok = run.profile === j.expectedProfile;
    out.files++;
    if (ok) out.right++;
    if (run.file.kind !== 'zhengfu-gongzuo') {
      out.kindFiles++;
      if (ok) out.kindRight++;
    }
    if (j.text !== 'quoted lines') {
      out.reportFiles++;
      if (ok) out.reportRight++;
    }
    if (!ok) out.wrong.push({ path: run.file.path, expected: j.expectedProfile, detected: run.profile });
  }
  return out;
}

/** False alarms marked open that the rules no longer report: drop their mark. */
export function fixedOpen(run: FileRun): JudgedFinding[] {
  return (run.judgement?.findings ?? []).filter((j) => j.verdict === 'fp' && j.open && !run.findings.some((f) => matches(j, f)));
}

/** Judged findings whose key no longer matches any finding (a true positive that went). */
export function vanished(run: FileRun): JudgedFinding[] {
  return (run.judgement?.findings ?? []).filter((j) => j.verdict !== 'fp' && !run.findings.some((f) => matches(j, f)));
}

/** Paths listed in the SOURCES.md table (first column). */
export function sourcesListed(): string[] {
  const md = readFileSync(sourcesPath, 'utf8');
  const out: string[] = [];
  for (const line of md.split('\n')) {
    const m = /^\|\s*(reports\/[^|\s]+\.txt)\s*\|/.exec(line);
    if (m) out.push(`test/corpus/${m[1]}`);
  }
  return out;
}
