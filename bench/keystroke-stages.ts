// Where a keystroke's time goes on the server's thread: the editor session's edits (editor.ts,
// same seed, same sequence) replayed in this process through the functions the server runs for
// each version, each stage timed on its own:
//   apply     TextDocuments applying the didChange (TextDocument.update) and getText()
//   settings  the settings to engine config (engineConfig, withFormat) and the inputs key
//   analyse   analyze() with the document's memo (incremental), as Analyser.run calls it
//   convert   findings to LSP diagnostics and the status counts (diagnostics.ts)
//   encode    JSON encoding of the publishDiagnostics message, as vscode-jsonrpc writes it
// What the end-to-end figure has on top of their sum is the transport (stdio both ways, the
// client's decoding), the event-loop turn the server yields before analysing, and scheduling.
import { performance } from 'node:perf_hooks';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyze, createAnalysisCache } from '../server/src/engine';
import { countSeverities, toDiagnostic } from '../server/src/lsp/diagnostics';
import { withFormat } from '../server/src/lsp/document-format';
import { inputKey } from '../server/src/lsp/document-state';
import { engineConfig, readSettings } from '../server/src/lsp/settings';
import { nextEdit, URI } from './editor';
import { createRng } from './prng';
import { percentile } from './stats';

export const STAGES = ['apply', 'settings', 'analyse', 'convert', 'encode'] as const;
export type Stage = (typeof STAGES)[number];

export interface StageFigures {
  p50: number;
  p95: number;
  mean: number;
}

export type StageBreakdown = Record<Stage | 'total', StageFigures> & { edits: number; diagnostics: number; jsonBytes: number };

function figures(ms: number[]): StageFigures {
  return { p50: percentile(ms, 50), p95: percentile(ms, 95), mean: ms.reduce((a, b) => a + b, 0) / ms.length };
}

export function keystrokeStages(text: string, seed: number, count: number): StageBreakdown {
  const settings = readSettings({ reportLint: { debounceMs: 0, run: 'onType' } });
  const doc = TextDocument.create(URI, 'markdown', 1, text);
  const memo = createAnalysisCache();
  analyze(doc.getText(), { config: engineConfig(settings), cache: memo });
  const rng = createRng(seed);
  const times: Record<Stage | 'total', number[]> = { apply: [], settings: [], analyse: [], convert: [], encode: [], total: [] };
  let diagnostics = 0;
  let jsonBytes = 0;
  for (let i = 0; i < count; i++) {
    const e = nextEdit(rng, doc.getText(), i);
    const range = { start: doc.positionAt(e.start), end: doc.positionAt(e.end) };
    const t0 = performance.now();
    TextDocument.update(doc, [{ range, text: e.insert }], doc.version + 1);
    const current = doc.getText();
    const t1 = performance.now();
    const input = withFormat(doc, { config: engineConfig(settings), configFile: null });
    inputKey(settings, input);
    const t2 = performance.now();
    const result = analyze(current, { config: input.config, cache: memo });
    const t3 = performance.now();
    const { lineStarts } = result.document;
    const diags = result.findings.map((f) => toDiagnostic(doc.uri, lineStarts, f));
    countSeverities(result.findings);
    const t4 = performance.now();
    const json = JSON.stringify({ jsonrpc: '2.0', method: 'textDocument/publishDiagnostics', params: { uri: doc.uri, version: doc.version, diagnostics: diags } });
    const bytes = Buffer.byteLength(json, 'utf8');
    const t5 = performance.now();
    times.apply.push(t1 - t0);
    times.settings.push(t2 - t1);
    times.analyse.push(t3 - t2);
    times.convert.push(t4 - t3);
    times.encode.push(t5 - t4);
    times.total.push(t5 - t0);
    diagnostics = diags.length;
    jsonBytes = bytes;
  }
  return {
    apply: figures(times.apply),
    settings: figures(times.settings),
    analyse: figures(times.analyse),
    convert: figures(times.convert),
    encode: figures(times.encode),
    total: figures(times.total),
    edits: count,
    diagnostics,
    jsonBytes,
  };
}
