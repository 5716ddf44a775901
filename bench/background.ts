// Large documents through the real server, analysed on a worker thread (the default above
// 250,000 UTF-16 units) and, for comparison, on the server's own thread (backgroundAnalysisChars
// 0). Measures: didOpen → diagnostics (a cold analysis); how long a request for another, small
// document waits while that runs; single-character edits one at a time; and an edit sent while
// the cold analysis of the version before it is still running (the worker stops that run).
import { performance } from 'node:perf_hooks';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { startSession, type LspSession } from './lsp-session';
import { createRng } from './prng';
import { median, percentile } from './stats';

export interface ModeResult {
  openMs: number;
  /** foldingRange for a small document, sent every 25 ms until the large one's diagnostics arrive. */
  requestDuringOpen: { count: number; p50: number; max: number };
  edits: { count: number; p50: number; p95: number; max: number };
  /** Edits sent `interruptAfterMs` after didOpen: didChange → diagnostics of the edited version. */
  interrupted: { each: number[]; median: number; stalePublishes: number };
}

export interface BackgroundSize {
  name: string;
  bytes: number;
  worker: ModeResult;
  serverThread: ModeResult;
}

const SMALL = 'file:///bench/small.md';
const EDITS = 20;
const TRIALS = 5;
export const interruptAfterMs = 150;

function digitsOf(text: string): number[] {
  const out: number[] = [];
  for (const m of text.matchAll(/[0-9]/g)) out.push(m.index!);
  return out;
}

/** Opens `uri`, requesting folding ranges of the small document every 25 ms until it is published. */
async function openWhileAsking(s: LspSession, uri: string, text: string): Promise<{ openMs: number; waits: number[] }> {
  const published = s.published(uri, 1);
  const t0 = performance.now();
  await s.open(uri, text);
  let done = false;
  const waits: number[] = [];
  const asking = (async () => {
    while (!done) {
      const t = performance.now();
      await s.conn.sendRequest('textDocument/foldingRange', { textDocument: { uri: SMALL } });
      waits.push(performance.now() - t);
      await new Promise((r) => setTimeout(r, 25));
    }
  })();
  await published;
  const openMs = performance.now() - t0;
  done = true;
  await asking;
  return { openMs, waits };
}

async function measureMode(serverPath: string, text: string, small: string, backgroundAnalysisChars: number | undefined): Promise<ModeResult> {
  const s = await startSession(serverPath, { reportLint: { debounceMs: 0 }, backgroundAnalysisChars });
  try {
    const smallOpened = s.published(SMALL, 1);
    await s.open(SMALL, small);
    await smallOpened;

    const uri = 'file:///bench/large-0.md';
    const { openMs, waits } = await openWhileAsking(s, uri, text);

    const doc = TextDocument.create(uri, 'markdown', 1, text);
    const rng = createRng(7);
    const editMs: number[] = [];
    for (let i = 0; i < EDITS; i++) {
      const at = rng.pick(digitsOf(doc.getText()));
      const range = { start: doc.positionAt(at), end: doc.positionAt(at + 1) };
      const version = doc.version + 1;
      TextDocument.update(doc, [{ range, text: String(i % 10) }], version);
      const published = s.published(uri, version);
      const t = performance.now();
      await s.change(uri, version, range, String(i % 10));
      await published;
      editMs.push(performance.now() - t);
    }

    // The report opened anew under another URI (nothing in the memo), edited while its first
    // analysis runs; positions come from the unedited text.
    const original = TextDocument.create(uri, 'markdown', 1, text);
    const digits = digitsOf(text);
    const interrupted: number[] = [];
    let stalePublishes = 0;
    for (let trial = 1; trial <= TRIALS; trial++) {
      const fresh = `file:///bench/large-${trial}.md`;
      let stale = false;
      void s.published(fresh, 1).then(
        () => (stale = true),
        () => {},
      );
      await s.open(fresh, text);
      await new Promise((r) => setTimeout(r, interruptAfterMs));
      const at = digits[trial];
      const range = { start: original.positionAt(at), end: original.positionAt(at + 1) };
      const published = s.published(fresh, 2);
      const t = performance.now();
      await s.change(fresh, 2, range, 'x');
      await published;
      interrupted.push(performance.now() - t);
      // The first version's diagnostics, if any, came before the second's.
      if (stale) stalePublishes++;
      await s.close(fresh);
    }
    return {
      openMs,
      requestDuringOpen: { count: waits.length, p50: percentile(waits, 50), max: Math.max(...waits) },
      edits: { count: editMs.length, p50: percentile(editMs, 50), p95: percentile(editMs, 95), max: Math.max(...editMs) },
      interrupted: { each: interrupted, median: median(interrupted), stalePublishes },
    };
  } finally {
    await s.stop();
  }
}

export async function backgroundSession(serverPath: string, sizes: { name: string; text: string; bytes: number }[], small: string): Promise<BackgroundSize[]> {
  const out: BackgroundSize[] = [];
  for (const size of sizes) {
    const worker = await measureMode(serverPath, size.text, small, undefined);
    const serverThread = await measureMode(serverPath, size.text, small, 0);
    out.push({ name: size.name, bytes: size.bytes, worker, serverThread });
  }
  return out;
}
