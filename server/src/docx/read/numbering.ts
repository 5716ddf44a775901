// Word's automatic numbering (自动编号) from word/numbering.xml, turned into the text the reader
// sees: each list level has a start value, a format (w:numFmt) and a pattern (w:lvlText "%1、",
// "（%2）"); counters run per abstract list, a level restarts when a higher one moves on, and a
// list instance (w:num) may override a level's start. Paragraphs take numbering directly
// (w:numPr) or through their style.
import { formatNumber } from './number-formats';
import type { Styles } from './styles';
import { intAttr, isOn, parseXml } from './xml';

interface Level {
  start: number;
  format: string;
  text: string;
  /** Legal numbering: every %n of this level's pattern in decimal. */
  legal: boolean;
  /** What follows the number: a tab (Word's default), a space, or nothing. */
  suffix: 'tab' | 'space' | 'nothing';
  pStyle?: string;
}

interface Abstract {
  levels: Map<number, Level>;
  /** w:numStyleLink: the list is defined by the numbering of this style. */
  styleLink?: string;
}

interface Instance {
  abstractId: number;
  startOverrides: Map<number, number>;
  levelOverrides: Map<number, Level>;
}

export interface ListNumber {
  /** The number as shown, e.g. "一、" or "（二）" or "1."; "" for a bullet or format none. */
  text: string;
  bullet: boolean;
  suffix: Level['suffix'];
}

const newLevel = (): Level => ({ start: 1, format: 'decimal', text: '', legal: false, suffix: 'tab' });

export class Numbering {
  private readonly counters = new Map<number, (number | undefined)[]>();
  private readonly used = new Set<number>();

  constructor(
    private readonly abstracts: Map<number, Abstract>,
    private readonly instances: Map<number, Instance>,
    private readonly styles: Styles,
  ) {}

  /** The level of a list a paragraph style is attached to (w:pStyle in the level), default 0. */
  private levelOfStyle(abs: Abstract, styleId: string | undefined): number {
    if (styleId) for (const [i, l] of abs.levels) if (l.pStyle === styleId) return i;
    return 0;
  }

  private abstractOf(inst: Instance): [number, Abstract] | null {
    let id = inst.abstractId;
    for (let guard = 0; guard < 4; guard++) {
      const abs = this.abstracts.get(id);
      if (!abs) return null;
      if (!abs.styleLink) return [id, abs];
      const linked = this.styles.inherited(abs.styleLink, 'numId');
      const next = linked !== undefined ? this.instances.get(linked) : undefined;
      if (!next || next.abstractId === id) return [id, abs];
      id = next.abstractId;
    }
    return null;
  }

  /**
   * Advances the counters for a numbered paragraph and returns its number, or null when the
   * paragraph is not numbered (numId 0 switches a style's numbering off).
   */
  next(numId: number | undefined, ilvl: number | undefined, styleId: string | undefined): ListNumber | null {
    if (numId === undefined || numId === 0) return null;
    const inst = this.instances.get(numId);
    if (!inst) return null;
    const found = this.abstractOf(inst);
    if (!found) return null;
    const [absId, abs] = found;
    const lvl = Math.min(8, Math.max(0, ilvl ?? this.levelOfStyle(abs, styleId)));
    const levelAt = (i: number): Level => inst.levelOverrides.get(i) ?? abs.levels.get(i) ?? newLevel();
    let counters = this.counters.get(absId);
    if (!counters) this.counters.set(absId, (counters = []));
    if (!this.used.has(numId)) {
      // A list instance with start overrides restarts those levels where it is first used.
      this.used.add(numId);
      for (const i of inst.startOverrides.keys()) counters[i] = undefined;
    }
    const startOf = (i: number): number => inst.startOverrides.get(i) ?? levelAt(i).start;
    counters[lvl] = counters[lvl] === undefined ? startOf(lvl) : (counters[lvl] as number) + 1;
    for (let i = lvl + 1; i < 9; i++) counters[i] = undefined;
    const level = levelAt(lvl);
    if (level.format === 'bullet') return { text: '', bullet: true, suffix: level.suffix };
    const text = level.text.replace(/%([1-9])/g, (_m, d: string) => {
      const i = Number(d) - 1;
      if (i > lvl) return '';
      const value = counters[i] ?? startOf(i);
      return formatNumber(value, level.legal && i !== lvl ? 'decimal' : levelAt(i).format);
    });
    return { text, bullet: false, suffix: level.suffix };
  }
}

export function readNumbering(bytes: Uint8Array | undefined, styles: Styles): Numbering {
  const abstracts = new Map<number, Abstract>();
  const instances = new Map<number, Instance>();
  if (!bytes) return new Numbering(abstracts, instances, styles);
  let abs: Abstract | null = null;
  let inst: Instance | null = null;
  let level: Level | null = null;
  let levelIndex = 0;
  let overrideLevel: number | null = null;
  parseXml('word/numbering.xml', bytes, {
    open(name, a) {
      switch (name) {
        case 'w:abstractNum': {
          abs = { levels: new Map() };
          abstracts.set(intAttr(a, 'w:abstractNumId') ?? -1, abs);
          break;
        }
        case 'w:num':
          inst = { abstractId: -1, startOverrides: new Map(), levelOverrides: new Map() };
          instances.set(intAttr(a, 'w:numId') ?? -1, inst);
          break;
        case 'w:abstractNumId':
          if (inst) inst.abstractId = intAttr(a) ?? -1;
          break;
        case 'w:lvlOverride':
          overrideLevel = intAttr(a, 'w:ilvl') ?? 0;
          break;
        case 'w:startOverride':
          if (inst && overrideLevel !== null) inst.startOverrides.set(overrideLevel, intAttr(a) ?? 1);
          break;
        case 'w:numStyleLink':
          if (abs) abs.styleLink = a['w:val'];
          break;
        case 'w:lvl':
          level = newLevel();
          levelIndex = intAttr(a, 'w:ilvl') ?? 0;
          break;
      }
      if (!level) return;
      switch (name) {
        case 'w:start':
          level.start = intAttr(a) ?? 1;
          break;
        case 'w:numFmt':
          level.format = a['w:val'] ?? 'decimal';
          break;
        case 'w:lvlText':
          level.text = a['w:val'] ?? '';
          break;
        case 'w:isLgl':
          level.legal = isOn(a);
          break;
        case 'w:suff':
          level.suffix = a['w:val'] === 'space' ? 'space' : a['w:val'] === 'nothing' ? 'nothing' : 'tab';
          break;
        case 'w:pStyle':
          level.pStyle = a['w:val'];
          break;
      }
    },
    close(name) {
      if (name === 'w:lvl' && level) {
        if (inst && overrideLevel !== null) inst.levelOverrides.set(levelIndex, level);
        else abs?.levels.set(levelIndex, level);
        level = null;
      } else if (name === 'w:lvlOverride') overrideLevel = null;
      else if (name === 'w:abstractNum') abs = null;
      else if (name === 'w:num') inst = null;
    },
  });
  return new Numbering(abstracts, instances, styles);
}
