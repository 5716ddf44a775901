// The real-report corpus as a regression guard (issue 11): a finding judged false must not come
// back and a finding judged true must not go. Findings nobody has judged yet do not fail: rules
// change in parallel and get judged after merging (`npm run corpus -- --unjudged` lists them).
import { strict as assert } from 'node:assert';
import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import {
  classify,
  KINDS,
  listCorpus,
  matches,
  readJudgement,
  repoRoot,
  runCorpus,
  sourcesListed,
  type FileRun,
} from './harness';

const where = (run: FileRun, f: { rule: string; line: number; text: string }) =>
  `${run.file.path}:${f.line} ${f.rule} “${f.text}”`;

describe('real-report corpus (test/corpus)', () => {
  const files = listCorpus();

  it('holds at least 40 reports across the kinds, each listed in SOURCES.md with a judgement file', () => {
    assert.ok(files.length >= 40, `only ${files.length} corpus files`);
    for (const kind of KINDS) assert.ok(files.some((f) => f.kind === kind), `no ${kind} report in the corpus`);
    const listed = new Set(sourcesListed());
    const missing = files.filter((f) => !listed.has(f.path)).map((f) => f.path);
    assert.deepEqual(missing, [], 'corpus files not listed in test/corpus/SOURCES.md');
    const stale = [...listed].filter((p) => !existsSync(join(repoRoot, p)));
    assert.deepEqual(stale, [], 'SOURCES.md lists files that do not exist');
    const unjudged = files.filter((f) => !existsSync(f.judgementPath)).map((f) => relative(repoRoot, f.judgementPath));
    assert.deepEqual(unjudged, [], 'corpus files without a judgement file (npm run corpus -- --unjudged)');
  });

  it('every judgement file is well formed', () => {
    const verdicts = new Set(['tp', 'fp', 'debatable', 'na']);
    for (const f of files) {
      const j = readJudgement(f);
      assert.ok(j, `${f.judgementPath} is missing`);
      assert.ok(['shufa', 'fazhi-zhengfu', 'shuzhi', 'gongzuo-zongjie', 'generic'].includes(j.expectedProfile), `${f.path}: expectedProfile`);
      assert.ok(['full', 'beginning only', 'quoted lines'].includes(j.text), `${f.path}: text`);
      for (const x of j.findings) {
        assert.ok(verdicts.has(x.verdict), `${f.path}:${x.line} ${x.rule}: verdict “${x.verdict}”`);
        assert.ok(x.why.length > 0, `${f.path}:${x.line} ${x.rule}: a verdict says why`);
        assert.ok(x.line >= 1 && x.text.length > 0, `${f.path}: finding key`);
      }
      for (const m of j.misses) assert.ok(m.why.length > 0 && m.line >= 1, `${f.path}:${m.line} ${m.rule}: a miss says why`);
    }
  });

  describe('judged findings hold', () => {
    // One engine run per file, shared by the checks below.
    const runs = runCorpus();
    it('no finding judged false comes back once fixed', () => {
      const back: string[] = [];
      for (const run of runs) {
        for (const { finding, verdict } of classify(run)) {
          if (verdict !== 'fp') continue;
          // A false alarm still marked open is known and not fixed yet: it is counted, not failed.
          const j = run.judgement?.findings.find((x) => matches(x, finding));
          if (!j?.open) back.push(`${where(run, finding)}: ${finding.message}`);
        }
      }
      assert.deepEqual(back, [], 'findings a careful editor judged false are reported again');
    });
    it('no finding judged true goes', () => {
      const gone: string[] = [];
      for (const run of runs) {
        for (const j of run.judgement?.findings ?? []) {
          if (j.verdict === 'tp' && !run.findings.some((f) => matches(j, f))) gone.push(`${where(run, j)} (${j.why})`);
        }
      }
      assert.deepEqual(gone, [], 'findings judged true are no longer reported (if the span moved, re-judge with npm run corpus -- --unjudged)');
    });
  });
});
