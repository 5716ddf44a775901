// Everything the server keeps for one open report, in one place: the pending analysis timer, the
// analysis in progress (and, on the worker, how to stop it), the last outcome with the inputs it
// was computed from, and the engine memo. Closing the document drops it whole
// (Analyser.forget), so nothing about a closed document lingers in some other map.
import type { AnalysisCache, EngineConfig, ReportDocument } from '../engine';
import type { BackgroundRun, WorkerSlot } from './background';
import type { OutlineResult } from './outline-result';
import type { Settings } from './settings';

/** What analysing one version of a document produced. */
export type Outcome =
  | { kind: 'analysed'; result: OutlineResult; configFile: string | null }
  | { kind: 'skipped'; reason: 'plaintext' }
  | { kind: 'skipped'; reason: 'too-large'; bytes: number; limit: number }
  | { kind: 'skipped'; reason: 'binary' }
  | { kind: 'failed' };

/** The engine config for a document and the config file it came from, if any. */
export interface EngineInput {
  config: EngineConfig;
  configFile: string | null;
}

/** The input an outcome is for: a client may send one version number twice with different text. */
export interface Input {
  version: number;
  /** The text (comparing the same string is O(1)). */
  text: string;
}

export interface LastOutcome extends Input {
  /** What the outcome was computed from besides the text: settings and engine config (inputKey). */
  key: string;
  outcome: Outcome;
  /** False once a settings or config event may have changed the inputs (until analysed again). */
  fresh: boolean;
}

export class DocumentState implements WorkerSlot {
  /** The debounced analysis waiting to run. */
  timer: NodeJS.Timeout | undefined;
  /** The analysis in progress (on the worker, it takes a while). */
  running: (Input & { outcome: Promise<Outcome | null> }) | undefined;
  last: LastOutcome | undefined;
  /** Engine memo on this thread: re-analysis reuses the work of unchanged paragraphs. */
  memo: AnalysisCache | undefined;
  /** The inputs of the last analysis besides the text, with their key (inputKey). */
  inputs: { settings: Settings; input: EngineInput | null; key: string } | undefined;
  /** The whole model parsed again from a worker's outline result, for completion. */
  parsed: { from: OutlineResult; document: ReportDocument } | undefined;
  // WorkerSlot: the run on the worker this document waits for, and the worker holding its memo.
  run: BackgroundRun | undefined;
  memoIn: WorkerSlot['memoIn'];

  constructor(readonly uri: string) {}

  /** The last outcome if it is of this input and its inputs are still known to hold. */
  freshOutcome(input: Input): Outcome | undefined {
    const last = this.last;
    return last?.fresh && sameInput(last, input) ? last.outcome : undefined;
  }

  /** The analysis in progress if it is of this input. */
  runningFor(input: Input): Promise<Outcome | null> | undefined {
    return this.running && sameInput(this.running, input) ? this.running.outcome : undefined;
  }

  /** The memo on this thread, made on first use. */
  threadMemo(create: () => AnalysisCache): AnalysisCache {
    return (this.memo ??= create());
  }

  /**
   * The key of these inputs, and the inputs to analyse with. The same settings and config objects
   * as last time (a config file's config is kept until the file changes) take the last key
   * without writing them out again: a config with term packs is hundreds of KB of JSON. Equal
   * inputs in new objects are passed as the last ones, so the engine's memo, which knows a config
   * by identity, does not write it out either.
   */
  keyed(settings: Settings, input: EngineInput | null): { key: string; input: EngineInput | null } {
    const last = this.inputs;
    if (last && last.settings === settings && last.input?.config === input?.config && last.input?.configFile === input?.configFile) {
      return { key: last.key, input: last.input };
    }
    const key = inputKey(settings, input);
    if (last?.key === key) return { key, input: last.input };
    this.inputs = { settings, input, key };
    return { key, input };
  }

  /** Settings or config may have changed: the last outcome is only reused after checking its inputs. */
  stale(): void {
    if (this.last) this.last.fresh = false;
  }

  clearTimer(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }
}

export function sameInput(a: Input, b: Input): boolean {
  return a.version === b.version && a.text === b.text;
}

/**
 * What an analysis depends on besides the text: the settings, the engine config and the config
 * file it came from, as text. A settings or config event that changes none of them (VS Code sends
 * one after every start) then costs no analysis.
 */
export function inputKey(settings: Settings, input: EngineInput | null): string {
  try {
    return JSON.stringify([settings, input]);
  } catch {
    // Not plain data (it always should be): never equal to another.
    return `unkeyed:${Math.random()}`;
  }
}
