// Collects a language rule's candidate findings, up to a limit: a hostile or badly garbled
// document (100,000 stray quotes) must cost little time, and no writer reads more than this.
import type { Finding } from '../types';

export type Candidate = Omit<Finding, 'rule' | 'severity'> & { severity?: Finding['severity'] };

/** Findings one language rule reports per document, at most. */
export const MAX_FINDINGS_PER_RULE = 1000;

/** The candidates of one check over part of a document, up to the limit (a check stops reading once it is full). */
export class Collector {
  readonly items: Candidate[] = [];

  constructor(private readonly limit = MAX_FINDINGS_PER_RULE) {}

  get full(): boolean {
    return this.items.length >= this.limit;
  }

  push(f: Candidate): void {
    if (!this.full) this.items.push(f);
  }
}

export class FindingSink {
  readonly items: Candidate[] = [];
  private inSection = 0;

  /** Each check gets its own quota, so one that fires everywhere cannot starve the others. */
  constructor(private readonly limit = MAX_FINDINGS_PER_RULE) {}

  /** Starts the next check's quota. */
  section(): this {
    this.inSection = 0;
    return this;
  }

  get full(): boolean {
    return this.inSection >= this.limit;
  }

  push(f: Candidate): void {
    if (this.full) return;
    this.items.push(f);
    this.inSection++;
  }

  /**
   * Reports the candidates in text order, one per place (the first pushed wins a tie, so the
   * more specific check should push first), skipping allowed ones, up to the limit.
   */
  flush(report: (f: Candidate) => void, allowed: (f: Candidate) => boolean): void {
    const sorted = [...this.items].sort((a, b) => a.span.start - b.span.start);
    let lastEnd = -1;
    let n = 0;
    for (const f of sorted) {
      if (f.span.start < lastEnd || allowed(f)) continue;
      lastEnd = f.span.end;
      report(f);
      if (++n >= MAX_FINDINGS_PER_RULE) return;
    }
  }
}
