// Units written after a number in reports, and what kind of quantity they make.

export type FigureKind = 'count' | 'percent' | 'money' | 'year' | 'other';

export interface UnitMatch {
  /** As written (万元, ％, 个百分点). */
  text: string;
  /** Normalised unit for comparisons (万元 → 元, ％ → %, 万人 → 人). */
  unit: string;
  kind: FigureKind;
  /** Factor to the normalised unit (万元 → 1e4). */
  scale: number;
}

const COUNT =
  '件次 人次 户次 场次 批次 课时 学时 件 项 次 户 人 名 个 位 场 家 起 条 批 期 篇 份 本 册 所 座 处 类 部 台 辆 套 支 队 间 张 幅 块 宗 笔 轮 届 节 堂 封 例 单 栋 村 镇';
const OTHER = '小时 分钟 公里 千米 平方米 公顷 亩 吨 米 天 岁 倍 月 日 号 年';

const TABLE: UnitMatch[] = ([
  { text: '个百分点', unit: '个百分点', kind: 'percent', scale: 1 },
  { text: '%', unit: '%', kind: 'percent', scale: 1 },
  { text: '％', unit: '%', kind: 'percent', scale: 1 },
  { text: '亿元', unit: '元', kind: 'money', scale: 1e8 },
  { text: '万元', unit: '元', kind: 'money', scale: 1e4 },
  { text: '千元', unit: '元', kind: 'money', scale: 1e3 },
  { text: '元', unit: '元', kind: 'money', scale: 1 },
  { text: '万人次', unit: '人次', kind: 'count', scale: 1e4 },
  { text: '万人', unit: '人', kind: 'count', scale: 1e4 },
  { text: '万户', unit: '户', kind: 'count', scale: 1e4 },
  { text: '万件', unit: '件', kind: 'count', scale: 1e4 },
  ...COUNT.split(' ').map((u) => ({ text: u, unit: u, kind: 'count' as const, scale: 1 })),
  ...OTHER.split(' ').map((u) => ({ text: u, unit: u, kind: 'other' as const, scale: 1 })),
] as UnitMatch[]).sort((a, b) => b.text.length - a.text.length);

/**
 * Words that begin with a unit character but are nouns of their own: "12部门" is twelve
 * departments, not twelve 部; "3次日" is not three 次. After these the number has no unit.
 */
const NOT_UNITS = new Set(
  '部门 部署 项目 人员 人民 人口 家庭 家长 名单 名称 条例 条件 期间 类型 处理 处置 场所 本人 本年 本级 户籍 所有 台账 次日 单位 个人 件事 年轻 月度 日常 天然 号召 村民 村级 镇村 米面 批示 节点 例会 位于 支持 队伍 座谈 册子 篇章 届时 间隔 块状 起草 起点 笔录 份额'.split(' '),
);

/** NOT_UNITS as numbers (first code × 65536 + second), looked up without slicing the text. */
const NOT_UNIT_PAIRS = new Set([...NOT_UNITS].map((w) => w.charCodeAt(0) * 0x10000 + w.charCodeAt(1)));

/** The units by their first character, each list in TABLE's order (longest first). */
const BY_FIRST = new Map<number, UnitMatch[]>();
for (const u of TABLE) {
  const c = u.text.charCodeAt(0);
  const list = BY_FIRST.get(c);
  if (list) list.push(u);
  else BY_FIRST.set(c, [u]);
}

/** The unit at `i` (longest match), or null. A lone 万/亿 has been read with the number. */
export function matchUnit(s: string, i: number): UnitMatch | null {
  // startsWith reads a negative position as 0.
  const list = BY_FIRST.get(s.charCodeAt(Math.max(0, i)));
  if (list === undefined) return null;
  for (const u of list) {
    if (!s.startsWith(u.text, i)) continue;
    if (u.text.length === 1 && i >= 0 && NOT_UNIT_PAIRS.has(s.charCodeAt(i) * 0x10000 + s.charCodeAt(i + 1))) return null;
    return u;
  }
  return null;
}
