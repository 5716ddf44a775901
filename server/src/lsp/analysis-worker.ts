// Entry point of dist/analysis-worker.js: the worker thread that analyses large documents, so
// the server's own thread stays free for the writer's requests. One worker serves every large
// document (its compiled code stays warm), with a memo per document. A run the server no longer
// wants stops at the engine's next checkpoint; the memo keeps the work done, so the next run
// does not repeat it.
import { parentPort } from 'node:worker_threads';
import { analyze, AnalysisStopped, createAnalysisCache, type AnalysisCache, type ReportDocument, type Section } from '../engine';
import { collectIfLarge } from './collect-garbage';
import { errorText } from './error-text';
import type { OutlineSection } from './outline-result';
import type { AnalyseReply, AnalyseRequest, WorkerRequest, WorkerResult } from './worker-protocol';

const memos = new Map<string, AnalysisCache>();

const outline = (sections: Section[]): OutlineSection[] =>
  sections.map(({ heading, span, children }) => ({ heading, span, children: outline(children) }));

/** The document model without what is large to clone and rarely needed or what the server rebuilds from the text (worker-protocol.ts). */
function outlineOf({ frontMatter, title, sections, headings, comments }: ReportDocument): WorkerResult['document'] {
  return { frontMatter, title, sections: outline(sections), headings, comments };
}

function run({ seq, uri, text, config, stop }: AnalyseRequest): AnalyseReply {
  const flag = new Int32Array(stop);
  const stopped = () => Atomics.load(flag, 0) !== 0;
  // Requests queue up while a run is busy: the ones already superseded cost nothing.
  if (stopped()) return { seq, stopped: true };
  let memo = memos.get(uri);
  if (!memo) memos.set(uri, (memo = createAnalysisCache()));
  try {
    const result = analyze(text, { config, cache: memo, shouldStop: stopped });
    return { seq, result: { ...result, document: outlineOf(result.document) } };
  } catch (e) {
    if (e instanceof AnalysisStopped) return { seq, stopped: true };
    return { seq, error: errorText(e) };
  }
}

parentPort?.on('message', (request: WorkerRequest) => {
  if (request.kind === 'forget') memos.delete(request.uri);
  else {
    const reply = run(request);
    // Before the result crosses threads: the run's garbage must not peak with the server's copy.
    collectIfLarge();
    parentPort?.postMessage(reply);
  }
});
