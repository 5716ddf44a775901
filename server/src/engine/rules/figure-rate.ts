// figure-rate: a share over 100% ("办结率120%"), or a rate that contradicts the counts it is
// computed from in the same sentence ("受理40件，办结38件，办结率100%": 38/40 = 95%). Growth
// figures (增长120%) and rates that may exceed 100% (完成率) are left alone, and a rate is only
// recomputed when exactly one numerator and one denominator can be read.
import type { Figure } from '../text/figures';
import { isShareRate, OTHER_RATES, RATE_TERMS } from '../text/rates';
import type { Rule, RuleContext } from '../types';

const NEGATED = /(?:应|未|尚未|没有|不)$/;

export const figureRate: Rule = {
  id: 'figure-rate',
  description: 'A share rate over 100%, or a rate that does not match its counts in the same sentence.',
  defaultSeverity: 'warning',
  docs: {
    zh: '比率是否与数字相符、是否超过 100%。',
    finds: 'a share above 100%; a rate that contradicts its counts (受理40件，办结38件，办结率100%)',
    fix: 'sets the computed rate',
  },
  check(ctx) {
    for (const sentence of ctx.analysis.figureSentences) {
      // Most sentences hold no rate: nothing to read.
      if (!sentence.some((d) => d.figure.unit === '%' && d.figure.rates.length > 0)) continue;
      const figures = sentence.map((d) => d.figure);
      const reads = new SentenceCounts(figures);
      for (const f of figures) {
        if (f.unit !== '%' || f.growth || f.approx || f.rates.length === 0) continue;
        if (f.rates.some((r) => (OTHER_RATES as readonly string[]).includes(r))) continue;
        if (f.value > 100 && f.rates.every(isShareRate)) {
          ctx.report({
            message: `「${f.rates.join('、')}」为${f.text}，超过100%：比率不能超过100%，请核对。`,
            span: f.span,
          });
          continue;
        }
        checkAgainstCounts(ctx, f, reads);
      }
    }
  },
};

/**
 * The counts of one sentence that name each rate word's numerator and denominator, read once
 * per word: a sentence with thousands of rates and counts must stay linear, not rates × counts.
 */
class SentenceCounts {
  private readonly counts: Figure[];
  private readonly byWord = new Map<string, { nums: Figure[]; dens: Figure[] } | null>();

  constructor(figures: Figure[]) {
    this.counts = figures.filter((f) => f.kind === 'count' && !f.approx && !f.subPart && !f.growth);
  }

  of(word: string): { nums: Figure[]; dens: Figure[] } | null {
    let read = this.byWord.get(word);
    if (read !== undefined) return read;
    const terms = termsOf(word);
    read = null;
    if (terms) {
      const nums = this.counts.filter((f) => mentions(f.rawLabel, terms.num));
      const isNum = new Set(nums);
      // A figure that names the numerator is not the base (调解成功48件 is not 调解…件).
      const dens = this.counts.filter((f) => !isNum.has(f) && mentions(f.rawLabel, terms.den));
      read = { nums, dens };
    }
    this.byWord.set(word, read);
    return read;
  }
}

function checkAgainstCounts(ctx: RuleContext, rate: Figure, reads: SentenceCounts): void {
  for (const word of rate.rates) {
    const read = reads.of(word);
    if (!read) continue;
    const { nums, dens } = read;
    // Several of either: not sure which is which.
    if (nums.length !== 1 || dens.length !== 1) continue;
    const [num, den] = [nums[0], dens[0]];
    if (num.unit !== den.unit || den.value <= 0) continue;
    const actual = (num.value / den.value) * 100;
    const tolerance = rate.decimals === 0 ? 0.5 : Math.pow(10, -rate.decimals);
    if (Math.abs(actual - rate.value) <= tolerance + 1e-9) continue;
    const shown = actual.toFixed(rate.decimals);
    const exact = Math.abs(Number(shown) - actual) < 1e-9;
    ctx.report({
      message: `「${word}」按${num.text}÷${den.text}计算${exact ? '为' : '约为'}${shown}%，此处为${rate.text}：请核对数字或改正比率。`,
      span: rate.span,
      related: [
        { span: den.span, message: `基数${den.text}` },
        { span: num.span, message: `${num.text}` },
      ],
      fixes: [{ title: `改为${shown}%`, edits: [{ ...rate.numberSpan, text: shown }] }],
    });
    return;
  }
}

/** Numerator and denominator words of a rate: the table, else 应X for the base and X for the part. */
function termsOf(word: string): { num: string[]; den: string[] } | null {
  const known = RATE_TERMS[word];
  if (known) return known;
  const stem = word.endsWith('率') ? word.slice(0, -1) : '';
  return stem.length >= 2 ? { num: [stem], den: ['应' + stem] } : null;
}

/** Whether a label names one of `words`, not negated or as the base (未办结, 应公开). */
function mentions(label: string, words: string[]): boolean {
  for (const w of words) {
    for (let i = label.indexOf(w); i >= 0; i = label.indexOf(w, i + 1)) {
      if (w.startsWith('应') || !NEGATED.test(label.slice(0, i))) return true;
    }
  }
  return false;
}
