// The snippets a writer starts a report with: every built-in profile has a full report whose
// skeleton the engine recognises with no structural finding, untouched tab stops stay visible to
// the placeholder rule, and the part, item and closing snippets produce what they promise.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze, builtinProfiles, type AnalysisResult } from '../../server/src/engine';
import { parseReport } from '../../server/src/engine/parse/document';
import { partOfHeading } from '../../server/src/engine/profiles/match';
import { expandSnippet, parseSnippet, tabStops, type ExpandOptions, type Node, type TabStop } from './expand';

const root = join(__dirname, '..', '..');
const file = join(root, 'snippets', 'report.code-snippets');

interface Snippet {
  scope: string;
  prefix: string | string[];
  description: string;
  body: string[];
}

const snippets: Record<string, Snippet> = JSON.parse(readFileSync(file, 'utf8'));
const VARS = { CURRENT_YEAR: '2023', CURRENT_MONTH: '01', CURRENT_DATE: '05' };
const STRUCTURE = ['required-section', 'section-order', 'heading-sequence', 'ordinal-sequence'];
const prefixes = (s: Snippet): string[] => (Array.isArray(s.prefix) ? s.prefix : [s.prefix]);
const byPrefix = (p: string): Snippet => {
  const found = Object.values(snippets).find((s) => prefixes(s).includes(p));
  assert.ok(found, `a snippet with prefix ${p}`);
  return found;
};
const expand = (s: Snippet, value?: ExpandOptions['value']): string => expandSnippet(s.body, { variables: VARS, value });
const structural = (r: AnalysisResult): string[] => r.findings.filter((f) => STRUCTURE.includes(f.rule)).map((f) => `${f.rule}: ${f.message}`);
const profiles = builtinProfiles.filter((p) => p.parts.length > 0);

describe('snippets/report.code-snippets', () => {
  it('is strict JSON with a prefix, a description and a body of lines for Markdown and plain text', () => {
    assert.ok(Object.keys(snippets).length > 0);
    for (const [name, s] of Object.entries(snippets)) {
      assert.equal(s.scope, 'markdown,plaintext', name);
      assert.ok(typeof s.description === 'string' && s.description.length > 0, name);
      assert.ok(Array.isArray(s.body) && s.body.every((l) => typeof l === 'string'), name);
      assert.ok(prefixes(s).length > 0, name);
      assert.doesNotThrow(() => parseSnippet(s.body), name);
    }
  });

  it('gives every snippet a Chinese-input prefix (pinyin initials) and an English one, none shared', () => {
    const seen = new Map<string, string>();
    for (const [name, s] of Object.entries(snippets)) {
      assert.ok(prefixes(s).some((p) => /^[a-z]+[0-9]?$/.test(p)), `${name}: pinyin prefix`);
      assert.ok(prefixes(s).some((p) => /^report-[a-z0-9-]+$/.test(p)), `${name}: English prefix`);
      for (const p of prefixes(s)) {
        assert.ok(!seen.has(p), `prefix ${p} of ${name} is also ${seen.get(p)}`);
        seen.set(p, name);
      }
    }
    for (const p of ['sfbg', 'czwt', 'xybds', 'report-shufa']) byPrefix(p);
  });

  it('numbers its tab stops from 1 without gaps', () => {
    for (const [name, s] of Object.entries(snippets)) {
      const stops = tabStops(s.body, { variables: VARS }).filter((t) => t.index > 0);
      assert.deepEqual(
        stops.map((t) => t.index),
        stops.map((_, i) => i + 1),
        name,
      );
    }
  });
});

describe('choice fields', () => {
  // VS Code moves to the next tab stop when a choice is accepted (Enter or Tab): an empty stop
  // right after each choice takes that move, so a Tab pressed after Enter skips no field (issue 12).
  it('are each followed at once by an empty tab stop of the next index, used nowhere else', () => {
    let choices = 0;
    for (const [name, s] of Object.entries(snippets)) {
      const nodes = parseSnippet(s.body);
      const uses = new Map<number, number>();
      const count = (list: Node[]): void => {
        for (const n of list) {
          if (n.kind === 'tabstop' || n.kind === 'placeholder' || n.kind === 'choice') uses.set(n.index, (uses.get(n.index) ?? 0) + 1);
          if (n.kind === 'placeholder') count(n.children);
        }
      };
      count(nodes);
      nodes.forEach((n, i) => {
        if (n.kind !== 'choice') return;
        choices++;
        const next = nodes[i + 1];
        assert.ok(next?.kind === 'tabstop' && next.index === n.index + 1, `${name}: choice $${n.index} is followed by $${n.index + 1}`);
        assert.equal(uses.get(n.index + 1), 1, `${name}: $${n.index + 1} is used once`);
      });
    }
    assert.ok(choices > 10);
  });
});

describe('full-report snippets', () => {
  it('exist for every built-in profile', () => {
    for (const p of profiles) byPrefix(`report-${p.id}`);
  });

  for (const profile of profiles) {
    describe(`${profile.name} (report-${profile.id})`, () => {
      const snippet = (): Snippet => byPrefix(`report-${profile.id}`);

      it('expands, untouched, to a report recognised as this kind with no structural finding', () => {
        const r = analyze(expand(snippet()));
        assert.equal(r.profile.id, profile.id);
        assert.equal(r.profile.how, 'recognised');
        assert.deepEqual(structural(r), []);
        assert.deepEqual(r.ruleErrors, []);
        // Every mandated part is a top-level section.
        const doc = r.document;
        for (const part of profile.parts.filter((x) => x.required)) {
          const i = profile.parts.indexOf(part);
          assert.ok(
            doc.headings.some((h) => partOfHeading(profile, h) === i),
            `part ${part.name}`,
          );
        }
      });

      it('keeps every untouched placeholder visible to the placeholder rule', () => {
        const stops = tabStops(snippet().body, { variables: VARS }).filter((t) => t.kind === 'placeholder' && !t.dynamic);
        assert.ok(stops.length > 5);
        for (const stop of stops) {
          // Only this stop left as it came; every other stop filled in.
          const text = expand(snippet(), (t) => (t.index === stop.index ? t.value : fill(t)));
          const found = analyze(text).findings.filter((f) => f.rule === 'placeholder');
          assert.ok(found.length > 0, `tab stop ${stop.index} “${stop.value}” left untouched is not flagged`);
          for (const f of found) assert.ok(stop.value.includes(text.slice(f.span.start, f.span.end)), `only stop ${stop.index} is flagged`);
        }
      });

      it('leaves no placeholder and no structural finding once every tab stop is filled in', () => {
        const r = analyze(expand(snippet(), fill));
        assert.equal(r.profile.id, profile.id);
        assert.deepEqual(
          r.findings.filter((f) => f.rule === 'placeholder' || STRUCTURE.includes(f.rule)).map((f) => `${f.rule}: ${f.message}`),
          [],
        );
      });

      it('stays well-formed whichever option the writer picks at each choice', () => {
        const body = snippet().body;
        const widest = Math.max(0, ...tabStops(body, { variables: VARS }).map((t) => t.options.length));
        for (let k = 0; k < widest; k++) {
          const r = analyze(expand(snippet(), (t) => (t.kind === 'choice' ? t.options[Math.min(k, t.options.length - 1)] : t.value)));
          assert.equal(r.profile.id, profile.id, `option ${k}`);
          assert.deepEqual(structural(r), [], `option ${k}`);
        }
      });
    });
  }
});

/** What a writer might type at a tab stop: a year for years, plain words elsewhere, choices as offered. */
function fill(t: TabStop): string {
  if (t.kind === 'choice' || t.dynamic) return t.value;
  if (t.kind === 'empty') return ''; // the stop after a choice (nothing added to the chosen words)
  if (/^20XX$/.test(t.value)) return '2023';
  if (/20XX年X月/.test(t.value)) return '2021年3月';
  return t.value.startsWith('【') ? '认真抓好各项工作，取得明显成效' : '城关镇';
}

describe('part snippets', () => {
  // The parts each snippet's heading choices stand for, by profile part id.
  const parts: Record<string, string[]> = {
    zyzf: ['practice', 'measures', 'work'],
    czwt: ['problems', 'shortcomings'],
    xybds: ['plans'],
    dyzrr: ['responsible'],
    jbqk: ['overview'],
    llxx: ['study'],
    ljzl: ['integrity'],
    qtqk: ['other'],
  };
  for (const [prefix, ids] of Object.entries(parts)) {
    it(`${prefix}: every heading it offers is read as that part of a report`, () => {
      const s = byPrefix(prefix);
      const stops = tabStops(s.body, { variables: VARS });
      // The heading text is a choice of the wordings the profiles use (numbers are one character).
      const headingChoice = stops.find((t) => t.kind === 'choice' && t.options.some((o) => o.length > 2));
      for (const option of headingChoice ? headingChoice.options : [null]) {
        const text = expand(s, (t) => (option !== null && t.index === headingChoice?.index ? option : t.value));
        const h = parseReport(text).headings[0];
        assert.ok(h, `${prefix} “${option}”: a heading`);
        assert.ok(
          profiles.some((p) => p.parts.some((part, i) => ids.includes(part.id) && partOfHeading(p, h) === i)),
          `${prefix}: “${h.text}” is not read as ${ids.join('/')}`,
        );
      }
    });
  }

  it('build a 述法报告 from title, lead-in and part snippets with no structural finding', () => {
    const numbered = (prefix: string, n: string): string => expand(byPrefix(prefix), (t) => (t.index === 1 ? n : t.value));
    const text = ['XX镇党委书记×××2023年度述法报告', '', expand(byPrefix('dy')), '', numbered('zyzf', '一'), '', numbered('czwt', '二'), '', numbered('xybds', '三'), '', expand(byPrefix('tcbg'))].join('\n');
    const r = analyze(text);
    assert.equal(r.profile.id, 'shufa');
    assert.deepEqual(structural(r), []);
  });
});

describe('item, heading and closing snippets', () => {
  it('ys: 一是、二是、三是 in sequence', () => {
    const doc = parseReport(expand(byPrefix('ys')));
    assert.deepEqual(
      doc.paragraphs.flatMap((p) => p.ordinals.map((o) => o.value)),
      [1, 2, 3],
    );
  });
  const levels: [string, number, number[]][] = [
    ['ky', 2, [1, 2, 3]],
    ['yd', 3, [1, 2, 3]],
    ['bt1', 1, [1]],
    ['bt2', 2, [1]],
    ['bt3', 3, [1]],
    ['bt4', 4, [1]],
  ];
  for (const [prefix, level, numbers] of levels) {
    it(`${prefix}: level-${level} heading${numbers.length > 1 ? 's' : ''} ${numbers.join(', ')}`, () => {
      const doc = parseReport(expand(byPrefix(prefix)));
      assert.deepEqual(
        doc.headings.map((h) => [h.level, h.number]),
        numbers.map((n) => [level, n]),
      );
    });
  }
  it('tcbg, lk: closing line, then the name and the date in GB/T 9704 form', () => {
    assert.deepEqual(expand(byPrefix('tcbg')).split('\n'), ['特此报告。', '', '×××', '2023年1月5日']);
    assert.deepEqual(expand(byPrefix('lk')).split('\n'), ['×××', '2023年1月5日']);
  });
  it('rq: the date without leading zeros in month and day', () => {
    const date = (y: string, m: string, d: string): string => expandSnippet(byPrefix('rq').body, { variables: { CURRENT_YEAR: y, CURRENT_MONTH: m, CURRENT_DATE: d } });
    assert.equal(date('2023', '01', '05'), '2023年1月5日');
    assert.equal(date('2024', '10', '20'), '2024年10月20日');
    assert.equal(date('2024', '11', '01'), '2024年11月1日');
  });
});
