// What the preview's webview may ask of the extension, checked before anything is done: the page
// shows the writer's document, so its messages are treated as untrusted input. Pure (no vscode).
// The messages are those of client/media/preview.js.
import { RULE_ID } from '../../../server/src/engine/directive-edits';

export type WebviewMessage =
  | { type: 'ready' }
  | { type: 'reveal'; line: number; character?: number }
  | { type: 'openLink'; href: string }
  | { type: 'layout'; layout: PreviewLayout };

interface Box {
  left: number;
  right: number;
  top: number;
  width: number;
}

/** Where the page sits in the pane, as preview.js measured it (for the tests; nothing acts on it). */
export interface PreviewLayout {
  /** The zoom of the page: below 1 when it is fitted to a narrower pane. */
  scale: number;
  actualSize: boolean;
  paneWidth: number;
  scrollWidth: number;
  page: Box | null;
  closing: (Box & { text: string })[];
}

const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

function readBox(raw: unknown): Box | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const b = raw as Record<string, unknown>;
  return isNumber(b.left) && isNumber(b.right) && isNumber(b.top) && isNumber(b.width) ? { left: b.left, right: b.right, top: b.top, width: b.width } : null;
}

function readLayout(m: Record<string, unknown>): PreviewLayout | null {
  if (!isNumber(m.scale) || !isNumber(m.paneWidth) || !isNumber(m.scrollWidth) || typeof m.actualSize !== 'boolean') return null;
  const closing = (Array.isArray(m.closing) ? m.closing.slice(0, 10) : []).flatMap((c: unknown) => {
    const box = readBox(c);
    const text = (c as { text?: unknown }).text;
    return box && typeof text === 'string' ? [{ ...box, text: text.slice(0, 200) }] : [];
  });
  return { scale: m.scale, actualSize: m.actualSize, paneWidth: m.paneWidth, scrollWidth: m.scrollWidth, page: readBox(m.page), closing };
}

const MAX_HREF = 2048;
const isIndex = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0 && v < 1e8;

/** A message from the webview, or null when it is not one the extension answers. */
export function readMessage(raw: unknown): WebviewMessage | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const m = raw as Record<string, unknown>;
  switch (m.type) {
    case 'ready':
      return { type: 'ready' };
    case 'reveal':
      if (!isIndex(m.line)) return null;
      return isIndex(m.character) ? { type: 'reveal', line: m.line, character: m.character } : { type: 'reveal', line: m.line };
    case 'layout': {
      const layout = readLayout(m);
      return layout ? { type: 'layout', layout } : null;
    }
    case 'openLink':
      return typeof m.href === 'string' && m.href.length > 0 && m.href.length <= MAX_HREF ? { type: 'openLink', href: m.href } : null;
    default:
      return null;
  }
}

/**
 * The link a click may open outside the editor: web and mail links only, as an absolute URL, or
 * null. Relative links, `file:`, `command:`, `javascript:` and the like are never opened.
 */
export function externalLink(href: string): string | null {
  // Control characters and spaces have no place in a link the writer means (and can hide a scheme).
  if (/[\u0000-\u0020\u007f-\u009f]/.test(href)) return null;
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return null;
  }
  if (url.protocol === 'mailto:') return url.pathname.length > 0 ? url.href : null;
  if ((url.protocol === 'http:' || url.protocol === 'https:') && url.hostname) return url.href;
  return null;
}

/** The argument of reportLint.preview.disableRuleHere, from the mark's data-vscode-context. */
export interface DisableArgs {
  rules: string[];
  line: number;
  /** Set by callers other than the context menu (tests, other extensions); else the active preview's document. */
  documentUri?: string;
}

export function readDisableArgs(raw: unknown): DisableArgs | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const a = raw as Record<string, unknown>;
  if (!isIndex(a.line)) return null;
  const listed = Array.isArray(a.rules) ? a.rules : [];
  const rules = [...new Set([a.rule, ...listed].filter((r): r is string => typeof r === 'string' && RULE_ID.test(r)))];
  if (rules.length === 0) return null;
  const documentUri = typeof a.documentUri === 'string' ? a.documentUri : undefined;
  return { rules, line: a.line, ...(documentUri ? { documentUri } : {}) };
}

/**
 * An image source written in the report as path segments relative to the report's folder, or
 * null when it is not such a path (a URL, an absolute path, or one leading out of the folder).
 * Remote images stay out: the preview's CSP loads images from the extension and the folder only.
 */
export function relativeImagePath(src: string): string[] | null {
  if (!src || src.length > MAX_HREF || /[\u0000-\u001f\u007f]/.test(src)) return null;
  if (/^[A-Za-z][A-Za-z0-9+.-]*:/.test(src) || src.startsWith('/') || src.startsWith('\\')) return null;
  let path = src.replace(/[?#].*$/, '');
  try {
    path = decodeURIComponent(path);
  } catch {
    return null;
  }
  const out: string[] = [];
  for (const seg of path.split(/[/\\]/)) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') {
      if (out.length === 0) return null;
      out.pop();
    } else out.push(seg);
  }
  return out.length > 0 ? out : null;
}
