// One time budget per analysis for the patterns that come from config files (term patterns,
// custom profiles' heading/title/lead-in patterns). The static check (safe-regex.ts) bounds each
// match; this bounds them all together: 400 patterns that each pass the check must not hold an
// analysis for minutes. When the budget is spent the remaining pattern work is skipped and the
// analysis says so (a warning finding, see analyze.ts); results stay correct but incomplete.
// Each analysis owns one (context.ts); code that matches outside an analysis passes its own or
// NO_BUDGET.

/** Milliseconds per analysis for all pattern matching. */
export const PATTERN_BUDGET_MS = 1500;

export class PatternBudget {
  private spent = 0;
  private out = false;

  constructor(private readonly limit: number = PATTERN_BUDGET_MS) {}

  /** Whether pattern work may go on. */
  left(): boolean {
    if (this.spent > this.limit) this.out = true;
    return !this.out;
  }

  /** Whether the budget has run out (the results of the work it bounds are incomplete). */
  get exhausted(): boolean {
    return this.out;
  }

  /** Counts `ms` of pattern matching against the budget. */
  spend(ms: number): void {
    this.spent += ms;
  }

  /** Runs one match under the budget: null (not run) when it is spent. */
  run<T>(f: () => T): T | null {
    if (!this.left()) return null;
    const t0 = performance.now();
    try {
      return f();
    } finally {
      this.spend(performance.now() - t0);
    }
  }
}

/** No limit, for matching outside an analysis (it keeps no state worth the name: it never runs out). */
export const NO_BUDGET: PatternBudget = new PatternBudget(Infinity);
