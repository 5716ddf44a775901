// The "label" of a figure: the words right before the number, normalised so that two
// statements of one quantity get the same label ("办理人大代表建议12件" and "人大代表建议15件"
// are both 人大代表建议). Verbs that name a stage of the work (受理, 办结, 答复, 化解…) are
// kept: 受理信访事项40件 and 办结信访事项38件 are different quantities.

/** Longest label read before a number (keeps the work per figure bounded). */
export const MAX_LABEL = 24;
/** Longest noun phrase read after a unit ("开展12场宣传活动"). */
export const MAX_AFTER = 12;

/** Characters a label may contain, by UTF-16 code (NaN, past the end of a string, is none): CJK ideographs, 〇, and title/quote marks around names. */
export function isLabelCode(code: number): boolean {
  return isCjkCode(code) || code === 0x3007 || isMarkCode(code);
}

/** A CJK ideograph (or 〇), the characters cjkLength counts. */
function isCjkCode(code: number): boolean {
  return (code >= 0x3400 && code <= 0x9fff) || (code >= 0xf900 && code <= 0xfaff);
}

/** 《》“”‘’「」 */
function isMarkCode(code: number): boolean {
  return code === 0x300a || code === 0x300b || code === 0x201c || code === 0x201d || code === 0x2018 || code === 0x2019 || code === 0x300c || code === 0x300d;
}

/**
 * Words stripped from the front of a label, repeatedly: adverbs, generic verbs of doing or
 * counting, and scope words meaning "this year, all of it". Only the front: a scope written
 * before the verb (在宪法宣传周期间开展…) keeps the label apart from the plain one. 办理答复
 * is the handling itself (办理答复人大代表建议 = 办理人大代表建议); a bare 答复 is a stage and stays.
 */
const LEADING = [
  '本人', '我们', '我镇', '我县', '我区', '我市', '我乡', '我局', '我委', '我单位', '我',
  '截至目前', '截止目前', '本年度', '全街道', '全镇', '全县', '全区', '全市', '全乡', '全省', '全村', '全年', '年内', '本年', '今年', '当年',
  '同时', '此外', '另外', '目前', '共有', '现有', '累计', '共计', '合计', '总计', '先后', '其中', '分别',
  '积极', '扎实', '深入', '认真', '持续', '大力', '广泛', '及时', '有效', '全面', '依法', '严格', '主动', '定期', '常态化',
  '开展', '组织', '举办', '召开', '办理答复', '办理回复', '答复办理', '办理', '梳理', '编制', '完成了', '共', '已', '并', '还', '均', '又', '另', '现', '再',
];

/** Words that begin with a strippable character but are words of their own (共青团, 现场). */
const LEADING_PROTECTED = new Set('我国 共青 共同 共建 共享 共治 共商 现场 现代 现行 现金 现役 均衡 再生 再就 并联 还款 另行'.split(' '));

/** Words stripped from the end of a label (longest first). */
const TRAILING = ['分别为', '分别是', '均达到', '共计', '累计', '合计', '总计', '总数', '数量', '达到', '高达', '多达', '分别', '超过', '共有', '现有', '已有', '均达', '均为', '总量', '共', '达', '为', '了', '计', '有', '已', '均', '约', '近', '超', '逾', '仅', '数', '是', '的'];

/** Two-character words whose last character must not be stripped as a particle. */
const PROTECTED = new Set(
  '行为 作为 成为 认为 因为 以为 视为 称为 更为 较为 极为 表达 到达 传达 下达 送达 抵达 转达 直达 公共 所有 没有 固有 国有 特有 享有 具有 拥有 占有 审计 统计 设计 会计 估计 民生 总是 还是 就是 但是 凡是 目的 有的 是的'.split(' '),
);

/** Run-in ordinals and sequence words before a label: 一是, 二是, 首先, 其次, 最后. */
const ORDINAL = /^(?:[一二三四五六七八九十]{1,3}是|首先|其次|再次|最后|第[一二三四五六七八九十]{1,3}[，、]?)/;

/** Labels repeat within and across documents: remember the last many thousand (bounded). */
const memo = new Map<string, string>();
const MEMO_SIZE = 20000;

/** A word list grouped by the character at one end, each group in the list's order. */
function byChar(words: readonly string[], at: (w: string) => string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const w of words) {
    const c = at(w);
    const list = out.get(c);
    if (list) list.push(w);
    else out.set(c, [w]);
  }
  return out;
}

// Only the words that start (end) with a label's first (last) character can strip it; trying
// just those, in the same order, strips the same word.
const LEADING_BY_FIRST = byChar(LEADING, (w) => w[0]);
const TRAILING_BY_LAST = byChar(TRAILING, (w) => w[w.length - 1]);
const NO_WORDS: string[] = [];

export function normaliseLabel(raw: string): string {
  let out = memo.get(raw);
  if (out === undefined) {
    if (memo.size >= MEMO_SIZE) memo.clear();
    out = normalise(raw);
    memo.set(raw, out);
  }
  return out;
}

function normalise(raw: string): string {
  let s = raw.replace(ORDINAL, '');
  for (let changed = true; changed && s; ) {
    changed = false;
    for (const w of LEADING_BY_FIRST.get(s[0]) ?? NO_WORDS) {
      if (s.startsWith(w) && !(w.length === 1 && LEADING_PROTECTED.has(s.slice(0, 2)))) {
        s = s.slice(w.length);
        changed = true;
        break;
      }
    }
  }
  for (let changed = true; changed && s; ) {
    changed = false;
    for (const w of TRAILING_BY_LAST.get(s[s.length - 1]) ?? NO_WORDS) {
      if (!s.endsWith(w)) continue;
      if (w.length === 1 && PROTECTED.has(s.slice(-2))) break;
      s = s.slice(0, s.length - w.length);
      changed = true;
      break;
    }
  }
  return s;
}

/** Number of CJK characters (marks such as 《》 do not count). */
export function cjkLength(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (isCjkCode(c) || c === 0x3007) n++;
  }
  return n;
}

/**
 * What a figure counts: its label, or, when the label is short (开展12场宣传活动, 培训120名干部),
 * the label and the noun after the unit. After a full label, what follows is a predicate
 * (人大代表建议12件全部办结) and is left out.
 */
export function figureName(label: string, after: string): string {
  return cjkLength(label) >= 4 ? label : label + after;
}
