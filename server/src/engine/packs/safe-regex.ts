// A static check that a user-supplied regular expression cannot backtrack out of control.
// JavaScript's engine backtracks, so `(a+)+$` on "aaaa…b" takes exponential time. We parse the
// pattern (it has already compiled with the 'u' flag, so the syntax is the strict one) and
// reject the shapes that cause it:
//   - a quantifier inside a quantified group (star height > 1): (a+)+, (a*b)*, (?:x{2})+;
//   - alternatives under a quantifier that can start with the same character, or be empty:
//     (a|ab)*, (\d|1)+, (a|)+;
//   - back-references (matching with them is NP-hard in general);
//   - too much repetition overall: the product of the quantifiers' upper bounds (an unbounded
//     one counts as the segment length patterns run on) must stay under a budget, which also
//     rules out polynomial blow-ups such as .*.*.*x.
// The check is linear in the pattern length. Patterns run on short segments (see segments.ts),
// so a pattern that passes costs at most budget × segment length steps per segment.

/** Longest text a pattern ever runs on (see segments.ts). */
export const SEGMENT_MAX = 500;
/** Largest allowed product of quantifier bounds (unbounded counts as SEGMENT_MAX). */
const REPEAT_BUDGET = 10_000;
/** The budget for profile patterns, matched against a heading, title or lead-in only: two unbounded repeats. */
export const PROFILE_BUDGET = 1_000_000;
/** Largest allowed explicit bound in {n,m}. */
const MAX_BOUND = 100;
const MAX_PATTERN_LENGTH = 500;

/** A set of code points: `neg` means "everything except `ranges`". */
interface CharSet {
  neg: boolean;
  ranges: [number, number][];
}

type Node =
  | { kind: 'chars'; set: CharSet }
  | { kind: 'seq'; items: Node[] }
  | { kind: 'alt'; alts: Node[] }
  | { kind: 'group'; body: Node; look: boolean }
  | { kind: 'quant'; body: Node; min: number; max: number }
  | { kind: 'assert' }
  | { kind: 'backref' };

export type PatternCheck = { ok: true; regex: RegExp } | { ok: false; message: string };

const ANY: CharSet = { neg: true, ranges: [] };
const DIGIT: CharSet = { neg: false, ranges: [[48, 57]] };
const WORD: CharSet = { neg: false, ranges: [[48, 57], [65, 90], [95, 95], [97, 122]] };
const SPACE: CharSet = {
  neg: false,
  ranges: [[9, 13], [32, 32], [160, 160], [0x1680, 0x1680], [0x2000, 0x200a], [0x2028, 0x2029], [0x202f, 0x202f], [0x205f, 0x205f], [0x3000, 0x3000], [0xfeff, 0xfeff]],
};
const negate = (s: CharSet): CharSet => ({ neg: !s.neg, ranges: s.ranges });

class Unsupported extends Error {}

/** Parser for the (already valid, 'u'-flag) pattern syntax; builds just what the checks need. */
class Parser {
  private i = 0;
  constructor(private readonly src: string) {}

  parse(): Node {
    const n = this.alternation();
    if (this.i < this.src.length) throw new Unsupported(`无法解析位置 ${this.i} 处的“${this.src[this.i]}”`);
    return n;
  }

  private peek(): string | undefined {
    return this.src[this.i];
  }

  private alternation(): Node {
    const alts = [this.sequence()];
    while (this.peek() === '|') {
      this.i++;
      alts.push(this.sequence());
    }
    return alts.length === 1 ? alts[0] : { kind: 'alt', alts };
  }

  private sequence(): Node {
    const items: Node[] = [];
    while (this.i < this.src.length && this.peek() !== '|' && this.peek() !== ')') {
      let atom = this.atom();
      const q = this.quantifier();
      if (q) atom = { kind: 'quant', body: atom, min: q.min, max: q.max };
      items.push(atom);
    }
    return items.length === 1 ? items[0] : { kind: 'seq', items };
  }

  private quantifier(): { min: number; max: number } | null {
    const c = this.peek();
    let q: { min: number; max: number } | null = null;
    if (c === '*') q = { min: 0, max: Infinity };
    else if (c === '+') q = { min: 1, max: Infinity };
    else if (c === '?') q = { min: 0, max: 1 };
    if (q) this.i++;
    else if (c === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(this.src.slice(this.i, this.i + 24));
      if (!m) return null;
      this.i += m[0].length;
      const min = Number(m[1]);
      q = { min, max: m[2] === undefined ? min : m[3] === '' ? Infinity : Number(m[3]) };
    }
    if (q && this.peek() === '?') this.i++; // lazy: same worst case
    return q;
  }

  private atom(): Node {
    const c = this.src[this.i++];
    switch (c) {
      case '^':
      case '$':
        return { kind: 'assert' };
      case '.':
        return { kind: 'chars', set: ANY };
      case '[':
        return { kind: 'chars', set: this.charClass() };
      case '(':
        return this.group();
      case '\\':
        return this.escape(false) as Node;
      default: {
        const cp = this.src.codePointAt(this.i - 1) as number;
        if (cp > 0xffff) this.i++;
        return { kind: 'chars', set: { neg: false, ranges: [[cp, cp]] } };
      }
    }
  }

  private group(): Node {
    let look = false;
    if (this.src.startsWith('?:', this.i)) this.i += 2;
    else if (this.src.startsWith('?=', this.i) || this.src.startsWith('?!', this.i)) {
      this.i += 2;
      look = true;
    } else if (this.src.startsWith('?<=', this.i) || this.src.startsWith('?<!', this.i)) {
      this.i += 3;
      look = true;
    } else if (this.src.startsWith('?<', this.i)) {
      const close = this.src.indexOf('>', this.i);
      if (close < 0) throw new Unsupported('命名分组缺少“>”');
      this.i = close + 1;
    } else if (this.peek() === '?') {
      throw new Unsupported('不支持的分组写法');
    }
    const body = this.alternation();
    if (this.peek() !== ')') throw new Unsupported('括号不配对');
    this.i++;
    return { kind: 'group', body, look };
  }

  /** An escape after the backslash; in a class, \b means backspace and there are no assertions. */
  private escape(inClass: boolean): Node | CharSet {
    const c = this.src[this.i++];
    const single = (cp: number): CharSet => ({ neg: false, ranges: [[cp, cp]] });
    const wrap = (s: CharSet): Node | CharSet => (inClass ? s : { kind: 'chars', set: s });
    switch (c) {
      case 'd':
        return wrap(DIGIT);
      case 'D':
        return wrap(negate(DIGIT));
      case 'w':
        return wrap(WORD);
      case 'W':
        return wrap(negate(WORD));
      case 's':
        return wrap(SPACE);
      case 'S':
        return wrap(negate(SPACE));
      case 'b':
        return inClass ? single(8) : { kind: 'assert' };
      case 'B':
        return { kind: 'assert' };
      case 'p':
      case 'P': {
        const close = this.src.indexOf('}', this.i);
        if (this.peek() !== '{' || close < 0) throw new Unsupported('\\p 需要 {属性名}');
        this.i = close + 1;
        return wrap(ANY); // a Unicode property: assume it may overlap with anything
      }
      case 'k':
        throw new Unsupported('不支持反向引用（\\k<名称>）');
      case 'u': {
        const m = /^\{([0-9A-Fa-f]+)\}|^([0-9A-Fa-f]{4})/.exec(this.src.slice(this.i, this.i + 10));
        if (!m) throw new Unsupported('\\u 转义不完整');
        this.i += m[0].length;
        return wrap(single(parseInt(m[1] ?? m[2], 16)));
      }
      case 'x': {
        const hex = this.src.slice(this.i, this.i + 2);
        this.i += 2;
        return wrap(single(parseInt(hex, 16)));
      }
      case 'c':
        return wrap(single(this.src.charCodeAt(this.i++) % 32));
      case 'n':
        return wrap(single(10));
      case 'r':
        return wrap(single(13));
      case 't':
        return wrap(single(9));
      case 'v':
        return wrap(single(11));
      case 'f':
        return wrap(single(12));
      case '0':
        return wrap(single(0));
      default:
        if (c !== undefined && c >= '1' && c <= '9') {
          if (inClass) throw new Unsupported('字符类中的数字转义');
          throw new Unsupported('不支持反向引用（\\1 等）');
        }
        if (c === '-' && inClass) return single(45);
        return wrap(single((c ?? '\\').codePointAt(0) as number));
    }
  }

  private charClass(): CharSet {
    let neg = false;
    if (this.peek() === '^') {
      neg = true;
      this.i++;
    }
    const ranges: [number, number][] = [];
    let broad = false; // holds a negated escape or a property: treat the class as "anything"
    const readOne = (): CharSet => {
      if (this.peek() === '\\') {
        this.i++;
        return this.escape(true) as CharSet;
      }
      const cp = this.src.codePointAt(this.i) as number;
      this.i += cp > 0xffff ? 2 : 1;
      return { neg: false, ranges: [[cp, cp]] };
    };
    while (this.i < this.src.length && this.peek() !== ']') {
      const a = readOne();
      if (this.peek() === '-' && this.src[this.i + 1] !== ']' && this.i + 1 < this.src.length) {
        this.i++;
        const b = readOne();
        if (a.neg || b.neg || a.ranges.length !== 1 || b.ranges.length !== 1) throw new Unsupported('字符范围写法有误');
        ranges.push([a.ranges[0][0], b.ranges[0][1]]);
        continue;
      }
      if (a.neg) broad = true;
      else ranges.push(...a.ranges);
    }
    if (this.peek() !== ']') throw new Unsupported('方括号不配对');
    this.i++;
    if (broad) return ANY;
    return { neg, ranges };
  }
}

// ---------------------------------------------------------------------------------------------

function inRanges(ranges: [number, number][], lo: number, hi: number): boolean {
  // Whether [lo, hi] is wholly covered by the union of `ranges`.
  const sorted = ranges.filter(([a, b]) => b >= lo && a <= hi).sort((x, y) => x[0] - y[0]);
  let next = lo;
  for (const [a, b] of sorted) {
    if (a > next) return false;
    next = Math.max(next, b + 1);
    if (next > hi) return true;
  }
  return next > hi;
}

function intersects(a: CharSet, b: CharSet): boolean {
  if (a.neg && b.neg) return true;
  if (!a.neg && !b.neg) return a.ranges.some(([a1, a2]) => b.ranges.some(([b1, b2]) => a1 <= b2 && b1 <= a2));
  const [pos, neg] = a.neg ? [b, a] : [a, b];
  return pos.ranges.some(([lo, hi]) => !inRanges(neg.ranges, lo, hi));
}

function union(a: CharSet, b: CharSet): CharSet {
  if (a.neg || b.neg) return ANY; // conservative
  return { neg: false, ranges: [...a.ranges, ...b.ranges] };
}

const EMPTY: CharSet = { neg: false, ranges: [] };

/** What the node can match first, and whether it can match the empty string. */
function first(n: Node): { set: CharSet; nullable: boolean } {
  switch (n.kind) {
    case 'chars':
      return { set: n.set, nullable: false };
    case 'assert':
    case 'backref':
      return { set: EMPTY, nullable: true };
    case 'group':
      return n.look ? { set: EMPTY, nullable: true } : first(n.body);
    case 'quant': {
      const f = first(n.body);
      return { set: f.set, nullable: n.min === 0 || f.nullable };
    }
    case 'alt': {
      let set = EMPTY;
      let nullable = false;
      for (const a of n.alts) {
        const f = first(a);
        set = union(set, f.set);
        nullable ||= f.nullable;
      }
      return { set, nullable };
    }
    case 'seq': {
      let set = EMPTY;
      for (const item of n.items) {
        const f = first(item);
        set = union(set, f.set);
        if (!f.nullable) return { set, nullable: false };
      }
      return { set, nullable: true };
    }
  }
}

function containsQuant(n: Node): boolean {
  switch (n.kind) {
    case 'quant':
      return true;
    case 'group':
      return containsQuant(n.body);
    case 'seq':
      return n.items.some(containsQuant);
    case 'alt':
      return n.alts.some(containsQuant);
    default:
      return false;
  }
}

/** Alternations reachable inside a quantified body (through groups and sequences). */
function overlappingAlternation(n: Node): boolean {
  switch (n.kind) {
    case 'alt': {
      const firsts = n.alts.map(first);
      if (firsts.some((f) => f.nullable)) return true;
      for (let i = 0; i < firsts.length; i++) for (let j = i + 1; j < firsts.length; j++) if (intersects(firsts[i].set, firsts[j].set)) return true;
      return n.alts.some(overlappingAlternation);
    }
    case 'group':
      return overlappingAlternation(n.body);
    case 'seq':
      return n.items.some(overlappingAlternation);
    default:
      return false;
  }
}

interface Walk {
  problem: string | null;
  cost: number;
  unbounded: number;
}

function walk(n: Node, w: Walk): void {
  if (w.problem) return;
  switch (n.kind) {
    case 'backref':
      w.problem = '不支持反向引用';
      return;
    case 'quant': {
      if (n.max !== Infinity && n.max > MAX_BOUND) {
        w.problem = `重复次数上限 ${n.max} 过大，最多 ${MAX_BOUND}`;
        return;
      }
      // An optional part ((?:a+)?) runs at most once, so only a repeating outer quantifier counts.
      if (n.max > 1 && containsQuant(n.body)) {
        w.problem = '量词嵌套（如 (a+)+），可能导致匹配时间爆炸';
        return;
      }
      const f = first(n.body);
      if (n.max > 1 && f.nullable) {
        w.problem = '被重复的部分可能为空（如 (a?)* 或 (a|)+）';
        return;
      }
      if (n.max > 1 && overlappingAlternation(n.body)) {
        w.problem = '重复的分组中有可以从同一个字开始的多个选项（如 (a|ab)+），可能导致匹配时间爆炸';
        return;
      }
      if (n.max === Infinity) w.unbounded++;
      w.cost *= Math.min(n.max, SEGMENT_MAX) + 1;
      walk(n.body, w);
      return;
    }
    case 'group':
      walk(n.body, w);
      return;
    case 'seq':
      for (const i of n.items) walk(i, w);
      return;
    case 'alt':
      for (const a of n.alts) walk(a, w);
      return;
    default:
      return;
  }
}

/**
 * Literal strings of which every match holds at least one (做出(?=决定) → ["做出"]), or null
 * when none is known. The matcher runs a pattern only on segments that contain one of them.
 */
function required(n: Node): string[] | null {
  switch (n.kind) {
    case 'chars':
      return !n.set.neg && n.set.ranges.length === 1 && n.set.ranges[0][0] === n.set.ranges[0][1] ? [String.fromCodePoint(n.set.ranges[0][0])] : null;
    case 'group':
      return n.look ? null : required(n.body);
    case 'quant':
      return n.min >= 1 ? required(n.body) : null;
    case 'alt': {
      const out: string[] = [];
      for (const a of n.alts) {
        const r = required(a);
        if (!r) return null;
        out.push(...r);
      }
      return out;
    }
    case 'seq': {
      // The longest run of single characters, else the best set an item gives.
      let best: string[] | null = null;
      const score = (r: string[]): number => Math.min(...r.map((x) => x.length)) - r.length / 100;
      const consider = (r: string[] | null): void => {
        if (r && r.length > 0 && (!best || score(r) > score(best))) best = r;
      };
      let run = '';
      for (const item of n.items) {
        const r = item.kind === 'chars' ? required(item) : null;
        if (r) {
          run += r[0];
          continue;
        }
        if (run) consider([run]);
        run = '';
        if (item.kind !== 'chars') consider(required(item));
      }
      if (run) consider([run]);
      return best;
    }
    default:
      return null;
  }
}

export function requiredLiterals(source: string): string[] | null {
  try {
    const r = required(new Parser(source).parse());
    return r && r.every((x) => x.length > 0) ? r : null;
  } catch {
    return null;
  }
}

/**
 * Checks a pattern and compiles it with the 'u' flag. Never throws: a syntax error, an
 * unsupported construct or a risky shape comes back as a Chinese message saying what to change.
 */
export function checkPattern(source: string, options: { budget?: number } = {}): PatternCheck {
  const budget = options.budget ?? REPEAT_BUDGET;
  if (typeof source !== 'string' || source.length === 0) return { ok: false, message: '模式不能为空。' };
  if (source.length > MAX_PATTERN_LENGTH) return { ok: false, message: `模式过长（${source.length} 字符），请控制在 ${MAX_PATTERN_LENGTH} 字符以内。` };
  let regex: RegExp;
  try {
    regex = new RegExp(source, 'u');
  } catch (e) {
    return { ok: false, message: `正则表达式有语法错误：${e instanceof Error ? e.message : String(e)}。请修正写法。` };
  }
  let tree: Node;
  try {
    tree = new Parser(source).parse();
  } catch (e) {
    if (e instanceof Unsupported) return { ok: false, message: `${e.message}，请改用简单写法。` };
    throw e;
  }
  const w: Walk = { problem: null, cost: 1, unbounded: 0 };
  walk(tree, w);
  if (w.problem) return { ok: false, message: `${w.problem}。请去掉嵌套的重复，改用有上限的写法，如 [^，。]{0,10}。` };
  if (w.cost > budget) {
    const most = budget >= (SEGMENT_MAX + 1) ** 2 ? '两处' : '一处';
    const why = w.unbounded > 1 ? `不限次数的重复（*、+、{n,}）超过${most}` : '重复次数的组合过多';
    return { ok: false, message: `${why}，匹配可能很慢。请最多保留${most} * 或 +，其余改用小的上限，如 {0,10}。` };
  }
  if (first(tree).nullable) return { ok: false, message: '模式可能匹配空字符串，请让它至少匹配一个字。' };
  return { ok: true, regex };
}
