// Messages between the server and its analysis worker thread (background.ts, analysis-worker.ts).
// Plain data only: both ends structured-clone them.
import type { AnalysisResult, EngineConfig } from '../engine';

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
 * Worker -> server, one reply per analyse request. Cloning the whole document model of a 4 MB
 * report costs the server's thread 50-100 ms, so the result's document comes partial: `text`
 * and `lineStarts` empty (the server has the text, puts it back and computes the line starts
 * from it: a 5 MB list of one-character items has 1.25 million lines, and cloning them costs
 * more memory than computing them), and no paragraphs or prose (`leadIn`,
 * `paragraphs` and each section's `paragraphs` empty, `prose` empty). What the server answers
 * from it (diagnostics, code actions, outline, folding) needs none of those; completion parses
 * the text again (Analyser.fullDocument).
 */
export type AnalyseReply =
  | { seq: number; result: AnalysisResult }
  | { seq: number; stopped: true }
  | { seq: number; error: string };
