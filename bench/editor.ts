// The editor path: the real language server over stdio, one report open, single-character
// edits sent one at a time, each timed from didChange to the publishDiagnostics of its version.
import { performance } from 'node:perf_hooks';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { allRules, analyze, createAnalysisCache } from '../server/src/engine';
import { keystrokeStages, type StageBreakdown } from './keystroke-stages';
import { startSession } from './lsp-session';
import { createRng, type Rng } from './prng';
import { median, percentile } from './stats';

export type EditWhere = 'figure' | 'heading' | 'anywhere';

export interface EditorResult {
  /** Spawn of `node dist/server.js --stdio` to the initialize result. */
  startToInitializeMs: number;
  /** didOpen to the first publishDiagnostics (a cold full analysis). */
  openMs: number;
  diagnosticsOnOpen: number;
  edits: { where: EditWhere; op: 'insert' | 'delete'; ms: number }[];
  p50: number;
  p95: number;
  max: number;
  median: number;
  diagnosticsAtEnd: number;
  /**
   * The same edits replayed in this process, timing analyze() alone on each version: the part
   * of the latency that is the engine's, the rest being the server and the protocol. Without a
   * cache (a full analysis of every version), and with one cache for the document, as the
   * server analyses (incremental: only what an edit changed is analysed again).
   */
  analyzeOnly: { p50: number; p95: number; max: number };
  analyzeCached: { p50: number; p95: number; max: number };
  /** The same edits through the server's stages one by one, in this process (keystroke-stages.ts). */
  stages: StageBreakdown;
}

export const URI = 'file:///bench/report.md';
const DIGITS = '0123456789';
const CJK = '的法治工作人员建设推进一二三是、。，';

/** Offsets of every digit and of every heading's text: where edits that matter land. */
function targets(text: string): { figures: number[]; headings: number[] } {
  const figures: number[] = [];
  const headings: number[] = [];
  for (const m of text.matchAll(/[0-9]+/g)) for (let i = 0; i < m[0].length; i++) figures.push(m.index! + i);
  for (const m of text.matchAll(/^#{1,6} +([^\n]+)/gm)) {
    const start = m.index! + m[0].length - m[1].length;
    for (let i = 0; i < m[1].length; i++) headings.push(start + i);
  }
  return { figures, headings };
}

/**
 * One edit: inserts alternate with deletes (so the size stays put), the place cycles through a
 * figure, a heading and anywhere. Line breaks are never deleted, so the structure survives 200
 * edits.
 */
export function nextEdit(rng: Rng, text: string, i: number): { where: EditWhere; op: 'insert' | 'delete'; start: number; end: number; insert: string } {
  const where: EditWhere = (['figure', 'heading', 'anywhere'] as const)[i % 3];
  const op = i % 2 === 0 ? 'insert' : 'delete';
  const t = targets(text);
  const pool = where === 'figure' ? t.figures : where === 'heading' ? t.headings : [];
  let at = pool.length > 0 ? rng.pick(pool) : rng.int(0, text.length - 1);
  if (op === 'delete') {
    while (text[at] === '\n' || text[at] === '\r') at = rng.int(0, text.length - 1);
    return { where, op, start: at, end: at + 1, insert: '' };
  }
  const chars = where === 'figure' ? DIGITS : where === 'heading' ? CJK : DIGITS + CJK + '*';
  return { where, op, start: at, end: at, insert: rng.pick(chars.split('')) };
}

/**
 * Replays the session's edits (same seed, same sequence, applied the way the server's
 * TextDocument applies them) and times analyze() on each version, with or without a cache.
 */
function replayAnalyses(text: string, seed: number, count: number, cached: boolean): number[] {
  const doc = TextDocument.create(URI, 'markdown', 1, text);
  const cache = cached ? createAnalysisCache() : undefined;
  analyze(doc.getText(), { rules: allRules, cache });
  const rng = createRng(seed);
  const out: number[] = [];
  for (let i = 0; i < count; i++) {
    const e = nextEdit(rng, doc.getText(), i);
    TextDocument.update(doc, [{ range: { start: doc.positionAt(e.start), end: doc.positionAt(e.end) }, text: e.insert }], doc.version + 1);
    const current = doc.getText();
    const t0 = performance.now();
    analyze(current, { rules: allRules, cache });
    out.push(performance.now() - t0);
  }
  return out;
}

export async function editorSession(serverPath: string, text: string, seed: number, count = 200): Promise<EditorResult> {
  const session = await startSession(serverPath, { reportLint: { debounceMs: 0, run: 'onType' } });
  try {
    const doc = TextDocument.create(URI, 'markdown', 1, text);
    let t = performance.now();
    const opened = session.published(URI, 1);
    await session.open(URI, text);
    const first = await opened;
    const openMs = performance.now() - t;

    const rng = createRng(seed);
    const edits: EditorResult['edits'] = [];
    let last = first;
    for (let i = 0; i < count; i++) {
      const e = nextEdit(rng, doc.getText(), i);
      const range = { start: doc.positionAt(e.start), end: doc.positionAt(e.end) };
      const version = doc.version + 1;
      TextDocument.update(doc, [{ range, text: e.insert }], version);
      const done = session.published(URI, version);
      t = performance.now();
      await session.change(URI, version, range, e.insert);
      last = await done;
      edits.push({ where: e.where, op: e.op, ms: performance.now() - t });
    }
    const ms = edits.map((e) => e.ms);
    const alone = replayAnalyses(text, seed, count, false);
    const cached = replayAnalyses(text, seed, count, true);
    const stages = keystrokeStages(text, seed, count);
    return {
      startToInitializeMs: session.startToInitializeMs,
      openMs,
      diagnosticsOnOpen: first.diagnostics.length,
      edits,
      p50: percentile(ms, 50),
      p95: percentile(ms, 95),
      max: Math.max(...ms),
      median: median(ms),
      diagnosticsAtEnd: last.diagnostics.length,
      analyzeOnly: { p50: percentile(alone, 50), p95: percentile(alone, 95), max: Math.max(...alone) },
      analyzeCached: { p50: percentile(cached, 50), p95: percentile(cached, 95), max: Math.max(...cached) },
      stages,
    };
  } finally {
    await session.stop();
  }
}
