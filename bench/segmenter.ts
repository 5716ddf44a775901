// What the word boundaries of the term rule cost (issue 11): Intl.Segmenter runs on the clause
// around each candidate match, and over the candidates of the repeated-word scan; timed on the
// benchmark corpus beside the whole term rule.
import { analyze } from '../server/src/engine';
import { builtinTerms, compileTerms, rawTermHits } from '../server/src/engine/packs';
import { parseReport } from '../server/src/engine/parse/document';
import { term } from '../server/src/engine/rules/term';
import { findRepeatedWords } from '../server/src/engine/text/repeated-words';
import { straddlesWord } from '../server/src/engine/text/word-boundaries';
import { timeInterleaved, type Timing, type TimingOptions } from './stats';

export function segmenterCost(text: string, timing: TimingOptions): { candidates: number; boundaries: Timing; repeated: Timing; rule: Timing } {
  const prose = parseReport(text).prose;
  const [literal, , ...patterns] = rawTermHits(prose, compileTerms(builtinTerms));
  const candidates = [...literal, ...patterns.flat()];
  const t = timeInterleaved(
    {
      boundaries: () => candidates.filter((h) => straddlesWord(prose, h.start, h.end)).length,
      repeated: () => findRepeatedWords(prose, 0, prose.length).length,
      rule: () => analyze(text, { rules: [term] }).findings.length,
    },
    timing,
  );
  return { candidates: candidates.length, ...t };
}
