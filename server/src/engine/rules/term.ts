// term: confusable words and non-standard political expressions (抗牢 → 扛牢, 习近平新时代法治思想
// → 习近平法治思想), from the built-in pack plus a workspace's own entries, with a one-click fix;
// a match must begin and end at a word boundary (text/word-boundaries.ts). With the built-in
// pack it also reports words typed twice (全县全县, text/repeated-words.ts).
// Options (filled by the config loader from .reportlintrc.json):
//   terms: TermEntry[]  extra entries (checked here again, bad ones skipped)
//   allow: string[]     words inside which nothing is flagged
//   builtin: false      leave out the built-in pack
import { allowedFilter, builtinTerms, compileTerms, finishTermHits, rawTermHits, validateTerms } from '../packs';
import type { RawTermHit, TermEntry } from '../packs';
import { MAX_FINDINGS_PER_RULE } from '../packs/finding-sink';
import { findRepeatedWords } from '../text/repeated-words';
import { scanByLine, shiftCandidate } from '../line-scan';
import type { Candidate } from '../packs/finding-sink';
import type { Rule, RuleContext } from '../types';
import { ALLOW_OPTION } from './options';

// Compiled config, not per-run state: the entries depend on the options' `terms` array alone,
// the same (immutable) array for every analysis under one config, so compileTerms' own cache
// (keyed by the list returned here) is hit too.
const withBuiltin = new WeakMap<object, readonly TermEntry[]>();
const ownOnly = new WeakMap<object, readonly TermEntry[]>();
const NO_EXTRA: unknown[] = [];

/**
 * The entries to run: the workspace's first (they win where two overlap), then the built-in
 * ones. Cached per options array, so the compiled matcher is reused across analyses.
 */
function entriesFor(extra: unknown, builtin: boolean): readonly TermEntry[] {
  const key = Array.isArray(extra) ? extra : NO_EXTRA;
  const cache = builtin ? withBuiltin : ownOnly;
  const hit = cache.get(key);
  if (hit) return hit;
  const own = key.length > 0 ? validateTerms(key, [], { source: '本单位词表' }).entries : [];
  const list = builtin ? [...own, ...builtinTerms] : own;
  cache.set(key, list);
  return list;
}

/** A raw hit moved `delta` units. */
function shiftRawHit(h: RawTermHit, delta: number): RawTermHit {
  const out: RawTermHit = { ...h, start: h.start + delta, end: h.end + delta };
  if (h.segment !== undefined) out.segment = h.segment + delta;
  return out;
}

/** Quotes a word in a message, unless it has quotes of its own (“一带一路”倡议), which then stand alone. */
const q = (s: string): string => (/[“”]/.test(s) ? ` ${s} ` : `“${s}”`);

/** Reports the words typed twice (全县全县): a built-in check of the rule, off with the built-in pack. */
function repeatedWords({ analysis, doc, report }: RuleContext, keep: (c: Candidate) => boolean): number {
  const [found] = scanByLine<Candidate>(analysis, {
    stage: 'term|repeated',
    scan: (from, to) => [
      findRepeatedWords(doc.prose, from, to).map(({ span, word }) => ({
        message: `“${word}”重复了一次，应删去重复的“${word}”。`,
        span,
        fixes: [{ title: `删去重复的“${word}”`, edits: [{ ...span, text: '' }], preferred: true }],
      })),
    ],
    start: (c) => c.span.start,
    shift: shiftCandidate,
  });
  const kept = found.filter(keep).slice(0, MAX_FINDINGS_PER_RULE);
  for (const c of kept) report(c);
  return kept.length;
}

export const term: Rule = {
  id: 'term',
  description: 'Confusable words and non-standard political expressions (抗牢 → 扛牢, 法制宣传 → 法治宣传), from term packs.',
  defaultSeverity: 'warning',
  docs: {
    zh: '错别字、混淆词与不规范的政治表述（抗牢 → 扛牢）。',
    finds: 'confusable words and non-standard political expressions from a data pack (抗牢 → 扛牢, 习近平新时代法治思想 → 习近平法治思想, 法制宣传 → 法治宣传, 截止目前 → 截至目前 …), each entry with its allow-list (对抗牢笼, 法制审核), reason and source; a match must begin and end at a word boundary (`Intl.Segmenter`: 学习总书记 holds no 习总书记); words typed twice (全县全县)',
    fix: 'replaces with the preferred form; "add to the workspace allow-list"',
  },
  options: { terms: { type: 'array', items: { '$ref': '#/definitions/term' }, description: '追加的错误写法 → 正确写法。Extra wrong → right entries.' }, allow: ALLOW_OPTION, builtin: { type: 'boolean', description: '是否使用内置词表（默认是）。Use the built-in pack (default true).' } },
  check(ctx) {
    const { analysis, doc, options, report } = ctx;
    const entries = entriesFor(options.terms, options.builtin !== false);
    if (entries.length === 0) return;
    const allowed = allowedFilter(doc.prose, options.allow);
    let reported = 0;
    const compiled = compileTerms(entries);
    const raw = compiled.lineLocal
      ? scanByLine(analysis, { stage: 'term', scan: (from, to) => rawTermHits(doc.prose, compiled, from, to, analysis.budget), start: (h) => h.start, shift: shiftRawHit })
      : rawTermHits(doc.prose, compiled, 0, doc.prose.length, analysis.budget);
    const hits = finishTermHits(doc.prose, compiled, raw);
    // A repeated word that a pack entry already reports (非常非常) is reported once, by the entry.
    if (options.builtin !== false) reported += repeatedWords(ctx, (c) => !allowed(c.span) && !hits.some((h) => h.start < c.span.end && c.span.start < h.end));
    for (const hit of hits) {
      if (allowed(hit)) continue;
      if (++reported > MAX_FINDINGS_PER_RULE) return; // a garbled document: no writer reads more
      const found = doc.text.slice(hit.start, hit.end);
      const { entry, replacement } = hit;
      const why = entry.reason ? `：${entry.reason}` : '';
      const raw = replacement === '' ? `${q(found)}应删去${why}。` : `${q(found)}应为${q(replacement)}${why}。请改为${q(replacement)}。`;
      const title = (replacement === '' ? `删去${q(found)}` : `改为${q(replacement)}`).trim();
      report({
        message: raw.replace(/ (?=[：。，])/g, '').trim(),
        span: { start: hit.start, end: hit.end },
        severity: entry.severity,
        fixes: [{ title, edits: [{ start: hit.start, end: hit.end, text: replacement }], preferred: true }],
      });
    }
  },
};
