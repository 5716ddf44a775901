// The figures of a whole document, read once and shared by the figure rules.
import { extractFigures, type Figure } from '../text/figures';
import type { Paragraph, ProfileData, ReportDocument } from '../types';
import { paragraphParts } from './parts';

export interface DocFigure {
  figure: Figure;
  paragraph: Paragraph;
  /** Profile part id of the paragraph ('plans', 'practice', 'leadIn'…), or null. */
  section: string | null;
}

const cache = new WeakMap<ReportDocument, WeakMap<ProfileData, DocFigure[]>>();

export function documentFigures(doc: ReportDocument, profile: ProfileData): DocFigure[] {
  let byProfile = cache.get(doc);
  if (!byProfile) cache.set(doc, (byProfile = new WeakMap()));
  let figures = byProfile.get(profile);
  if (!figures) {
    figures = [];
    for (const { paragraph, part } of paragraphParts(doc, profile)) {
      // Scan the prose view: markup and comments are blanked there, offsets are the same.
      const text = doc.prose.slice(paragraph.span.start, paragraph.span.end);
      for (const figure of extractFigures(text, paragraph.span.start)) figures.push({ figure, paragraph, section: part });
    }
    byProfile.set(profile, figures);
  }
  return figures;
}

/** Figures grouped by sentence (same sentenceStart), in document order. */
export function bySentence(figures: readonly DocFigure[]): DocFigure[][] {
  const out: DocFigure[][] = [];
  for (const f of figures) {
    const last = out[out.length - 1];
    if (last && last[0].figure.sentenceStart === f.figure.sentenceStart) last.push(f);
    else out.push([f]);
  }
  return out;
}
