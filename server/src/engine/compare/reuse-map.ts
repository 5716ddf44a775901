// Which of this year's paragraphs come from last year's report, and how much of each part:
// computed once per comparison (compare-reused and compare-stale-year read it).
import type { Paragraph } from '../types';
import { coveredChars, normalise, overlap, SHINGLE, ShingleIndex, shingleHashes, type Normalised } from './shingles';
import type { ReportSide } from './side';

export interface ParagraphReuse {
  paragraph: Paragraph;
  part: string | null;
  norm: Normalised;
  /** Normalised characters that also occur in last year's report. */
  copied: number;
  /** copied / normalised length (0 for a text shorter than a shingle). */
  share: number;
  /** Last year's paragraph most of it comes from, or null. */
  source: Paragraph | null;
  /** Per normalised character: inside a shingle found in last year's report. */
  copiedChar: Uint8Array;
}

interface PartReuse {
  part: string;
  /** Normalised characters of the part, and of them those copied. */
  chars: number;
  copied: number;
  share: number;
}

export interface ReuseMap {
  paragraphs: ParagraphReuse[];
  parts: Map<string, PartReuse>;
}

export function reuseMap(last: ReportSide, current: ReportSide): ReuseMap {
  const index = new ShingleIndex();
  const lastParagraphs = last.doc.paragraphs;
  lastParagraphs.forEach((p, i) => index.add(shingleHashes(normalise(last.doc.prose, p.span.start, p.span.end)), i));
  const paragraphs: ParagraphReuse[] = [];
  const parts = new Map<string, PartReuse>();
  for (const { paragraph, part } of current.parts) {
    const norm = normalise(current.doc.prose, paragraph.span.start, paragraph.span.end);
    const o = overlap(index, shingleHashes(norm));
    const copied = coveredChars(o, norm.length);
    const copiedChar = new Uint8Array(norm.length);
    for (let i = 0; i < o.hit.length; i++) if (o.hit[i]) copiedChar.fill(1, i, i + SHINGLE);
    paragraphs.push({
      paragraph,
      part,
      norm,
      copied,
      share: norm.length > 0 ? copied / norm.length : 0,
      source: o.bestUnit >= 0 ? lastParagraphs[o.bestUnit] : null,
      copiedChar,
    });
    if (part === null) continue;
    let p = parts.get(part);
    if (!p) parts.set(part, (p = { part, chars: 0, copied: 0, share: 0 }));
    p.chars += norm.length;
    p.copied += copied;
  }
  for (const p of parts.values()) p.share = p.chars > 0 ? p.copied / p.chars : 0;
  return { paragraphs, parts };
}
