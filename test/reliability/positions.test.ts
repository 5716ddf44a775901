// Line breaks: LF, CRLF, CR-only and mixed documents give the same findings at the same
// (line, character) positions, the document model's line numbers match its offsets, and
// offsets and LSP positions convert back and forth.
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyze, lineOfOffset, offsetToPosition } from '../../server/src/engine';
import type { AnalysisResult, EngineConfig } from '../../server/src/engine';
import { hostileText, report } from './arbitraries';
import { engineRules, profileConfigs, runs, seed, timeoutFor } from './support';

const rules = engineRules();
const root = join(__dirname, '..', '..');
const documents: [string, string][] = [
  ['the sample', readFileSync(join(root, 'samples', 'shufa-report-2022.txt'), 'utf8')],
  ...readdirSync(join(root, 'test', 'fixtures', 'rules')).map((f): [string, string] => [f, readFileSync(join(root, 'test', 'fixtures', 'rules', f), 'utf8')]),
];

const lines = (text: string): string[] => text.split(/\r\n|\r|\n/);

/** Joins lines with line breaks chosen by `pick`, never letting a CR and the next LF merge into one break. */
function join2(ls: string[], pick: (i: number) => string): string {
  let out = '';
  for (let i = 0; i < ls.length; i++) {
    if (i > 0) {
      let eol = pick(i);
      if (eol === '\n' && out.endsWith('\r')) eol = '\r\n';
      out += eol;
    }
    out += ls[i];
  }
  return out;
}

/** Findings as the editor sees them: rule, message, and (line, character) ranges. */
function inLines(text: string, result: AnalysisResult): unknown[] {
  const starts = result.document.lineStarts;
  const pos = (o: number): string => {
    const p = offsetToPosition(starts, o);
    return `${p.line}:${p.character}`;
  };
  return result.findings.map((f) => ({
    rule: f.rule,
    message: f.message,
    range: `${pos(f.span.start)}-${pos(f.span.end)}`,
    related: (f.related ?? []).map((r) => `${pos(r.span.start)}-${pos(r.span.end)} ${r.message}`),
    fixes: (f.fixes ?? []).map((x) => x.edits.map((e) => `${pos(e.start)}-${pos(e.end)} ${JSON.stringify(e.text.replace(/\r\n?/g, '\n'))}`)),
  }));
}

function checkModelLines(result: AnalysisResult): void {
  const doc = result.document;
  for (const h of doc.headings) assert.equal(h.line, lineOfOffset(doc.lineStarts, h.lineSpan.start), `heading «${h.text}» line`);
  for (const p of doc.paragraphs) assert.equal(p.line, lineOfOffset(doc.lineStarts, p.span.start), `paragraph «${p.text.slice(0, 20)}» line`);
  if (doc.title && doc.title.span.start > 0) assert.equal(doc.title.line, lineOfOffset(doc.lineStarts, doc.title.span.start), 'title line');
}

function sameAcrossLineBreaks(text: string, config: EngineConfig, mixSeed: number): void {
  const ls = lines(text);
  const lf = join2(ls, () => '\n');
  const expected = analyze(lf, { config, rules });
  checkModelLines(expected);
  let state = mixSeed >>> 0;
  const random = (): number => ((state = (Math.imul(state, 1103515245) + 12345) >>> 0) / 2 ** 32);
  const variants: [string, string][] = [
    ['CRLF', join2(ls, () => '\r\n')],
    ['CR', join2(ls, () => '\r')],
    ['mixed', join2(ls, () => ['\n', '\r\n', '\r'][Math.floor(random() * 3)])],
  ];
  for (const [name, variant] of variants) {
    const result = analyze(variant, { config, rules });
    assert.equal(result.document.lineStarts.length, ls.length, `${name}: line count`);
    checkModelLines(result);
    assert.deepEqual(
      result.document.headings.map((h) => [h.line, h.level, h.number, h.text]),
      expected.document.headings.map((h) => [h.line, h.level, h.number, h.text]),
      `${name}: headings`,
    );
    assert.deepEqual(inLines(variant, result), inLines(lf, expected), `${name}: findings at the same lines and characters`);
  }
}

describe('positions: line breaks', function () {
  this.timeout(timeoutFor(300_000));

  for (const [name, text] of documents) {
    it(`${name}: the same findings at the same positions with LF, CRLF, CR and mixed breaks`, () => {
      sameAcrossLineBreaks(text, {}, 7);
      sameAcrossLineBreaks(text, { profile: 'shufa' }, 11);
    });
  }

  it('the sample with CR only: each finding starts on the line that holds its text', () => {
    const text = documents[0][1].replace(/\r?\n/g, '\r');
    const result = analyze(text, { rules });
    assert.ok(result.findings.length > 0);
    const textLines = text.split('\r');
    for (const f of result.findings) {
      const start = offsetToPosition(result.document.lineStarts, f.span.start);
      const end = offsetToPosition(result.document.lineStarts, f.span.end);
      const flagged = text.slice(f.span.start, f.span.end);
      if (start.line === end.line) assert.equal(textLines[start.line].slice(start.character, end.character), flagged);
    }
  });

  it('grammar reports: line breaks never change findings or their positions', () => {
    fc.assert(
      fc.property(report, fc.constantFrom(...profileConfigs), fc.nat(), (text, config, mix) => sameAcrossLineBreaks(text, config, mix)),
      { seed, numRuns: runs(150) },
    );
  });

  it('offsets become the (line, character) positions the LSP library gives, and convert back', () => {
    fc.assert(
      fc.property(hostileText(), (text) => {
        const starts = analyze(text, { rules: [] }).document.lineStarts;
        // The library the server and the editors' clients use for the same conversion.
        const doc = TextDocument.create('file:///t.md', 'markdown', 1, text);
        for (let o = 0; o <= text.length; o++) {
          // Inside a CRLF there is no position of its own: it maps to the line's end.
          if (text[o - 1] === '\r' && text[o] === '\n') continue;
          const p = offsetToPosition(starts, o);
          assert.deepEqual(p, doc.positionAt(o), `offset ${o}`);
          assert.equal(doc.offsetAt(p), o, `offset ${o}`);
          assert.ok(p.character <= (starts[p.line + 1] ?? text.length + 1) - starts[p.line]);
        }
      }),
      { seed, numRuns: runs(300) },
    );
  });

  // Regressions found by the property above: each worked with LF and broke with CR alone.
  it('CR only: front matter is read (profile, year)', () => {
    const result = analyze('---\rprofile: shufa\ryear: 2023\r---\r# 2023年度述法报告\r\r正文。\r', { rules });
    assert.equal(result.profile.id, 'shufa');
    assert.equal(result.profile.how, 'front-matter');
    assert.equal(result.document.frontMatter?.year, 2023);
  });
  it('CR only: a fix inserts CR line breaks, and a missing last part is flagged on the last line', () => {
    const text = '关于2022年度述法报告\r现将本人履行推进法治建设第一责任人职责情况报告如下：\r一、主要做法和取得成效\r正文。\r二、存在的问题\r正文。\r';
    const f = analyze(text, { rules }).findings.find((x) => x.rule === 'required-section');
    assert.ok(f, 'the missing 下一步打算 is found');
    assert.equal(text.slice(f.span.start, f.span.end), '正文。');
    assert.equal(offsetToPosition(analyze(text, { rules }).document.lineStarts, f.span.start).line, 5);
    const inserted = f.fixes?.[0].edits.map((e) => e.text).join('') ?? '';
    assert.ok(inserted.includes('\r') && !inserted.includes('\n'), `CR breaks only: ${JSON.stringify(inserted)}`);
  });
  it('CR only: an emphasis opened on one line does not swallow a placeholder on the next', () => {
    for (const eol of ['\n', '\r\n', '\r']) {
      const found = analyze(`甲**重点${eol}办理**件。${eol}`, { rules }).findings.filter((f) => f.rule === 'placeholder');
      assert.equal(found.length, 1, JSON.stringify(eol));
    }
  });

  it('CR only: a rate word on one line does not carry into the next line\'s figures', () => {
    for (const eol of ['\n', '\r\n', '\r']) {
      const text = ['强化组织领导1件。', '办结率2022.8.26%强化组织领导　', '办结率1,000%。强化组织领导。', ''].join(eol);
      const found = analyze(text, { rules }).findings.filter((f) => f.rule === 'figure-rate');
      assert.deepEqual(found.map((f) => f.message), ['「办结率」为1,000%，超过100%：比率不能超过100%，请核对。'], JSON.stringify(eol));
    }
  });

  it('CR only: a heading number at a line start is not read as an estimate (三、四个方面)', () => {
    for (const eol of ['\n', '\r\n', '\r']) {
      const text = ['关于2022年度工作总结', '正文。', '三、四个方面的工作', '正文。', ''].join(eol);
      const found = analyze(text, { rules }).findings.filter((f) => f.rule === 'numeral');
      assert.deepEqual(found, [], JSON.stringify(eol));
    }
  });

  it('line starts after CRLF, CR and LF alike', () => {
    const text = '一\r\n二\r三\n';
    assert.deepEqual(analyze(text, { rules: [] }).document.lineStarts, [0, 3, 5, 7]);
    assert.deepEqual(offsetToPosition([0, 3, 5, 7], 6), { line: 2, character: 1 });
  });
});
