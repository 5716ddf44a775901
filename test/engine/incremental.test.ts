import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import {
  allRules,
  analyze as engineAnalyze,
  AnalysisStopped,
  createAnalysisCache,
  type AnalysisResult,
  type AnalyzeOptions,
  type EngineConfig,
  type ReportDocument,
  type Rule,
} from '../../server/src/engine';
import type { DocFigure } from '../../server/src/engine/figures/collect';
import { MAX_MEMO_LINES } from '../../server/src/engine/line-scan';
import { sampleText } from '../helpers/paths';

/** The figures each run read (with the run's cache, when it had one), by the document it analysed. */
const figuresOf = new WeakMap<ReportDocument, readonly DocFigure[]>();

/** A rule that finds nothing and keeps the figures of its run, so a result can be compared with them. */
const figuresProbe: Rule = {
  id: 'test-figures-probe',
  description: 'Keeps the figures of the run (test only).',
  defaultSeverity: 'hint',
  docs: { zh: '', finds: '' },
  check: (ctx) => void figuresOf.set(ctx.doc, ctx.analysis.figures),
};

/** analyze(), with the probe after the rules. */
function analyze(text: string, options: AnalyzeOptions = {}): AnalysisResult {
  return engineAnalyze(text, { ...options, rules: [...(options.rules ?? allRules), figuresProbe] });
}

// Incremental re-analysis must never change a result: after every edit, analysing with the
// document's cache gives exactly what a fresh analysis gives.

/** A Markdown report with what edits can break: front matter, figures with 其中 lists and rates, headings, placeholders, directives. */
const MARKDOWN_REPORT = `---
year: 2022
---
# 2022年度述法报告

2022年以来，本人认真履行推进法治建设第一责任人职责，现将有关情况报告如下：

## 一、主要做法和取得成效

### （一）强化组织领导

一是健全工作机制。全年召开专题会议12次，研究解决法治建设重大问题8个。二是抗牢政治责任，落实上级布署。

<!-- report-lint-disable-next-line figure-conflict -->
办理人大代表建议15件，其中按期办结12件、正在办理2件、其他1件。

### （二）推进依法行政

受理信访事项40件，办结38件，办结率100%。组织法制宣传活动**场，培训干部120名。截止目前，共梳理政务服务事项515项，行政许可事项218项，其他事项297项。

### （四）化解矛盾纠纷

排查矛盾纠纷141次，其中邻里纠纷50次、婚姻家庭纠纷60次、其他纠纷40次。22年度调解成功率达95.5%，2022.8.26召开推进会。

<!-- report-lint-disable numeral -->
近100多人参加培训（2021-2025年规划）。
<!-- report-lint-enable -->

## 二、存在的问题和不足

一是学法用法还不够深入;二是XX镇法治宣传形式单一，“谁执法谁普法”落实不到位。

## 三、下一步工作打算

2023年，我们将继续推进法治政府建设，力争办理人大代表建议20件。【待补充】
`;

const wordReport = (): string => sampleText;

/**
 * What a user sees of a result: the findings (with fixes and related spans), the profile, rule
 * failures; and the figures the figure rules read (reused figures must be shifted exactly, even
 * where no finding shows it).
 */
function visible(r: AnalysisResult): unknown {
  const figures = (figuresOf.get(r.document) ?? []).map((d) => ({ ...d, paragraph: d.paragraph.span }));
  return { profile: r.profile, findings: r.findings, ruleErrors: r.ruleErrors, figures };
}

/** Where edits that matter land: digits, heading lines, placeholders, directives, punctuation. */
function targets(text: string): number[] {
  const out: number[] = [];
  for (const m of text.matchAll(/[0-9]|^#{1,6} |[一二三四五六七八九十]、|[*【】X]|<!--|-->|[（）“”《》。，、；%]|其中|\n/gm)) out.push(m.index!);
  return out;
}

const INSERTS = ['1', '0', '9', '年', '件', '人', '次', '%', '。', '，', '、', '；', '：', '（', '）', '“', '”', '《', '》', '*', '**', '#', '## ', '\n', '\n\n', '\r\n', ' ', '　', '其中', '分别', '共', '合计', '办结率', '2023年', '22年', '一是', '三、', '（三）', '1.', 'X', 'XX', '某某', '<!--', '-->', '<!-- report-lint-disable-next-line -->', '抗牢', '截止', '等', '—', '-', '～', '.', '`', '办理人大代表建议', '近', '多', '余'];

interface Edit {
  insert: boolean;
  /** Where: a random offset, or (when targeted) one of the places above. */
  targeted: boolean;
  at: number;
  length: number;
  text: string;
}

const edit: fc.Arbitrary<Edit> = fc.record({
  insert: fc.boolean(),
  targeted: fc.boolean(),
  at: fc.nat(),
  length: fc.integer({ min: 1, max: 12 }),
  text: fc.constantFrom(...INSERTS),
});

function apply(text: string, e: Edit): string {
  const places = e.targeted ? targets(text) : [];
  const at = places.length > 0 ? places[e.at % places.length] : e.at % (text.length + 1);
  return e.insert ? text.slice(0, at) + e.text + text.slice(at) : text.slice(0, at) + text.slice(at + e.length);
}

function replay(base: string, edits: Edit[], config: EngineConfig = {}): void {
  const cache = createAnalysisCache();
  let text = base;
  assert.deepStrictEqual(visible(analyze(text, { config, rules: allRules, cache })), visible(analyze(text, { config })));
  for (const e of edits) {
    text = apply(text, e);
    const cached = analyze(text, { config, rules: allRules, cache });
    const fresh = analyze(text, { config });
    assert.deepStrictEqual(visible(cached), visible(fresh), `after edits, text:\n${text}`);
  }
}

describe('incremental analysis: the cache never changes a result', () => {
  it('random edits to a Markdown report (figures, headings, placeholders, directives)', () => {
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 25 }), (edits) => replay(MARKDOWN_REPORT, edits)),
      { seed: 20221, numRuns: 40 },
    );
  });

  it('random edits to a report pasted from Word', () => {
    const base = wordReport();
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 15 }), (edits) => replay(base, edits)),
      { seed: 20222, numRuns: 20 },
    );
  });

  it('random edits with rule options and a forced profile', () => {
    const config: EngineConfig = {
      profile: 'shufa',
      rules: {
        term: {
          options: {
            allow: ['抗牢'],
            terms: [
              { wrong: '法治宣传', right: '普法宣传', allow: ['法治宣传周'] },
              { pattern: '(?<![一二三])是(?=[一二三四五])', right: '为' },
            ],
          },
        },
        numeral: 'error',
        'figure-conflict': { options: { minLabelLength: 3 } },
      },
    };
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 15 }), (edits) => replay(MARKDOWN_REPORT, edits, config)),
      { seed: 20223, numRuns: 20 },
    );
  });

  it('random edits with a term whose replacement spans lines (read as a whole, not line by line)', () => {
    const config: EngineConfig = { rules: { term: { options: { terms: [{ wrong: '推进会', right: '推进\n会议' }] } } } };
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 10 }), (edits) => replay(MARKDOWN_REPORT.replace('召开推进会', '召开推进会，推进会'), edits, config)),
      { seed: 20224, numRuns: 10 },
    );
  });

  it('a line is read again when the end of the line before it changes (checks look a few characters back)', () => {
    // "GB/T 15835-2011" style codes: a range right after letters is not flagged, even across a line break.
    const cache = createAnalysisCache();
    const before = '# 2022年度工作总结\n\n执行标准GB\n3-5年内完成改造。\n';
    const after = before.replace('标准GB', '国家标准');
    analyze(before, { rules: allRules, cache });
    const cached = analyze(after, { rules: allRules, cache });
    assert.deepStrictEqual(visible(cached), visible(analyze(after)));
    assert.ok(cached.findings.some((f) => f.rule === 'numeral'), 'the range is flagged once the letters are gone');
  });

  it('a change of config or rules is never answered from the cache', () => {
    const cache = createAnalysisCache();
    const text = MARKDOWN_REPORT;
    analyze(text, { rules: allRules, cache });
    const quieter: EngineConfig = { rules: { term: 'off', placeholder: 'off' } };
    assert.deepStrictEqual(visible(analyze(text, { config: quieter, rules: allRules, cache })), visible(analyze(text, { config: quieter })));
    const allowed: EngineConfig = { rules: { term: { options: { allow: ['抗牢'] } } } };
    assert.deepStrictEqual(visible(analyze(text, { config: allowed, rules: allRules, cache })), visible(analyze(text, { config: allowed })));
    const some = allRules.filter((r) => r.id !== 'figure-sum');
    assert.deepStrictEqual(visible(analyze(text, { rules: some, cache })), visible(analyze(text, { rules: some })));
    assert.deepStrictEqual(visible(analyze(text, { rules: allRules, cache })), visible(analyze(text)));
  });

  it('keeps one document’s worth of work: the cache does not grow as the document is edited', () => {
    const cache = createAnalysisCache();
    let text = MARKDOWN_REPORT;
    analyze(text, { rules: allRules, cache });
    const size = (cache as unknown as { size: number }).size;
    assert.ok(size > 0, 'the cache holds the work of the first analysis');
    for (let i = 0; i < 200; i++) {
      // Type a figure into the first paragraph, one digit at a time: each version is new text.
      const at = text.indexOf('全年召开专题会议') + 8;
      text = text.slice(0, at) + String(i % 10) + text.slice(at);
      analyze(text, { rules: allRules, cache });
    }
    assert.ok((cache as unknown as { size: number }).size <= size + 2, `entries: ${(cache as unknown as { size: number }).size} (first analysis: ${size})`);
  });
});

/** A stop check that answers "stop" from its (k+1)-th call on, and counts its calls. */
function stopAfter(k: number): { check: () => boolean; calls: () => number } {
  let n = 0;
  return { check: () => ++n > k, calls: () => n };
}

/** Runs an analysis that is asked to stop after `k` checkpoints; true if it stopped. */
function stoppedRun(text: string, cache: ReturnType<typeof createAnalysisCache>, k: number, config: EngineConfig = {}): boolean {
  try {
    analyze(text, { config, rules: allRules, cache, shouldStop: stopAfter(k).check });
    return false;
  } catch (e) {
    assert.ok(e instanceof AnalysisStopped, `only AnalysisStopped may come out, got ${String(e)}`);
    return true;
  }
}

describe('stopping an analysis (a newer version arrived)', () => {
  it('throws AnalysisStopped, never a rule error, when asked to stop at once', () => {
    const stop = stopAfter(0);
    assert.throws(() => analyze(MARKDOWN_REPORT, { rules: allRules, cache: createAnalysisCache(), shouldStop: stop.check }), AnalysisStopped);
    assert.equal(stop.calls(), 1, 'stops at the first checkpoint');
    // Without a cache too: checkpoints between the parse and the rules.
    assert.throws(() => analyze(MARKDOWN_REPORT, { rules: allRules, shouldStop: () => true }), AnalysisStopped);
  });

  it('a large document is scanned in runs of lines (checkpoints between them): the same findings as one scan', () => {
    let text = '';
    while (text.length < 300_000) text += MARKDOWN_REPORT.replace(/^---[^]*?---\n/, '') + wordReport() + '\n';
    const stop = stopAfter(Infinity);
    const cached = analyze(text, { rules: allRules, cache: createAnalysisCache(), shouldStop: stop.check });
    assert.deepStrictEqual(visible(cached), visible(analyze(text)));
    assert.ok(cached.findings.length > 100);
    // Each line-scanning rule checks in at least every 64 K characters.
    assert.ok(stop.calls() > 4 * Math.floor(text.length / 65_536), `checkpoints: ${stop.calls()}`);
  });

  it(`a document of more than ${MAX_MEMO_LINES} lines keeps no line records (bounded memory), with the same findings and checkpoints`, () => {
    // Lines of one paragraph (one figures entry), each different: every line would get a record.
    const letters = (i: number) => [...String(i)].map((d) => 'abcdefghij'[Number(d)]).join('');
    const body = (n: number) => Array.from({ length: n }, (_, i) => `好${letters(i)}`).join('\n');
    const report = (n: number) => `# 述法报告\n\n办理**件, 抗牢责任。\n\n${body(n)}\n\n共计 3 件，2020.1.1。\n`;
    const size = (c: ReturnType<typeof createAnalysisCache>) => (c as unknown as { size: number }).size;
    const small = createAnalysisCache();
    analyze(report(1000), { rules: allRules, cache: small });
    assert.ok(size(small) > 1000, `entries under the cap: ${size(small)}`);
    const text = report(MAX_MEMO_LINES + 1);
    const cache = createAnalysisCache();
    const stop = stopAfter(Infinity);
    const cached = analyze(text, { rules: allRules, cache, shouldStop: stop.check });
    assert.ok(size(cache) < 20, `entries over the cap: ${size(cache)}`);
    const fresh = analyze(text);
    assert.deepStrictEqual(visible(cached), visible(fresh));
    assert.ok(fresh.findings.length >= 3, fresh.findings.map((f) => f.rule).join());
    assert.ok(stop.calls() > 4 * Math.floor(text.length / 65_536), `checkpoints: ${stop.calls()}`);
    // Edited again with the same cache: still the same as a fresh analysis.
    const edited = text.replace('好bbb', '好**次');
    assert.deepStrictEqual(visible(analyze(edited, { rules: allRules, cache })), visible(analyze(edited)));
  });

  it('a check that never says stop changes nothing', () => {
    assert.deepStrictEqual(visible(analyze(MARKDOWN_REPORT, { rules: allRules, cache: createAnalysisCache(), shouldStop: () => false })), visible(analyze(MARKDOWN_REPORT)));
  });

  it('keeps the work done before it stopped: the next run does the rest only', () => {
    const text = wordReport() + '\n' + MARKDOWN_REPORT;
    const cold = stopAfter(Infinity);
    analyze(text, { rules: allRules, cache: createAnalysisCache(), shouldStop: cold.check });
    const all = cold.calls();
    const cache = createAnalysisCache();
    const half = Math.floor(all / 2);
    assert.ok(stoppedRun(text, cache, half), 'stopped half-way');
    const rest = stopAfter(Infinity);
    const result = analyze(text, { rules: allRules, cache, shouldStop: rest.check });
    assert.deepStrictEqual(visible(result), visible(analyze(text)));
    // Checkpoints come before work not in the memo (and between rules): about half remain.
    assert.ok(rest.calls() < all - half / 2, `checkpoints: cold run ${all}, stopped after ${half}, next run ${rest.calls()}`);
  });

  it('random edits, each version’s analysis stopped at a random checkpoint or run to the end: complete runs equal a fresh analysis', () => {
    const step = fc.record({ edit, stopAt: fc.option(fc.nat({ max: 400 }), { freq: 2 }) });
    fc.assert(
      fc.property(fc.array(step, { minLength: 1, maxLength: 20 }), (steps) => {
        const cache = createAnalysisCache();
        let text = MARKDOWN_REPORT;
        for (const { edit: e, stopAt } of steps) {
          text = apply(text, e);
          if (stopAt !== null && stoppedRun(text, cache, stopAt)) continue;
          assert.deepStrictEqual(visible(analyze(text, { rules: allRules, cache })), visible(analyze(text)), `text:\n${text}`);
        }
        assert.deepStrictEqual(visible(analyze(text, { rules: allRules, cache })), visible(analyze(text)), `text:\n${text}`);
      }),
      { seed: 20225, numRuns: 40 },
    );
  });
});
