// Cooperative cancellation. A caller that may want an analysis stopped early (a newer version
// of the document arrived) passes a `shouldStop` check to analyze(); the engine asks it at its
// checkpoints (AnalysisContext.checkpoint: after the parse, before each rule, before each piece
// of per-paragraph or per-line work it cannot take from the memo) and unwinds with
// AnalysisStopped. The memo keeps the work done so far, so the next analysis does not repeat it.

/** Thrown out of analyze() when its `shouldStop` check said so. */
export class AnalysisStopped extends Error {
  constructor() {
    super('analysis stopped: a newer request superseded it');
    this.name = 'AnalysisStopped';
  }
}
