// Builds benchmark reports of a given size from the sample 述法报告: its sections are repeated
// and renumbered, its sentences reworded, and figure sentences (counts with 其中 parts, rates,
// money, years) added, so the corpus reads like a long real report. The sample's `*` slots are
// kept in every copy of their sentence, so findings stay as dense as in the sample.
import { createRng, type Rng } from './prng';

/** One paragraph of the sample: its run-in title (after 一是) and its sentences. */
interface SourceParagraph {
  title: string;
  sentences: string[];
}

interface Source {
  leadIn: string;
  /** The three part headings, without their 一、 markers. */
  parts: [string, string, string];
  practice: SourceParagraph[];
  problems: SourceParagraph[];
  plans: SourceParagraph[];
}

const PART_MARKER = /^[一二三四五六七八九十]{1,3}、/;
const ORDINAL_START = /^[一二三四五六七八九十]{1,3}是/;
/** Where a run-in item (一是/二是…) starts inside a paragraph: after a sentence end. */
const ITEM_SPLIT = /(?<=[。；])(?=[一二三四五六七八九十]{1,3}是)/;

function sentencesOf(text: string): string[] {
  return text.match(/[^。！？]+[。！？]?/g) ?? [];
}

function readParagraph(text: string): SourceParagraph {
  const body = text.trim().replace(ORDINAL_START, '');
  const [first, ...rest] = sentencesOf(body);
  return { title: first.replace(/[。！？]$/, ''), sentences: rest };
}

/** Splits the sample into its lead-in, its three parts and their paragraphs. */
export function readSample(sample: string): Source {
  const lines = sample.split(/\r?\n/).map((l) => l.trim()).filter((l) => l !== '');
  const headings = lines.filter((l) => PART_MARKER.test(l));
  if (headings.length !== 3) throw new Error(`the sample should have 3 part headings, found ${headings.length}`);
  const parts = headings.map((h) => h.replace(PART_MARKER, '')) as Source['parts'];
  const bodies: string[][] = [[], [], []];
  let part = -1;
  let leadIn = '';
  for (const l of lines) {
    if (PART_MARKER.test(l)) part++;
    else if (part < 0) leadIn += l;
    else bodies[part].push(l);
  }
  // The problems part is one paragraph holding 一是…二是…三是…: each item becomes a paragraph.
  const items = (ls: string[]): string[] => ls.flatMap((l) => l.split(ITEM_SPLIT));
  return {
    leadIn,
    parts,
    practice: items(bodies[0]).map(readParagraph),
    problems: items(bodies[1]).map(readParagraph),
    plans: items(bodies[2]).map(readParagraph),
  };
}

/** Rewordings applied at random, so repeated paragraphs are not identical strings. */
const SYNONYMS: [RegExp, string[]][] = [
  [/深入/, ['扎实', '持续', '全面']],
  [/加强/, ['强化', '着力加强']],
  [/不断(?=[增提加优努])/, ['持续', '进一步', '切实']],
  [/全面(?=[推提实])/, ['整体', '全方位', '系统']],
  [/积极/, ['主动', '大力', '认真']],
  [/推进(?=[法普依])/, ['推动', '促进', '深化']],
  [/提升/, ['提高', '增强']],
  [/认真/, ['切实', '严格', '扎实']],
  [/广泛/, ['深入', '大力', '持续']],
  [/有效/, ['切实', '显著', '明显']],
  [/群众(?!喜闻)/, ['居民', '村民', '辖区群众']],
  [/全镇/, ['全乡', '全街道', '辖区']],
  [/(?<!组织|推动)开展/, ['组织开展', '举办', '推动开展']],
  [/(?<!不)定期/, ['按季度', '每月', '常态化']],
];

const HEADINGS = {
  practice: [
    '强化组织领导', '健全工作机制', '推进依法决策', '规范行政执法', '深化普法宣传', '化解矛盾纠纷', '优化政务服务',
    '加强队伍建设', '落实学法制度', '推进政务公开', '完善监督体系', '强化合法性审核', '推进基层依法治理', '保障法治经费',
  ],
  problems: ['责任落实方面', '学法用法方面', '执法规范方面', '普法宣传方面', '基层治理方面', '制度建设方面', '队伍建设方面'],
  plans: ['提高依法履职能力', '压实法治建设责任', '提升普法工作实效', '规范执法行为', '健全矛盾化解机制', '加强法治队伍建设', '推进法治乡村建设'],
};

const TOWNS = ['城关', '新华', '红旗', '东风', '和平', '建设', '团结', '光明', '胜利', '先锋'];
const VILLAGE_1 = '东西南北新沙河柳杨李王张石龙马高白红黄青'.split('');
const VILLAGE_2 = '家坪园林山水田桥湖泉安康丰乐福寿兴旺平和'.split('');
const VILLAGE_3 = '庄湾川沟堡寨营岭滩铺'.split('');
const CASES = ['行政复议', '行政诉讼', '劳动争议', '土地纠纷', '婚姻家庭纠纷', '邻里纠纷'];
const OUTCOMES = [
  ['维持', '撤销', '驳回'],
  ['调解', '判决', '撤诉'],
  ['调解成功', '移交', '正在办理'],
];

/** A town and village (40 000 names), so that figures of different places rarely share a label. */
function place(rng: Rng): string {
  return `${rng.pick(TOWNS)}镇${rng.pick(VILLAGE_1)}${rng.pick(VILLAGE_2)}${rng.pick(VILLAGE_3)}村`;
}

function percent(part: number, whole: number): string {
  return (Math.round((part / whole) * 1000) / 10).toString();
}

const TEMPLATES = 8;

/** Remembers the last figure sentence, so that a slip can restate it with another value. */
export interface FigureState {
  last: { template: number; place: string } | null;
}

/**
 * One sentence with figures about a place. Most are consistent; a few carry the slips the
 * figure rules look for: parts larger than their total, a rate that does not match its counts,
 * last year's date, and the previous sentence restated with a different number.
 */
function figureSentence(rng: Rng, year: number, state: FigureState): string {
  const restate = state.last !== null && rng.chance(0.03);
  const template = restate ? state.last!.template : rng.int(0, TEMPLATES - 1);
  const where = restate ? state.last!.place : place(rng);
  state.last = { template, place: where };
  const slip = rng.chance(0.04);
  switch (template) {
    case 0: {
      const [o1, o2, o3] = rng.pick(OUTCOMES);
      const a = rng.int(3, 40);
      const b = rng.int(1, 20);
      const c = rng.int(1, 10);
      return `${where}共受理${rng.pick(CASES)}案件${a + b + c - (slip ? 2 : 0)}件，其中${o1}${a}件、${o2}${b}件、${o3}${c}件。`;
    }
    case 1: {
      const n = rng.int(20, 300);
      const k = n - rng.int(0, Math.min(5, n));
      return `${where}受理群众来信来访${n}件，办结${k}件，办结率${slip ? percent(k, n + 7) : percent(k, n)}%。`;
    }
    case 2:
      return `在${where}组织开展“法律明白人”培训${rng.int(2, 30)}场次，参训${rng.int(50, 2000)}人次。`;
    case 3:
      return `在${where}开展法治宣传活动${rng.int(1, 12)}场，发放资料${rng.int(200, 9000)}份，接待咨询${rng.int(20, 600)}人次。`;
    case 4: {
      const n = rng.int(10, 200);
      const k = n - rng.int(0, 6);
      return `排查化解${where}矛盾纠纷${n}起，成功化解${k}起，化解率${percent(k, n)}%。`;
    }
    case 5:
      return `为${where}落实法治建设专项经费${rng.int(5, 90)}.${rng.int(1, 9)}万元，较上年增长${rng.int(2, 30)}%。`;
    case 6:
      return `${where}审核行政规范性文件和重大行政决策${rng.int(3, 60)}件，提出意见${rng.int(1, 40)}条，合法性审核率100%。`;
    default:
      return `${slip ? year - 1 : year}年${rng.int(1, 12)}月，${where}召开法治建设专题会议${rng.int(1, 6)}次，研究问题${rng.int(1, 15)}项。`;
  }
}

function reword(rng: Rng, sentence: string): string {
  let s = sentence;
  for (const [word, alternatives] of SYNONYMS) {
    if (word.test(s) && rng.chance(0.35)) s = s.replace(word, rng.pick(alternatives));
  }
  return s;
}

/** A varied copy of a sample paragraph, without its ordinal (added when it is placed). */
function paragraphBody(rng: Rng, src: SourceParagraph, year: number, state: FigureState): { title: string; body: string } {
  const kept = src.sentences.filter((s) => /[*＊]/.test(s) || !rng.chance(0.2)).map((s) => reword(rng, s));
  const figures = rng.int(1, 3);
  for (let i = 0; i < figures; i++) kept.splice(rng.int(0, kept.length), 0, figureSentence(rng, year, state));
  const title = reword(rng, src.title);
  return { title: rng.chance(0.1) ? `**${title}**` : title, body: kept.join('') };
}

const CN = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
/** 1 → 一, 12 → 十二, 40 → 四十 (1 … 99). */
export function chineseNumber(n: number): string {
  if (n < 10) return CN[n];
  const tens = Math.floor(n / 10);
  return (tens === 1 ? '' : CN[tens]) + '十' + CN[n % 10];
}

function utf8Length(s: string): number {
  return Buffer.byteLength(s, 'utf8');
}

/** Groups items into runs of 2–5 (the last may be shorter). */
function groups<T>(rng: Rng, items: T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; ) {
    const n = rng.int(2, 5);
    out.push(items.slice(i, i + n));
    i += n;
  }
  return out;
}

/** Splits `items` into at most `max` nearly equal runs. */
function evenly<T>(items: T[], max: number): T[][] {
  const n = Math.min(max, items.length);
  const out: T[][] = [];
  for (let i = 0; i < n; i++) out.push(items.slice(Math.floor((i * items.length) / n), Math.floor(((i + 1) * items.length) / n)));
  return out;
}

const MAX_NUMBER = 99; // heading and ordinal numbers are read up to 九十九 / 99

/**
 * A part of the report (一、… with its （一）… subsections, and 1. … below them once 99
 * subsections are not enough), filled with about `budget` bytes of paragraphs.
 */
function part(rng: Rng, state: FigureState, marker: number, heading: string, pool: SourceParagraph[], headings: string[], budget: number, year: number): string {
  const paragraphs: { title: string; body: string }[] = [];
  for (let bytes = 0; bytes < budget || paragraphs.length === 0; ) {
    const p = paragraphBody(rng, rng.pick(pool), year, state);
    paragraphs.push(p);
    bytes += utf8Length(p.title) + utf8Length(p.body) + 12;
  }
  const out: string[] = [`## ${chineseNumber(marker)}、${heading}`];
  const placeParagraphs = (ps: { title: string; body: string }[]): void => {
    ps.forEach((p, i) => out.push(`${chineseNumber(Math.min(i + 1, MAX_NUMBER))}是${p.title}。${p.body}`));
  };
  // A rare skipped number, as writers make when they move a subsection.
  let n2 = 0;
  const next = (n: number): number => n + (rng.chance(0.01) && n + 2 <= MAX_NUMBER ? 2 : 1);
  const leaves = groups(rng, paragraphs);
  if (leaves.length <= MAX_NUMBER) {
    for (const leaf of leaves) {
      n2 = next(n2);
      out.push(`### （${chineseNumber(n2)}）${rng.pick(headings)}`);
      placeParagraphs(leaf);
    }
  } else {
    for (const sub of evenly(leaves, MAX_NUMBER)) {
      n2 = next(n2);
      out.push(`### （${chineseNumber(n2)}）${rng.pick(headings)}`);
      if (sub.length > MAX_NUMBER) throw new Error(`report too large for three heading levels (${leaves.length} groups)`);
      let n3 = 0;
      for (const leaf of sub) {
        n3 = next(n3);
        out.push(`#### ${n3}. ${rng.pick(headings)}`);
        placeParagraphs(leaf);
      }
    }
  }
  return out.join('\n\n');
}

/** Share of the body each part gets, as in the sample (practice is the bulk). */
const SHARES: [number, number, number] = [0.6, 0.12, 0.28];

/**
 * A Markdown report of about `targetBytes` UTF-8 bytes, the same for the same sample, size and
 * seed.
 */
export function generateReport(sample: string, targetBytes: number, seed: number): string {
  const src = readSample(sample);
  const rng = createRng(seed ^ targetBytes);
  const year = 2022;
  const title = `# ${year}年度述法报告`;
  const head = `${title}\n\n${src.leadIn}`;
  const body = Math.max(0, targetBytes - utf8Length(head));
  const state: FigureState = { last: null };
  const parts = [
    part(rng, state, 1, src.parts[0], src.practice, HEADINGS.practice, body * SHARES[0], year),
    part(rng, state, 2, src.parts[1], src.problems, HEADINGS.problems, body * SHARES[1], year),
    part(rng, state, 3, src.parts[2], src.plans, HEADINGS.plans, body * SHARES[2], year),
  ];
  return `${head}\n\n${parts.join('\n\n')}\n`;
}

/** Sizes the benchmark runs, by name. */
export const SIZES: { name: string; bytes: number }[] = [
  { name: '10KB', bytes: 10_000 },
  { name: '100KB', bytes: 100_000 },
  { name: '1MB', bytes: 1_000_000 },
  { name: '10MB', bytes: 10_000_000 },
];
