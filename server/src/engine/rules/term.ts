// term: confusable words and non-standard political expressions (抗牢 → 扛牢, 习近平新时代法治思想
// → 习近平法治思想), from the built-in pack plus a workspace's own entries, with a one-click fix.
// Options (filled by the config loader from .reportlintrc.json):
//   terms: TermEntry[]  extra entries (checked here again, bad ones skipped)
//   allow: string[]     words inside which nothing is flagged
//   builtin: false      leave out the built-in pack
import { scanByLine } from '../line-scan';
import { allowedFilter, builtinTerms, compileTerms, finishTermHits, rawTermHits, validateTerms } from '../packs';
import type { RawTermHit, TermEntry } from '../packs';
import { MAX_FINDINGS_PER_RULE } from '../packs/finding-sink';
import type { Rule } from '../types';
import { ALLOW_OPTION } from './options';

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

export const term: Rule = {
  id: 'term',
  description: 'Confusable words and non-standard political expressions (抗牢 → 扛牢, 法制宣传 → 法治宣传), from term packs.',
  defaultSeverity: 'warning',
  docs: {
    zh: '错别字、混淆词与不规范的政治表述（抗牢 → 扛牢）。',
    finds: 'confusable words and non-standard political expressions from a data pack (抗牢 → 扛牢, 习近平新时代法治思想 → 习近平法治思想, 法制宣传 → 法治宣传, 截止目前 → 截至目前 …), each entry with its allow-list (对抗牢笼, 法制审核), reason and source',
    fix: 'replaces with the preferred form; "add to the workspace allow-list"',
  },
  options: { terms: { type: 'array', items: { '$ref': '#/definitions/term' }, description: '追加的错误写法 → 正确写法。Extra wrong → right entries.' }, allow: ALLOW_OPTION, builtin: { type: 'boolean', description: '是否使用内置词表（默认是）。Use the built-in pack (default true).' } },
  check({ doc, options, report }) {
    const entries = entriesFor(options.terms, options.builtin !== false);
    if (entries.length === 0) return;
    const allowed = allowedFilter(doc.prose, options.allow);
    let reported = 0;
    const compiled = compileTerms(entries);
    const raw = compiled.lineLocal
      ? scanByLine(doc, { stage: 'term', scan: (from, to) => rawTermHits(doc.prose, compiled, from, to), start: (h) => h.start, shift: shiftRawHit })
      : rawTermHits(doc.prose, compiled);
    for (const hit of finishTermHits(doc.prose, compiled, raw)) {
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
