// The built-in term pack as data: every entry valid, cited, and firing on its own examples;
// and the validation a workspace pack goes through.
import { strict as assert } from 'node:assert';
import { straddlesWord } from '../../server/src/engine/text/word-boundaries';
import fc from 'fast-check';
import { builtinTerms, compileTerms, validateAllow, validateTerms } from '../../server/src/engine/packs';
import { builtinPack, builtinPackIssues } from '../../server/src/engine/packs/builtin';
import { findTermHits } from '../helpers/term-hits';
import { LiteralMatcher } from '../../server/src/engine/packs/literal-matcher';
import { segments } from '../../server/src/engine/packs/segments';
import { requiredLiterals, SEGMENT_MAX } from '../../server/src/engine/packs/safe-regex';
import { applyFix } from '../helpers/rule-tester';
import { findingsOf } from './helpers';

describe('built-in term pack (terms-zh.json)', () => {
  it('loads with no issues', () => {
    assert.deepEqual(builtinPackIssues, []);
    assert.ok(builtinPack.terms.length >= 30);
  });

  it('every entry gives a Chinese reason and a source, and has examples', () => {
    for (const e of builtinTerms) {
      const id = e.wrong ?? e.pattern;
      assert.match(e.reason, /[\u4e00-\u9fff]/, `${id}: reason`);
      assert.ok(e.source.length > 4, `${id}: source`);
      assert.ok(e.examples && e.examples.length > 0, `${id}: examples`);
    }
  });

  it('ships every entry domain.md §4 and issue 5 name', () => {
    const rights = new Set(builtinTerms.map((e) => e.right.replace(/\$\d/g, '')));
    const needed = ['扛牢', '部署', '截至', '亟待', '作出', '交代', '其他', '泄露', '含义', '必须', '检察院', '扫黑除恶', '踔厉奋发', '一如既往', '律己', '已经', '即使', '法治观念', '法治宣传', '法治讲座', '法治图片展', '纳入法治轨道', '社会主义法治', '《法治日报》', '习近平法治思想', '习近平新时代中国特色社会主义思想', '习近平总书记', '“五”普法', '第一责任人职责', '“一带一路”倡议', '不忘初心、牢记使命'];
    for (const r of needed) assert.ok(rights.has(r), `missing an entry whose right form is ${r}`);
  });

  for (const entry of builtinTerms) {
    const id = entry.wrong ?? entry.pattern ?? '';
    it(`fires on its examples and its fix removes the finding: ${id}`, () => {
      for (const example of entry.examples ?? []) {
        const hits = findTermHits(example, compileTerms([entry]));
        assert.ok(hits.length > 0, `«${example}»`);
        const found = findingsOf('term', example);
        let fixed = example;
        for (const h of [...hits].reverse()) {
          const f = found.find((x) => x.span.start === h.start && x.span.end === h.end);
          assert.ok(f, `the rule reports «${example.slice(h.start, h.end)}» in «${example}»`);
          fixed = applyFix(fixed, f.fixes![0]);
        }
        assert.deepEqual(findTermHits(fixed, compileTerms([entry])), [], `after the fix: «${fixed}»`);
      }
    });
    if (entry.allow) {
      it(`stays silent in its allowed contexts: ${id}`, () => {
        for (const a of entry.allow ?? []) assert.deepEqual(findTermHits(`前文${a}后文。`, compileTerms([entry])), [], a);
      });
    }
  }
});

describe('term pack validation', () => {
  it('keeps good entries and reports bad ones with their JSON path', () => {
    const { entries, issues } = validateTerms(
      [
        { wrong: '布署', right: '部署', reason: '错字', source: '词典' },
        { wrong: '甲', pattern: '乙', right: '丙' },
        { right: '丙' },
        { wrong: '同', right: '同' },
        { pattern: '(a+)+$', right: 'a' },
        { pattern: '[', right: 'a' },
        { pattern: '(甲)乙', right: '$2' },
        { wrong: '抗牢', right: '扛牢', allow: ['牢笼'] },
        { wrong: '抗牢', right: '扛牢', severity: 'fatal' },
        'text',
        { wrong: '甲乙', right: '丙', colour: 'red' },
      ],
      ['terms'],
    );
    assert.deepEqual(
      entries.map((e) => e.wrong ?? e.pattern),
      ['布署', '抗牢', '甲乙'],
    );
    const at = issues.map((i) => i.path.join('.'));
    assert.deepEqual(at, ['terms.1', 'terms.2', 'terms.3.right', 'terms.4.pattern', 'terms.5.pattern', 'terms.6.right', 'terms.7.allow.0', 'terms.8.severity', 'terms.9', 'terms.10.colour']);
    for (const i of issues) assert.match(i.message, /[\u4e00-\u9fff]/);
    assert.match(issues[3].message, /嵌套/);
    assert.match(issues[4].message, /语法错误/);
    assert.match(issues[6].message, /没有出现错误写法/);
  });
  it('a non-array is one issue, and allow lists are checked', () => {
    assert.equal(validateTerms({}).issues.length, 1);
    const a = validateAllow(['法制办', '', 3], ['allow']);
    assert.deepEqual(a.words, ['法制办']);
    assert.deepEqual(a.issues.map((i) => i.path.join('.')), ['allow.1', 'allow.2']);
  });
});

describe('literal matcher (Aho–Corasick)', () => {
  it('finds overlapping and nested words', () => {
    const m = new LiteralMatcher(['法制', '法制宣传', '宣传', '制宣']);
    const hits = m.findAll('开展法制宣传').map((h) => `${h.start}-${h.end}:${h.index}`);
    assert.deepEqual(hits.sort(), ['2-4:0', '2-6:1', '3-5:3', '4-6:2'].sort());
  });
  it('agrees with indexOf on random text', () => {
    const words = ['抗牢', '牢笼', '对抗', '抗', '笼对'];
    const m = new LiteralMatcher(words);
    let seed = 7;
    const rand = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const alphabet = '对抗牢笼法';
    for (let round = 0; round < 50; round++) {
      let s = '';
      for (let i = 0; i < 40; i++) s += alphabet[Math.floor(rand() * alphabet.length)];
      const expected: string[] = [];
      words.forEach((w, index) => {
        for (let i = s.indexOf(w); i >= 0; i = s.indexOf(w, i + 1)) expected.push(`${i}:${index}`);
      });
      assert.deepEqual(m.findAll(s).map((h) => `${h.start}:${h.index}`).sort(), expected.sort(), s);
    }
  });
  it('10,000 words over 1 MB: every hit found (its time is measured in test/perf)', () => {
    const words = Array.from({ length: 10_000 }, (_, i) => `词${i}条`);
    const m = new LiteralMatcher(words);
    const text = '法治建设词1条。'.repeat(130_000);
    const hits = m.findAll(text);
    assert.equal(hits.length, 130_000);
  });
});

describe('segments', () => {
  it('splits at line breaks and sentence ends, never longer than SEGMENT_MAX', () => {
    const text = `甲。乙！\n丙${'字'.repeat(1200)}`;
    const segs = segments(text);
    assert.deepEqual(segs.slice(0, 2).map((s) => text.slice(s.start, s.end)), ['甲。', '乙！']);
    for (const s of segs) assert.ok(s.end - s.start <= SEGMENT_MAX);
    assert.equal(segs.map((s) => text.slice(s.start, s.end)).join(''), text.replace('\n', ''));
  });
});

describe('pattern anchors (the prefilter that picks segments)', () => {
  it('finds the literals every match must hold', () => {
    assert.deepEqual(requiredLiterals('做出(?=决定|部署)'), ['做出']);
    assert.deepEqual(requiredLiterals('(?:戳力|卓厉)奋发'), ['奋发']);
    assert.deepEqual(requiredLiterals('甲|乙丙'), ['甲', '乙丙']);
    assert.deepEqual(requiredLiterals('“?一带一路”?战略'), ['一带一路']);
    assert.equal(requiredLiterals('[甲乙]+'), null);
    assert.equal(requiredLiterals('甲?乙?'), null);
  });
  it('gives the same hits as running every pattern on every segment', () => {
    const patterns = builtinTerms.filter((e) => e.pattern);
    const alphabet = [...new Set(patterns.flatMap((e) => [...(e.examples ?? []).join('')]))];
    const brute = (text: string): string[] => {
      const out: string[] = [];
      for (const seg of segments(text)) {
        const piece = text.slice(seg.start, seg.end);
        // Matches across a word boundary are dropped by both (text/word-boundaries.ts).
        for (const e of patterns)
          for (const m of piece.matchAll(new RegExp(e.pattern as string, 'gu'))) if (!straddlesWord(text, seg.start + m.index, seg.start + m.index + m[0].length)) out.push(`${seg.start + m.index}:${m[0]}`);
      }
      return out;
    };
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.constantFrom(...alphabet), fc.constantFrom(...patterns.flatMap((e) => e.examples ?? []))), { maxLength: 30 }),
        (parts) => {
          const text = parts.join('');
          const expected = brute(text);
          const got = findTermHits(text, compileTerms(patterns)).map((h) => `${h.start}:${text.slice(h.start, h.end)}`);
          // The matcher drops overlaps; every hit it keeps is one brute force finds.
          for (const g of got) assert.ok(expected.includes(g), `${g} in «${text}»`);
          // And where brute force finds something, the matcher finds something overlapping it.
          for (const e of expected) {
            const start = Number(e.split(':')[0]);
            const len = e.length - e.indexOf(':') - 1;
            assert.ok(findTermHits(text, compileTerms(patterns)).some((h) => h.start < start + len && start < h.end), `${e} in «${text}»`);
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});
