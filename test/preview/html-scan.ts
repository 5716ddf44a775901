// A small scanner for the preview's HTML in tests. The renderer escapes every "<" of the report,
// so each "<" left in its output starts a tag the renderer wrote: scanning tags is enough to check
// which elements and attributes a hostile report can reach.

export interface Tag {
  name: string;
  closing: boolean;
  attrs: Record<string, string>;
  raw: string;
}

const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)((?:\s+[^\s=/>]+(?:="[^"]*")?)*)\s*\/?>/g;
const ATTR = /([^\s=/>]+)(?:="([^"]*)")?/g;
export const VOID = new Set(['br', 'hr', 'img', 'meta', 'link', 'input']);

export function scanTags(html: string): Tag[] {
  const tags: Tag[] = [];
  const doctype = /^<!DOCTYPE html>/i.exec(html);
  let last = doctype ? doctype[0].length : 0;
  TAG.lastIndex = last;
  for (let m = TAG.exec(html); m; m = TAG.exec(html)) {
    const between = html.slice(last, m.index);
    if (between.includes('<')) throw new Error(`a "<" that starts no tag: ${between.slice(between.indexOf('<'), between.indexOf('<') + 40)}`);
    const attrs: Record<string, string> = {};
    ATTR.lastIndex = 0;
    for (let a = ATTR.exec(m[3]); a; a = ATTR.exec(m[3])) attrs[a[1].toLowerCase()] = unescape(a[2] ?? '');
    tags.push({ name: m[2].toLowerCase(), closing: m[1] === '/', attrs, raw: m[0] });
    last = m.index + m[0].length;
  }
  if (html.slice(last).includes('<')) throw new Error('a "<" that starts no tag at the end');
  return tags;
}

/** Throws unless every element is closed, in order. */
export function assertBalanced(html: string): void {
  const stack: string[] = [];
  for (const t of scanTags(html)) {
    if (VOID.has(t.name)) continue;
    if (!t.closing) stack.push(t.name);
    else if (stack.pop() !== t.name) throw new Error(`</${t.name}> closes the wrong element in ${html.slice(0, 200)}`);
  }
  if (stack.length > 0) throw new Error(`unclosed: ${stack.join(', ')}`);
}

export function unescape(s: string): string {
  return s.replace(/&(amp|lt|gt|quot|#39);/g, (_m, e: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" })[e] ?? '');
}

/** The text a reader sees: tags removed, entities decoded. */
export function visibleText(html: string): string {
  return unescape(html.replace(/<[^>]*>/g, ''));
}

/** The elements with a given class, as [tag, attributes, inner HTML] (no nesting of the same element assumed). */
export function elementsWithClass(html: string, cls: string): { name: string; attrs: Record<string, string>; inner: string }[] {
  const out: { name: string; attrs: Record<string, string>; inner: string }[] = [];
  const tags = scanTags(html);
  let pos = 0;
  for (const t of tags) {
    const at = html.indexOf(t.raw, pos);
    pos = at + t.raw.length;
    if (t.closing || !(t.attrs.class ?? '').split(/\s+/).includes(cls)) continue;
    const end = VOID.has(t.name) ? pos : closingOf(html, t.name, pos);
    out.push({ name: t.name, attrs: t.attrs, inner: html.slice(pos, end) });
  }
  return out;
}

function closingOf(html: string, name: string, from: number): number {
  let depth = 1;
  const re = new RegExp(`<(/?)${name}(?=[\\s>])[^>]*>`, 'g');
  re.lastIndex = from;
  for (let m = re.exec(html); m; m = re.exec(html)) {
    depth += m[1] ? -1 : 1;
    if (depth === 0) return m.index;
  }
  return html.length;
}
