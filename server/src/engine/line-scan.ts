// Scans of the prose that read each line on its own, remembered per line for incremental
// analysis. The language checks (numerals, punctuation, placeholders, terms) find matches that
// never cross a line break, and read at most a few characters before the line (lookbehinds);
// so a line's results depend only on its text and those characters, and a keystroke changes
// the results of one line. Without a cache the scan runs once over the whole text.
import type { Candidate } from './packs/finding-sink';
import { activeMemo, type Memo } from './memo';
import { patternBudgetExhausted } from './packs/budget';
import { checkpoint } from './stop';
import type { ReportDocument, Span } from './types';

/** Characters before a line that a scan may read (numeral's range check reads the most: 8). */
const LINE_CONTEXT = 8;

export interface LineScan<T> {
  /** Memo stage: the rule, the check and whatever else the results depend on. */
  stage: string;
  /** Results for the lines in [from, to) (whole lines), one list per check, each in text order. */
  scan(from: number, to: number): T[][];
  /** Where an item starts (it lies within the line it starts on). */
  start(item: T): number;
  /** The item moved `delta` units later. */
  shift(item: T, delta: number): T;
}

interface Lines {
  starts: number[];
  /**
   * Per line, what the stages remembered for it (stage → results), shared by all stages so a
   * line is looked up once. The key is the line's prose with the LINE_CONTEXT characters before
   * it, and its source text where that differs from the prose (blanked markup).
   */
  records: Map<string, unknown>[];
}

const linesOf = new WeakMap<ReportDocument, Lines>();

/**
 * Lines not remembered are scanned in runs of at most this many characters, with a checkpoint
 * before each, so a stopped analysis of a large document stops soon (stop.ts).
 */
const RUN_CHARS = 65_536;

/** The stage under which line records are kept; keys of other shapes get a suffix (see below). */
const LINES = 'lines';

/** Lines end after their \n (a lone \r stays inside: the scans treat it within a line). */
function lines(memo: Memo, doc: ReportDocument): Lines {
  let known = linesOf.get(doc);
  if (known) return known;
  const { prose, text } = doc;
  const starts = [0];
  for (let i = prose.indexOf('\n'); i >= 0 && i + 1 < prose.length; i = prose.indexOf('\n', i + 1)) starts.push(i + 1);
  const records: Map<string, unknown>[] = [];
  const main = memo.stage(LINES);
  const same = prose === text;
  for (let k = 0; k < starts.length; k++) {
    const start = starts[k];
    const end = k + 1 < starts.length ? starts[k + 1] : prose.length;
    // Keys of different shapes never meet: lines too near the start for a full context, and
    // lines whose source differs, are kept under stages of their own. Prose and source lines
    // have the same length, so a key with both splits back into them one way only.
    const head = start < LINE_CONTEXT;
    let key = prose.slice(head ? 0 : start - LINE_CONTEXT, end);
    let stage = head ? memo.stage(`${LINES}^${start}`) : main;
    if (!same) {
      const source = text.slice(start, end);
      if (source !== prose.slice(start, end)) {
        key = `${key}\u0000${source}`;
        stage = memo.stage(`${LINES}${head ? `^${start}` : ''}~`);
      }
    }
    let record = stage.lookup<Map<string, unknown>>(key);
    if (record === undefined) stage.set(key, (record = new Map()));
    records.push(record);
  }
  known = { starts, records };
  linesOf.set(doc, known);
  return known;
}

interface PlacedLine<T> {
  offset: number;
  lists: T[][];
  /** No results at all (most lines): nothing to shift or copy, wherever the line is. */
  empty: boolean;
}

const emptyLines: PlacedLine<never>[] = [];

/** The shared record of a line without results, for scans with `checks` lists (never written to). */
function emptyLine(checks: number): PlacedLine<never> {
  let e = emptyLines[checks];
  if (!e) {
    const lists: never[][] = [];
    for (let c = 0; c < checks; c++) lists.push(Object.freeze([]) as unknown as never[]);
    emptyLines[checks] = e = Object.freeze({ offset: -1, lists: Object.freeze(lists) as never[][], empty: true }) as PlacedLine<never>;
  }
  return e;
}

/**
 * The scan's results over the whole prose, one list per check in text order: computed in one
 * pass, or (incremental analysis) assembled from the lines' remembered results, scanning only
 * the runs of lines not seen before.
 */
export function scanByLine<T>(doc: ReportDocument, s: LineScan<T>): T[][] {
  const memo = activeMemo();
  if (!memo) return s.scan(0, doc.prose.length);
  return scanLines(memo, doc, s);
}

function scanLines<T>(memo: Memo, doc: ReportDocument, s: LineScan<T>): T[][] {
  const { starts, records } = lines(memo, doc);
  const stage = s.stage;
  const n = starts.length;
  const prose = doc.prose;
  const placed: (PlacedLine<T> | undefined)[] = new Array(n);
  for (let k = 0; k < n; k++) placed[k] = records[k].get(stage) as PlacedLine<T> | undefined;
  let checks = -1;
  // Runs of lines not remembered: scan each run once and split its results by line.
  for (let k = 0; k < n; ) {
    if (placed[k] !== undefined) {
      k++;
      continue;
    }
    let j = k + 1;
    while (j < n && placed[j] === undefined && starts[j] - starts[k] < RUN_CHARS) j++;
    checkpoint();
    const found = s.scan(starts[k], j < n ? starts[j] : prose.length);
    checks = found.length;
    // Lines without results (most) share one record: a 5 MB table of 190,000 lines must not
    // hold a record with a list per check for each of them (hundreds of MB).
    for (let line = k; line < j; line++) placed[line] = emptyLine(checks) as PlacedLine<T>;
    for (let c = 0; c < checks; c++) {
      let line = k;
      for (const item of found[c]) {
        const at = s.start(item);
        while (line + 1 < j && starts[line + 1] <= at) line++;
        let p = placed[line] as PlacedLine<T>;
        if (p.empty) {
          const lists: T[][] = [];
          for (let d = 0; d < checks; d++) lists.push([]);
          placed[line] = p = { offset: starts[line], lists, empty: false };
        }
        p.lists[c].push(item);
      }
    }
    // Cut short by the pattern budget (packs/budget.ts): incomplete, so not remembered.
    if (!patternBudgetExhausted()) for (let line = k; line < j; line++) records[line].set(stage, placed[line]);
    k = j;
  }
  // The lines' results where the lines are now (moved lines are shifted, and kept so).
  if (checks < 0) checks = (placed[0] as PlacedLine<T>).lists.length;
  const out: T[][] = [];
  for (let c = 0; c < checks; c++) out.push([]);
  for (let k = 0; k < n; k++) {
    let p = placed[k] as PlacedLine<T>;
    if (p.empty) continue;
    if (p.offset !== starts[k]) {
      const delta = starts[k] - p.offset;
      const lists: T[][] = [];
      for (const list of p.lists) {
        const moved: T[] = [];
        for (const item of list) moved.push(s.shift(item, delta));
        lists.push(moved);
      }
      p = { offset: starts[k], lists, empty: false };
      records[k].set(stage, p);
    }
    for (let c = 0; c < checks; c++) {
      const list = p.lists[c];
      const into = out[c];
      for (let i = 0; i < list.length; i++) into.push(list[i]);
    }
  }
  return out;
}

/** A span moved `delta` units. */
function shiftSpan(span: Span, delta: number): Span {
  return { start: span.start + delta, end: span.end + delta };
}

/** A candidate finding moved `delta` units: its span, its fixes' edits, its related spans. */
export function shiftCandidate(c: Candidate, delta: number): Candidate {
  const out: Candidate = { ...c, span: shiftSpan(c.span, delta) };
  if (c.fixes) out.fixes = c.fixes.map((f) => ({ ...f, edits: f.edits.map((e) => ({ ...e, start: e.start + delta, end: e.end + delta })) }));
  if (c.related) out.related = c.related.map((r) => ({ ...r, span: shiftSpan(r.span, delta) }));
  return out;
}
