// One report of a comparison, read once with the engine's own parse, profile choice, parts and
// figures, and shared by the compare rules.
import { documentFigures, type DocFigure } from '../figures/collect';
import { paragraphParts, type PartedParagraph } from '../figures/parts';
import { parseReport } from '../parse/document';
import { selectProfile } from '../profiles/select';
import { reportYear } from '../report-year-of';
import type { EngineConfig, ProfileData, ReportDocument } from '../types';

export interface ReportSide {
  doc: ReportDocument;
  profile: ProfileData;
  /** Every prose paragraph with its profile part ('plans', 'problems', 'leadIn'…; null when unknown). */
  parts: PartedParagraph[];
  figures: DocFigure[];
  /** The report year: front matter or title, else a year opening the lead-in ("2022年以来，…"). */
  year: number | null;
}

const OPENING_YEAR = /^\s*(?:自|从)?((?:19|20)[0-9]{2})年(?:以来|来|度|，|,)/;

export function readSide(text: string, config: EngineConfig): ReportSide {
  const doc = parseReport(text);
  const { profile } = selectProfile(doc, config);
  const opening = doc.leadIn.length > 0 ? OPENING_YEAR.exec(doc.leadIn[0].text) : null;
  return {
    doc,
    profile,
    parts: paragraphParts(doc, profile),
    figures: documentFigures(doc, profile),
    year: reportYear(doc) ?? (opening ? Number(opening[1]) : null),
  };
}

/** Profile part ids that hold a report's problems (述法: problems; 法治政府: shortcomings). */
export const PROBLEM_PARTS = new Set(['problems', 'shortcomings']);
