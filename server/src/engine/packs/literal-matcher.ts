// Finds many literal strings in one pass (Aho–Corasick), so a pack with thousands of words
// still costs time linear in the text (plus the number of hits).

export interface LiteralHit {
  start: number;
  end: number;
  /** Index of the matched word in the list given to the constructor. */
  index: number;
}

export class LiteralMatcher {
  private readonly next: Map<number, number>[] = [new Map()];
  private readonly fail: number[] = [0];
  /** Words ending at each state (its own, then through the output link). */
  private readonly out: number[][] = [[]];
  private readonly outLink: number[] = [-1];

  constructor(private readonly words: readonly string[]) {
    words.forEach((w, index) => {
      if (w.length === 0) return;
      let s = 0;
      for (let i = 0; i < w.length; i++) {
        const c = w.charCodeAt(i);
        let t = this.next[s].get(c);
        if (t === undefined) {
          t = this.next.length;
          this.next.push(new Map());
          this.fail.push(0);
          this.out.push([]);
          this.outLink.push(-1);
          this.next[s].set(c, t);
        }
        s = t;
      }
      this.out[s].push(index);
    });
    // Breadth-first: failure links and output links.
    const queue: number[] = [];
    for (const t of this.next[0].values()) queue.push(t);
    for (let q = 0; q < queue.length; q++) {
      const s = queue[q];
      for (const [c, t] of this.next[s]) {
        let f = this.fail[s];
        while (f > 0 && !this.next[f].has(c)) f = this.fail[f];
        const g = this.next[f].get(c);
        this.fail[t] = g !== undefined && g !== t ? g : 0;
        this.outLink[t] = this.out[this.fail[t]].length > 0 ? this.fail[t] : this.outLink[this.fail[t]];
        queue.push(t);
      }
    }
  }

  get size(): number {
    return this.words.length;
  }

  /** All occurrences of all words in `text[from, to)`, ordered by end offset. */
  findAll(text: string, from = 0, to = text.length): LiteralHit[] {
    const hits: LiteralHit[] = [];
    this.forEach(text, (start, end, index) => hits.push({ start, end, index }), from, to);
    return hits;
  }

  /** Calls `found` for each occurrence, ordered by end offset, without building a list. */
  forEach(text: string, found: (start: number, end: number, index: number) => void, from = 0, to = text.length): void {
    if (this.next[0].size === 0) return;
    const root = this.next[0];
    let s = 0;
    for (let i = from; i < to; i++) {
      const c = text.charCodeAt(i);
      if (s === 0) {
        // Most characters start no word: one lookup and on.
        const t = root.get(c);
        if (t === undefined) continue;
        s = t;
      } else {
        for (;;) {
          const t = this.next[s].get(c);
          if (t !== undefined) {
            s = t;
            break;
          }
          if (s === 0) break;
          s = this.fail[s];
        }
      }
      for (let o = this.out[s].length > 0 ? s : this.outLink[s]; o > 0; o = this.outLink[o]) {
        for (const index of this.out[o]) found(i + 1 - this.words[index].length, i + 1, index);
      }
    }
  }
}
