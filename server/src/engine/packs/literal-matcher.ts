// Finds many literal strings in one pass (Aho–Corasick), so a pack with thousands of words
// still costs time linear in the text (plus the number of hits). The automaton runs over every
// character of a document several times per analysis, so it is compiled to flat arrays:
// characters map to a small alphabet (most text characters are in no word and map to 0), and
// when the table is small enough the transitions are a dense table with the failure links
// folded in (one array read per character).

export interface LiteralHit {
  start: number;
  end: number;
  /** Index of the matched word in the list given to the constructor. */
  index: number;
}

/** Largest dense transition table (states × alphabet) kept; bigger automata follow failure links. */
const MAX_DENSE = 1 << 21;

export class LiteralMatcher {
  /** Character code → alphabet index (0: in no word); bytes when the alphabet is small, so it stays in cache. */
  private readonly classOf: Uint8Array | Uint16Array | Uint32Array;
  private readonly width: number;
  /** Dense transitions with failure links folded in, or null (then `next` and `fail` are used). */
  private readonly delta: Int32Array | null;
  /** Trie transitions, keyed by alphabet index. */
  private readonly next: Map<number, number>[] = [new Map()];
  private readonly fail: number[] = [0];
  /** Words ending at each state (its own, then through the output link). */
  private readonly out: number[][] = [[]];
  private readonly outLink: number[] = [-1];
  /** 1 where a state or its output links end a word. */
  private readonly emits: Uint8Array;

  constructor(private readonly words: readonly string[]) {
    const index = new Map<number, number>();
    for (const w of words) {
      for (let i = 0; i < w.length; i++) {
        const c = w.charCodeAt(i);
        if (!index.has(c)) index.set(c, index.size + 1);
      }
    }
    const classes = index.size;
    this.classOf = classes < 0x100 ? new Uint8Array(0x10000) : classes < 0x10000 ? new Uint16Array(0x10000) : new Uint32Array(0x10000);
    for (const [c, k] of index) this.classOf[c] = k;
    this.width = classes + 1;
    words.forEach((w, index) => {
      if (w.length === 0) return;
      let s = 0;
      for (let i = 0; i < w.length; i++) {
        const c = this.classOf[w.charCodeAt(i)];
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
    const states = this.next.length;
    const dense = states * this.width <= MAX_DENSE ? new Int32Array(states * this.width) : null;
    // Breadth-first: failure links, output links, and the dense rows (a state's failure state
    // is shallower, so its row is complete before the state's own).
    const queue: number[] = [0];
    for (let q = 0; q < queue.length; q++) {
      const s = queue[q];
      if (dense && s !== 0) dense.set(dense.subarray(this.fail[s] * this.width, (this.fail[s] + 1) * this.width), s * this.width);
      for (const [c, t] of this.next[s]) {
        if (s !== 0) {
          let f = this.fail[s];
          while (f > 0 && !this.next[f].has(c)) f = this.fail[f];
          const g = this.next[f].get(c);
          this.fail[t] = g !== undefined && g !== t ? g : 0;
          this.outLink[t] = this.out[this.fail[t]].length > 0 ? this.fail[t] : this.outLink[this.fail[t]];
        }
        if (dense) dense[s * this.width + c] = t;
        queue.push(t);
      }
    }
    this.delta = dense;
    this.emits = new Uint8Array(states);
    for (let s = 1; s < states; s++) this.emits[s] = this.out[s].length > 0 || this.outLink[s] > 0 ? 1 : 0;
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
    const { classOf, emits, width } = this;
    const delta = this.delta;
    let s = 0;
    if (delta !== null) {
      for (let i = from; i < to; i++) {
        s = delta[s * width + classOf[text.charCodeAt(i)]];
        if (emits[s] !== 0) this.emit(s, i, found);
      }
      return;
    }
    for (let i = from; i < to; i++) {
      const c = classOf[text.charCodeAt(i)];
      if (c === 0) {
        s = 0; // a character in no word: back to the root
        continue;
      }
      for (;;) {
        const t = this.next[s].get(c);
        if (t !== undefined) {
          s = t;
          break;
        }
        if (s === 0) break;
        s = this.fail[s];
      }
      if (emits[s] !== 0) this.emit(s, i, found);
    }
  }

  /** Reports the words that end at `i` in state `s`: its own, then along the output links. */
  private emit(s: number, i: number, found: (start: number, end: number, index: number) => void): void {
    for (let o = this.out[s].length > 0 ? s : this.outLink[s]; o > 0; o = this.outLink[o]) {
      for (const index of this.out[o]) found(i + 1 - this.words[index].length, i + 1, index);
    }
  }
}
