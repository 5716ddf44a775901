// The figures of a whole document, read once and shared by the figure rules.
import type { AnalysisContext } from '../context';
import { extractFigures, type Figure } from '../text/figures';
import type { Paragraph, ReportDocument } from '../types';
import { type FigurePeriod, figurePeriod, plainPeriod } from './period';
import { type Place, planWordsEnd, type Scope } from './scope';

export interface DocFigure {
  figure: Figure;
  paragraph: Paragraph;
  /** Profile part id of the paragraph ('plans', 'practice', 'leadIn'…), or null. */
  section: string | null;
  /** Review of work done, plan, other; null when unknown or mixed. */
  scope: Scope | null;
  /** The period it covers ('y:2025', 'span:十四五', 'this'…), null when unknown: see figures/period.ts. */
  period: string | null;
  /** Cuts of the period (上半年, cum for 累计/截至/以来…), sorted. */
  periodTags: string[];
}

/** How far into a sentence plan words are looked for (keeps the work per figure bounded). */
const PLAN_WINDOW = 80;

/** The figures of a document, read once per analysis (AnalysisContext.figures). */
export function documentFigures(ctx: AnalysisContext): DocFigure[] {
  const { doc } = ctx;
  const figures: DocFigure[] = [];
  const places = ctx.paragraphPlaces;
  const placer = new FigurePlacer();
  ctx.paragraphParts.forEach(({ paragraph, part }, i) => {
    // Scan the prose view: markup and comments are blanked there, offsets are the same.
    const text = doc.prose.slice(paragraph.span.start, paragraph.span.end);
    const found = ctx.memo ? rememberedFigures(ctx, text, paragraph.span.start) : extractFigures(text, paragraph.span.start);
    if (found.length === 0) return;
    const placed = places[i];
    let change = 0;
    let place = placed.place;
    for (const figure of found) {
      while (change < placed.changes.length && placed.changes[change].at <= figure.sentenceStart) place = placed.changes[change++].place;
      figures.push(placer.place(doc, figure, paragraph, part, place));
    }
  });
  return figures;
}

/**
 * Places figures read in document order. Figures of one sentence share its qualifiers (the same
 * array) and its plan words: both are read once per sentence, not once per figure.
 */
class FigurePlacer {
  private quals: readonly string[] | null = null;
  private qualsPlace: Place | null = null;
  private period: FigurePeriod | null = null;
  private sentence = -1;
  /** Document offset where the sentence's plan words end (Infinity: none). */
  private planEnd = Infinity;
  /** The period of figures whose sentence names none, one object per place (most figures). */
  private readonly plain = new Map<Place, FigurePeriod>();

  place(doc: ReportDocument, figure: Figure, paragraph: Paragraph, part: string | null, place: Place): DocFigure {
    if (this.period === null || figure.qualifiers !== this.quals || place !== this.qualsPlace) {
      if (figure.qualifiers.length > 0) this.period = figurePeriod(figure.qualifiers, place);
      else {
        let p = this.plain.get(place);
        if (!p) this.plain.set(place, (p = plainPeriod(place)));
        this.period = p;
      }
      this.quals = figure.qualifiers;
      this.qualsPlace = place;
    }
    const { period, tags, plan } = this.period;
    let scope = place.scope;
    if (scope !== 'plan') {
      if (figure.sentenceStart !== this.sentence) {
        this.sentence = figure.sentenceStart;
        const end = planWordsEnd(doc.prose.slice(figure.sentenceStart, figure.sentenceStart + PLAN_WINDOW));
        this.planEnd = end < 0 ? Infinity : figure.sentenceStart + end;
      }
      if (plan || this.planEnd <= figure.span.start) scope = 'plan';
    }
    return { figure, paragraph, section: part, scope, period, periodTags: tags };
  }
}

interface PlacedFigures {
  offset: number;
  figures: Figure[];
}

/**
 * The figures of a paragraph's prose text at `offset`, from the last analysis when the same
 * text was there (shifted if it moved). A paragraph's figures depend on its text alone.
 */
function rememberedFigures(ctx: AnalysisContext, text: string, offset: number): Figure[] {
  const memo = ctx.memo as NonNullable<AnalysisContext['memo']>;
  const placed = memo.get<PlacedFigures>('figures', text, () => {
    // Work not remembered is where time goes: a chance to stop.
    ctx.checkpoint();
    return { offset, figures: extractFigures(text, offset) };
  });
  // Most paragraphs have no figure: nothing to move.
  if (placed.offset === offset || placed.figures.length === 0) return placed.figures;
  const figures = placed.figures.map((f) => shiftFigure(f, offset - placed.offset));
  memo.set('figures', text, { offset, figures });
  return figures;
}

/** The same figure `delta` units later in the document (every field written out: faster than a spread). */
function shiftFigure(f: Figure, delta: number): Figure {
  return {
    span: { start: f.span.start + delta, end: f.span.end + delta },
    numberSpan: { start: f.numberSpan.start + delta, end: f.numberSpan.end + delta },
    text: f.text,
    value: f.value,
    decimals: f.decimals,
    unit: f.unit,
    unitText: f.unitText,
    kind: f.kind,
    rawLabel: f.rawLabel,
    label: f.label,
    after: f.after,
    name: f.name,
    labelCut: f.labelCut,
    approx: f.approx,
    part: f.part,
    partOf: f.partOf < 0 ? -1 : f.partOf + delta,
    subPart: f.subPart,
    respectively: f.respectively,
    growth: f.growth,
    rates: f.rates,
    qualifiers: f.qualifiers,
    sentenceStart: f.sentenceStart + delta,
    depth: f.depth,
  };
}

/** Figures grouped by sentence (same sentenceStart), in document order (AnalysisContext.figureSentences). */
export function bySentence(figures: readonly DocFigure[]): DocFigure[][] {
  const out: DocFigure[][] = [];
  for (const f of figures) {
    const last = out[out.length - 1];
    if (last && last[0].figure.sentenceStart === f.figure.sentenceStart) last.push(f);
    else out.push([f]);
  }
  return out;
}
