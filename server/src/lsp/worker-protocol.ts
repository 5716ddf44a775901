// Messages between the server and its analysis worker thread (background.ts, analysis-worker.ts).
// Plain data only: both ends structured-clone them.
import type { EngineConfig } from '../engine';
import type { OutlineDocument, OutlineResult } from './outline-result';

/** Server -> worker: analyse this text of the document (run number `seq`). */
export interface AnalyseRequest {
  kind: 'analyse';
  seq: number;
  uri: string;
  text: string;
  config: EngineConfig;
  /**
   * A shared Int32: the server sets it to 1 when it no longer wants this run (a newer version
   * arrived); the engine sees that at its next checkpoint and stops.
   */
  stop: SharedArrayBuffer;
}

/** Server -> worker: the document was closed; drop its memo. */
interface ForgetRequest {
  kind: 'forget';
  uri: string;
}

export type WorkerRequest = AnalyseRequest | ForgetRequest;

/**
 * The worker's result. Cloning the whole document model of a 4 MB report costs the server's
 * thread 50-100 ms, so the worker sends the outline only (no paragraphs, no prose), and neither the
 * text nor its line starts (the server has the text, puts it back and computes the line starts
 * from it: a 5 MB list of one-character items has 1.25 million lines, and cloning them costs more
 * memory than computing them). What the server answers from it
 * (diagnostics, code actions, outline, folding) needs no more; completion parses the text again
 * (Analyser.fullDocument).
 */
export type WorkerResult = Omit<OutlineResult, 'document'> & { document: Omit<OutlineDocument, 'text' | 'lineStarts'> };

/** Worker -> server, one reply per analyse request. */
export type AnalyseReply =
  | { seq: number; result: WorkerResult }
  | { seq: number; stopped: true }
  | { seq: number; error: string };
