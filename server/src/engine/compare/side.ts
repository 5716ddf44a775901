// One report of a comparison, read once with the engine's own parse, profile choice, parts and
// figures, and shared by the compare rules.
import { AnalysisContext } from '../context';
import type { DocFigure } from '../figures/collect';
import type { PartedParagraph, PartRegions } from '../figures/parts';
import { NO_BUDGET } from '../packs/budget';
import type { EngineConfig, ProfileData, ReportDocument } from '../types';

export interface ReportSide {
  doc: ReportDocument;
  profile: ProfileData;
  /** Every prose paragraph with its profile part ('plans', 'problems', 'leadIn'…; null when unknown). */
  parts: readonly PartedParagraph[];
  /** Spans of the sections that stand for profile parts. */
  regions: PartRegions;
  figures: readonly DocFigure[];
  /** The report year: front matter or title, else a year opening the lead-in ("2022年以来，…"). */
  year: number | null;
}

const OPENING_YEAR = /^\s*(?:自|从)?((?:19|20)[0-9]{2})年(?:以来|来|度|，|,)/;

export function readSide(text: string, config: EngineConfig): ReportSide {
  // The parse, profile, parts and figures of an analysis (no pattern budget: a comparison
  // matched config patterns without one before the analysis context existed).
  const ctx = new AnalysisContext(text, config, { budget: NO_BUDGET });
  const { doc, profile } = ctx;
  const opening = doc.leadIn.length > 0 ? OPENING_YEAR.exec(doc.leadIn[0].text) : null;
  return {
    doc,
    profile,
    parts: ctx.paragraphParts,
    regions: ctx.partRegions,
    figures: ctx.figures,
    year: ctx.year ?? (opening ? Number(opening[1]) : null),
  };
}

/** Profile part ids that hold a report's problems (述法: problems; 法治政府: shortcomings). */
export const PROBLEM_PARTS = new Set(['problems', 'shortcomings']);
