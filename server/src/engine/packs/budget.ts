// One time budget per analysis for the patterns that come from config files (term patterns,
// custom profiles' heading/title/lead-in patterns). The static check (safe-regex.ts) bounds each
// match; this bounds them all together: 400 patterns that each pass the check must not hold an
// analysis for minutes. When the budget is spent the remaining pattern work is skipped and the
// analysis says so (a warning finding, see analyze.ts); results stay correct but incomplete.

/** Milliseconds per analysis for all pattern matching. */
export const PATTERN_BUDGET_MS = 1500;

interface Budget {
  spent: number;
  limit: number;
  exhausted: boolean;
}

let active: Budget | null = null;

/** Runs `f` under a fresh budget; reports whether the budget ran out. */
export function withPatternBudget<T>(f: () => T, limitMs = PATTERN_BUDGET_MS): { value: T; exhausted: boolean } {
  const outer = active;
  const budget: Budget = { spent: 0, limit: limitMs, exhausted: false };
  active = budget;
  try {
    return { value: f(), exhausted: budget.exhausted };
  } finally {
    active = outer;
  }
}

/** Whether pattern work may go on (always, outside withPatternBudget). */
export function patternBudgetLeft(): boolean {
  if (active === null) return true;
  if (active.spent > active.limit) active.exhausted = true;
  return !active.exhausted;
}

/** Whether the running analysis's budget has run out (its results are incomplete). */
export function patternBudgetExhausted(): boolean {
  return active?.exhausted ?? false;
}

/** Counts `ms` of pattern matching against the running budget. */
export function spendPatternTime(ms: number): void {
  if (active) active.spent += ms;
}

/** Runs one match under the budget: null (not run) when it is spent. */
export function budgeted<T>(f: () => T): T | null {
  if (!patternBudgetLeft()) return null;
  const t0 = performance.now();
  try {
    return f();
  } finally {
    spendPatternTime(performance.now() - t0);
  }
}
