// Renders the prepared source (see marks.ts) to HTML with the engine's markdown-it parser and a
// renderer of our own: only an allow-list of elements is produced, every text is escaped, links
// never navigate (the preview script asks the extension to open them), blocks carry the 0-based
// source line they start on (data-line), and numbered lines pasted from Word become headings as
// the engine's document model says.
import { markdown } from '../../engine/parse/markdown';
import { rankOf } from '../../engine/parse/sections';
import type { Heading, ReportDocument } from '../../engine/types';
import { lineRoles, paragraphBlocks, softbreakIsSpace, type LineRoles } from './blocks';
import { attrs, escapeHtml } from './html';
import { CLOSE, OPEN, POINT, SENTINEL, SENTINEL_CHARS, SLOT, sentinelIndex, type Mark, type PreviewFinding } from './marks';

type Token = ReturnType<ReturnType<typeof markdown>['parse']>[number];

export interface BodyOptions {
  /** Maps an image source written in the report to a URI the webview may load, or null to show the image's text instead. */
  resolveImage?: (src: string) => string | null;
}

const SEVERITY_RANK = { error: 0, warning: 1, info: 2, hint: 3 } as const;
const SEVERITY_NAME = { error: '错误', warning: '警告', info: '提示', hint: '建议' } as const;
/** Blocks whose tags the renderer passes through (markdown-it's default output, minus raw HTML). */
const BLOCK_TAGS = new Set(['blockquote', 'ul', 'ol', 'li', 'table', 'thead', 'tbody', 'tr', 'th', 'td']);
const INLINE_TAGS: Record<string, string> = { strong: 'strong', em: 'em', s: 's' };
/** Web and mail links, anchors, and paths relative to the report (not protocol-relative "//host"). */
const SAFE_HREF = /^(?:https?:|mailto:|#|(?!\/\/)[^:/?#]*(?:[/?#]|$))/i;

class Renderer {
  private active: number[] = [];
  private readonly roles: LineRoles;

  constructor(
    private readonly doc: ReportDocument,
    private readonly marks: Mark[],
    private readonly options: BodyOptions,
  ) {
    this.roles = lineRoles(doc);
  }

  render(tokens: Token[]): string {
    let out = '';
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i];
      const line = t.map ? t.map[0] : undefined;
      switch (t.type) {
        case 'paragraph_open':
          out += this.paragraph(t, tokens[i + 1]);
          i += 2;
          break;
        case 'heading_open':
          out += this.markdownHeading(t, tokens[i + 1]);
          i += 2;
          break;
        case 'inline':
          out += this.inline(t.children ?? []);
          break;
        case 'fence':
        case 'code_block':
          // The engine skips code, so marks only land here where markdown-it and the engine disagree.
          this.active = [];
          out += `<pre${attrs({ class: 'code', 'data-line': line })}><code>${this.text(t.content)}</code></pre>`;
          break;
        case 'hr':
          out += `<hr${attrs({ 'data-line': line })}>`;
          break;
        case 'html_block':
          // Never produced (raw HTML is off); shown as text should the setup change.
          out += `<p${attrs({ class: 'raw', 'data-line': line })}>${escapeHtml(strip(t.content))}</p>`;
          break;
        default:
          out += this.blockTag(t, line);
      }
    }
    return out;
  }

  private blockTag(t: Token, line: number | undefined): string {
    if (!BLOCK_TAGS.has(t.tag) || t.nesting === 0) return '';
    if (t.nesting < 0) return `</${t.tag}>`;
    const align = /text-align:\s*(left|right|center)/.exec(t.attrGet('style') ?? '')?.[1];
    const start = t.tag === 'ol' ? Number(t.attrGet('start') ?? '') || undefined : undefined;
    return `<${t.tag}${attrs({ class: align ? `align-${align}` : undefined, start, 'data-line': line })}>`;
  }

  private markdownHeading(open: Token, inline: Token): string {
    const line = open.map ? open.map[0] : 0;
    const h = this.roles.headingAt.get(line);
    const tag = /^h[1-6]$/.test(open.tag) ? open.tag : 'h2';
    const cls = line === this.roles.titleLine ? 'title' : h ? headingClass(h) : 'heading';
    return `<${tag}${attrs({ class: cls, 'data-line': line })}>${this.inline(inline.children ?? [])}</${tag}>`;
  }

  private paragraph(open: Token, inline: Token): string {
    if (open.hidden) return this.inline(inline.children ?? []); // tight list item
    const blocks = paragraphBlocks(this.roles, open, inline);
    let out = '';
    for (const blk of blocks) {
      const body = this.inline(blk.children);
      if (blk.kind === 'title') out += `<h1${attrs({ class: 'title', 'data-line': blk.line })}>${body}</h1>`;
      else if (blk.kind === 'heading' && blk.heading) {
        const tag = `h${Math.min(6, Math.max(1, blk.heading.level) + 1)}`;
        out += `<${tag}${attrs({ class: headingClass(blk.heading), 'data-line': blk.line })}>${body}</${tag}>`;
      } else {
        const cls = blk.heading ? `run-in level-${blk.heading.level}` : blk.kind === 'signature' ? 'signature' : undefined;
        out += `<p${attrs({ class: cls, 'data-line': blk.line })}>${body}</p>`;
      }
    }
    return out;
  }

  private inline(children: Token[]): string {
    this.active = []; // marks never cross a block: each text token below closes what it opens
    return this.inlineTokens(children);
  }

  private inlineTokens(children: Token[]): string {
    let out = '';
    const links: boolean[] = [];
    for (let i = 0; i < children.length; i++) {
      const t = children[i];
      switch (t.type) {
        case 'text':
        case 'text_special':
          out += this.text(t.content);
          break;
        case 'softbreak':
          out += softbreakIsSpace(children, i) ? '\n' : '';
          break;
        case 'hardbreak':
          out += '<br>';
          break;
        case 'code_inline':
          // A code span over a line break is code to markdown-it but prose to the engine: keep its marks.
          out += `<code>${this.text(t.content)}</code>`;
          break;
        case 'link_open': {
          const href = t.attrGet('href') ?? '';
          const ok = SAFE_HREF.test(href);
          links.push(ok);
          if (ok) out += `<a${attrs({ class: 'link', 'data-href': href, title: href, role: 'link', tabindex: 0 })}>`;
          break;
        }
        case 'link_close':
          if (links.pop()) out += '</a>';
          break;
        case 'image':
          out += this.image(t);
          break;
        default: {
          const tag = INLINE_TAGS[t.tag];
          if (tag && t.nesting !== 0) out += t.nesting > 0 ? `<${tag}>` : `</${tag}>`;
          else if (t.content) out += escapeHtml(strip(t.content));
        }
      }
    }
    return out;
  }

  private image(t: Token): string {
    const src = t.attrGet('src') ?? '';
    const alt = plainText(t.children ?? [], this.marks);
    const uri = this.options.resolveImage?.(src) ?? null;
    if (uri) return `<img${attrs({ src: uri, alt, title: t.attrGet('title') ?? undefined })}>`;
    // Not loadable here: its text stands in, placeholders and findings marked as anywhere else.
    const text = alt ? this.inlineTokens(t.children ?? []) : escapeHtml(src);
    return `<span${attrs({ class: 'image-missing', title: src })}>[图片：${text}]</span>`;
  }

  /** Escaped text with its sentinels turned into marks; opens and closes every mark it touches. */
  private text(content: string): string {
    let out = this.active.map((i) => this.openTag(i)).join('');
    let last = 0;
    SENTINEL.lastIndex = 0;
    for (let m = SENTINEL.exec(content); m; m = SENTINEL.exec(content)) {
      out += escapeHtml(strip(content.slice(last, m.index)));
      last = m.index + m[0].length;
      const i = sentinelIndex(m[2]);
      const mark = this.marks[i];
      if (!mark) continue;
      switch (m[1]) {
        case SLOT:
          if (mark.kind === 'slot') out += this.slot(mark, i);
          break;
        case OPEN:
          this.active.push(i);
          out += this.openTag(i);
          break;
        case CLOSE: {
          const at = this.active.lastIndexOf(i);
          if (at < 0) break;
          const above = this.active.slice(at + 1);
          out += '</span>'.repeat(above.length + 1) + above.map((j) => this.openTag(j)).join('');
          this.active.splice(at, 1);
          break;
        }
        case POINT:
          if (mark.kind === 'diagnostic') out += `<span${this.diagnosticAttrs(mark.findings, mark.line, mark.character, 'diagnostic-point')}></span>`;
          break;
      }
    }
    out += escapeHtml(strip(content.slice(last)));
    return out + '</span>'.repeat(this.active.length);
  }

  private openTag(i: number): string {
    const mark = this.marks[i];
    if (mark.kind === 'run-in') return `<span${attrs({ class: `run-in-title level-${mark.level}` })}>`;
    if (mark.kind === 'diagnostic') return `<span${this.diagnosticAttrs(mark.findings, mark.line, mark.character, 'diagnostic')}>`;
    return '<span>';
  }

  private slot(mark: Extract<Mark, { kind: 'slot' }>, i: number): string {
    const character = mark.span.start - this.doc.lineStarts[mark.line];
    if (mark.findings.length === 0) {
      return `<mark${attrs({ class: 'placeholder', 'data-line': mark.line, 'data-character': character, 'data-slot': i, title: '占位符：请填入实际内容' })}>${escapeHtml(mark.text)}</mark>`;
    }
    return `<mark${this.diagnosticAttrs(mark.findings, mark.line, character, 'placeholder diagnostic', i)}>${escapeHtml(mark.text)}</mark>`;
  }

  private diagnosticAttrs(findings: PreviewFinding[], line: number, character: number, base: string, slot?: number): string {
    const worst = findings.reduce((w, f) => (SEVERITY_RANK[f.severity] < SEVERITY_RANK[w] ? f.severity : w), findings[0].severity);
    const rules = [...new Set(findings.map((f) => f.rule))];
    const title = findings.map((f) => `${SEVERITY_NAME[f.severity] ?? ''}：${f.message}（${f.rule}）`).join('\n');
    // data-vscode-context feeds the webview's native context menu ("disable this rule here").
    const context = JSON.stringify({ webviewSection: 'diagnostic', rule: rules[0], rules, line, preventDefaultContextMenuItems: true });
    return attrs({
      class: `${base} severity-${worst}`,
      'data-rule': rules.join(' '),
      'data-line': line,
      'data-character': character,
      'data-slot': slot,
      title,
      'data-vscode-context': context,
    });
  }
}

function headingClass(h: Heading): string {
  const level = h.level > 0 ? h.level : rankOf(h);
  return `heading level-${level}${h.level === 0 ? ' unnumbered' : ''}${h.runIn ? ' run-in' : ''}`;
}

/** Removes sentinels that are not where marks belong (code, attributes). */
function strip(s: string): string {
  return s.replace(SENTINEL_CHARS, '');
}

/** An image's alt text: placeholders as written, other marks dropped. */
function plainText(children: Token[], marks: Mark[]): string {
  let out = '';
  for (const t of children) {
    if (t.type === 'image') out += plainText(t.children ?? [], marks);
    else if (t.content) out += t.content;
  }
  return strip(
    out.replace(SENTINEL, (_m, kind: string, digits: string) => {
      const mark = marks[sentinelIndex(digits)];
      return kind === SLOT && mark?.kind === 'slot' ? mark.text : '';
    }),
  );
}

export function renderTokens(source: string, doc: ReportDocument, marks: Mark[], options: BodyOptions): string {
  const tokens = markdown().parse(source, {});
  return new Renderer(doc, marks, options).render(tokens);
}
