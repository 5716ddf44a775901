// Pictures of a .docx for the import: an inline picture (a:blip r:embed) names a relationship in
// word/_rels/document.xml.rels whose target is a part under word/media/. Each picture used becomes
// a file name (unique, safe on every file system) and its bytes; writing them is the caller's job.
import { parseXml } from './xml';

export const RELS = 'word/_rels/document.xml.rels';
export const MEDIA = 'word/media/';

export interface DocxImage {
  /** File name to write the picture under, inside the images folder. */
  name: string;
  bytes: Uint8Array;
}

/** Relationship id → zip part name, for internal targets only (a linked picture stays outside). */
export function readRelationships(bytes: Uint8Array | undefined): Map<string, string> {
  const targets = new Map<string, string>();
  if (!bytes) return targets;
  parseXml(RELS, bytes, {
    open(name, a) {
      if (name !== 'Relationship' || !a.Id || !a.Target || a.TargetMode === 'External') return;
      // Targets are relative to word/, or absolute from the package root.
      const path = a.Target.startsWith('/') ? a.Target.slice(1) : `word/${a.Target}`;
      const parts: string[] = [];
      for (const seg of path.split('/')) {
        if (seg === '..') parts.pop();
        else if (seg !== '.' && seg !== '') parts.push(seg);
      }
      targets.set(a.Id, parts.join('/'));
    },
  });
  return targets;
}

/** Hands out a file name per picture part, reusing it when a picture appears twice. */
export class ImageCollector {
  readonly images: DocxImage[] = [];
  private readonly byPart = new Map<string, string>();
  private readonly taken = new Set<string>();

  constructor(
    private readonly targets: Map<string, string>,
    private readonly parts: Map<string, Uint8Array>,
  ) {}

  /** The file name for a relationship id, or undefined when it names no picture in the package. */
  nameFor(rId: string): string | undefined {
    const part = this.targets.get(rId);
    if (!part || !part.startsWith(MEDIA)) return undefined;
    const known = this.byPart.get(part);
    if (known) return known;
    const bytes = this.parts.get(part);
    if (!bytes) return undefined;
    const base = part.slice(MEDIA.length).replace(/[^A-Za-z0-9._-]/g, '_').replace(/^\.+/, '') || 'image';
    const dot = base.lastIndexOf('.');
    const [stem, ext] = dot > 0 ? [base.slice(0, dot), base.slice(dot)] : [base, ''];
    let name = base;
    for (let n = 2; this.taken.has(name.toLowerCase()); n++) name = `${stem}-${n}${ext}`;
    this.taken.add(name.toLowerCase());
    this.byPart.set(part, name);
    this.images.push({ name, bytes });
    return name;
  }
}
