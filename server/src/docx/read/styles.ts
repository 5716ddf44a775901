// Paragraph and character styles from word/styles.xml: what the import needs to know of a style
// is its name (Title, heading 1 …), the style it is based on, its outline level, its list
// numbering, and whether its runs are bold.
import { intAttr, isOn, parseXml } from './xml';

export interface StyleInfo {
  id: string;
  type: string;
  name: string;
  basedOn?: string;
  outlineLevel?: number;
  numId?: number;
  ilvl?: number;
  bold?: boolean;
}

export class Styles {
  constructor(readonly byId: Map<string, StyleInfo>) {}

  /** A property along the basedOn chain (the style's own first), cycles cut. */
  inherited<K extends keyof StyleInfo>(id: string | undefined, key: K): StyleInfo[K] | undefined {
    const seen = new Set<string>();
    for (let s = id ? this.byId.get(id) : undefined; s && !seen.has(s.id); s = s.basedOn ? this.byId.get(s.basedOn) : undefined) {
      seen.add(s.id);
      if (s[key] !== undefined) return s[key];
    }
    return undefined;
  }

  /** The built-in role of a paragraph style: the title, a heading of level 1–9, or neither. */
  role(id: string | undefined): { kind: 'title' } | { kind: 'heading'; level: number } | null {
    const seen = new Set<string>();
    for (let s = id ? this.byId.get(id) : undefined; s && !seen.has(s.id); s = s.basedOn ? this.byId.get(s.basedOn) : undefined) {
      seen.add(s.id);
      const name = s.name.toLowerCase();
      if (name === 'title') return { kind: 'title' };
      const m = /^heading ([1-9])$/.exec(name);
      if (m) return { kind: 'heading', level: Number(m[1]) };
    }
    return null;
  }
}

export function readStyles(bytes: Uint8Array | undefined): Styles {
  const byId = new Map<string, StyleInfo>();
  if (!bytes) return new Styles(byId);
  let cur: StyleInfo | null = null;
  let inRPr = false;
  let inPPr = false;
  parseXml('word/styles.xml', bytes, {
    open(name, a) {
      if (name === 'w:style') {
        cur = { id: a['w:styleId'] ?? '', type: a['w:type'] ?? 'paragraph', name: '' };
        return;
      }
      if (!cur) return;
      switch (name) {
        case 'w:name':
          cur.name = a['w:val'] ?? '';
          break;
        case 'w:basedOn':
          cur.basedOn = a['w:val'];
          break;
        case 'w:pPr':
          inPPr = true;
          break;
        case 'w:rPr':
          inRPr = true;
          break;
        case 'w:outlineLvl':
          if (inPPr) cur.outlineLevel = intAttr(a);
          break;
        case 'w:numId':
          if (inPPr) cur.numId = intAttr(a);
          break;
        case 'w:ilvl':
          if (inPPr) cur.ilvl = intAttr(a);
          break;
        case 'w:b':
          if (inRPr) cur.bold = isOn(a);
          break;
      }
    },
    close(name) {
      if (name === 'w:style') {
        if (cur?.id) byId.set(cur.id, cur);
        cur = null;
      } else if (name === 'w:pPr') inPPr = false;
      else if (name === 'w:rPr') inRPr = false;
    },
  });
  return new Styles(byId);
}
