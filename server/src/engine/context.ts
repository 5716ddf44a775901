// One analysis run: the document and everything derived from it that more than one rule reads
// (profile part matches, present parts, part regions, paragraph places, figures, numbering
// restarts, the lines the memo keeps work for, character positions), together with the run's
// own state (the memo, the stop check, the pattern budget). Built once per run (analyze.ts; a
// comparison builds one per report) and handed to every rule, so a rule sees what it depends on
// and nothing outlives the run in a module global. Derived data is computed on first use: a rule
// list without the figure rules never reads figures.
import { type Lines, memoLines } from './line-scan';
import type { Memo } from './memo';
import { PatternBudget } from './packs/budget';
import { documentFigures, bySentence, type DocFigure } from './figures/collect';
import { paragraphParts, partRegions, type PartedParagraph, type PartRegions } from './figures/parts';
import { paragraphPlaces, type PlacedParagraph } from './figures/scope';
import { parseReport } from './parse/document';
import { numberingRestarts } from './parse/restarts';
import { matchParts, type PartMatch } from './profiles/match';
import { presentParts, type PresentBy } from './profiles/presence';
import { selectProfile, type SelectedProfile } from './profiles/select';
import { reportYear } from './report-year-of';
import { AnalysisStopped } from './stop';
import { CharPositions } from './text/anchored';
import type { DocumentFormat, EngineConfig, ProfileData, ReportDocument } from './types';

export interface RunOptions {
  /** The document's incremental-analysis cache, begun for this run (memo.ts); none: compute everything. */
  memo?: Memo | null;
  /** Asked at checkpoints; true stops the run with AnalysisStopped (stop.ts). */
  shouldStop?: (() => boolean) | null;
  /** The time budget for config patterns (packs/budget.ts); a fresh one per run by default. */
  budget?: PatternBudget;
}

export class AnalysisContext {
  readonly doc: ReportDocument;
  readonly profile: ProfileData;
  /** How the profile was chosen. */
  readonly profileHow: SelectedProfile['how'];
  /** Report year from front matter or title, when known. */
  readonly year: number | null;
  /** How the text is written (EngineConfig.format). */
  readonly format: DocumentFormat;
  readonly memo: Memo | null;
  readonly budget: PatternBudget;
  /** Character positions shared by the rules' anchored scans (text/anchored.ts). */
  readonly positions = new CharPositions();
  private readonly shouldStop: (() => boolean) | null;

  private lineRecords: Lines | null | undefined;
  private matches: PartMatch[] | undefined;
  private present: Map<number, PresentBy> | undefined;
  private regions: PartRegions | undefined;
  private parted: PartedParagraph[] | undefined;
  private places: PlacedParagraph[] | undefined;
  private figureList: DocFigure[] | undefined;
  private sentences: DocFigure[][] | undefined;
  private restartList: number[] | undefined;

  /** Parses `text` and chooses its profile (checkpoint after the parse). */
  constructor(text: string, config: EngineConfig, options: RunOptions = {}) {
    this.memo = options.memo ?? null;
    this.shouldStop = options.shouldStop ?? null;
    this.budget = options.budget ?? new PatternBudget();
    this.doc = parseReport(text);
    this.checkpoint();
    const selected = selectProfile(this.doc, config, this.budget);
    this.profile = selected.profile;
    this.profileHow = selected.how;
    this.year = reportYear(this.doc);
    this.format = config.format === 'text' ? 'text' : 'markdown';
  }

  /** Throws AnalysisStopped if the run was asked to stop. */
  checkpoint(): void {
    if (this.shouldStop !== null && this.shouldStop()) throw new AnalysisStopped();
  }

  /** The lines and their memo records (line-scan.ts); null without a memo. */
  get lines(): Lines | null {
    if (this.lineRecords === undefined) this.lineRecords = this.memo ? memoLines(this.memo, this.doc) : null;
    return this.lineRecords;
  }

  /** The sections that stand for the profile's parts (profiles/match.ts). */
  get partMatches(): readonly PartMatch[] {
    return (this.matches ??= matchParts(this.doc, this.profile, this.budget));
  }

  /** The profile's parts the report has, and how each was found (profiles/presence.ts). */
  get presentParts(): ReadonlyMap<number, PresentBy> {
    return (this.present ??= presentParts(this.doc, this.profile, this.partMatches, this.budget));
  }

  /** Spans of the sections that stand for parts (figures/parts.ts). */
  get partRegions(): PartRegions {
    return (this.regions ??= partRegions(this.doc, this.partMatches));
  }

  /** Every prose paragraph with its part (figures/parts.ts). */
  get paragraphParts(): readonly PartedParagraph[] {
    return (this.parted ??= paragraphParts(this.doc, this.partRegions));
  }

  /** Every prose paragraph with its scope and period (figures/scope.ts). */
  get paragraphPlaces(): readonly PlacedParagraph[] {
    return (this.places ??= paragraphPlaces(this));
  }

  /** The figures of the document, placed (figures/collect.ts). */
  get figures(): readonly DocFigure[] {
    return (this.figureList ??= documentFigures(this));
  }

  /** The figures grouped by sentence, in document order. */
  get figureSentences(): readonly (readonly DocFigure[])[] {
    return (this.sentences ??= bySentence(this.figures));
  }

  /** Offsets after which numbering may start again (parse/restarts.ts). */
  get restarts(): readonly number[] {
    return (this.restartList ??= numberingRestarts(this.doc));
  }
}
