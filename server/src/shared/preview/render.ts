// The report preview as an HTML page for a VS Code webview. Pure: no vscode import, so the client
// can bundle it and tests can run it. The page looks like the printed document (style.ts), marks
// placeholders and findings in place (marks.ts), and runs one script: the extension's own
// preview.js, allowed by a nonce in a strict Content-Security-Policy.
import { parseReport } from '../../engine/parse/document';
import { lineOfOffset } from '../../engine/positions';
import { SEVERITIES, type ReportDocument } from '../../engine/types';
import { renderTokens, type BodyOptions } from './body';
import { attrs, escapeHtml } from './html';
import { prepareSource, SENTINEL_CHARS, type PreviewFinding } from './marks';
import { PREVIEW_CSS } from './style';

export type { PreviewFinding } from './marks';

export interface PreviewBodyOptions extends BodyOptions {
  /** The engine's model of `text` (AnalysisResult.document), to save parsing it again. */
  document?: ReportDocument;
  /** Report kind shown above the page, e.g. "述法报告". */
  profileName?: string;
  /** Why the document is not checked, when it is not: said instead of the counts (never 未发现问题). */
  unchecked?: string;
}

export interface PreviewPageOptions extends PreviewBodyOptions {
  /** webview.cspSource: the only origin images may come from. */
  cspSource: string;
  /** URI of client/media/preview.js as the webview sees it (webview.asWebviewUri). */
  scriptUri: string;
  /** Page title (the file name). */
  title?: string;
  /** 0-based editor line to show first. */
  line?: number;
}

const SEVERITY_ORDER = SEVERITIES;
const SEVERITY_NAME = { error: '错误', warning: '警告', info: '提示', hint: '建议' } as const;
const NONCE = /^[A-Za-z0-9+/_-]{16,128}={0,2}$/;
const CSP_SOURCE = /^[^\s;,"<>]+(?: [^\s;,"<>]+)*$/;

/**
 * The inner HTML of the preview (summary and page), for a live update: post it to the webview as
 * { type: 'update', html } and preview.js swaps it in, keeping the scroll position.
 */
export function renderPreviewBody(text: string, findings: readonly PreviewFinding[], options: PreviewBodyOptions = {}): string {
  // Private-use characters the renderer uses as sentinels cannot come from the report itself.
  const clean = text.replace(SENTINEL_CHARS, '\uFFFD');
  const doc = options.document && options.document.text === clean ? options.document : parseReport(clean);
  const prepared = prepareSource(doc, findings);
  let page = renderTokens(prepared.source, doc, prepared.marks, options);
  if (doc.title && doc.frontMatter && doc.title.span.start === doc.frontMatter.span.start) {
    page = `<h1${attrs({ class: 'title', 'data-line': 0 })}>${escapeHtml(doc.title.text)}</h1>${page}`;
  }
  if (!page.trim()) page = '<p class="empty">（空白文档）</p>';
  return `<header class="summary">${summary(doc, findings, prepared.unplaced, options.profileName, options.unchecked)}</header><main class="page">${page}</main>`;
}

/** The whole page: strict CSP, the print style, the body, and the nonce'd preview script. */
export function renderPreview(text: string, findings: readonly PreviewFinding[], nonce: string, options: PreviewPageOptions): string {
  if (!NONCE.test(nonce)) throw new Error('preview nonce must be 16–128 base64 characters');
  if (!CSP_SOURCE.test(options.cspSource)) throw new Error(`unexpected webview cspSource: ${options.cspSource}`);
  const csp = [
    "default-src 'none'",
    `img-src ${options.cspSource}`,
    `style-src 'nonce-${nonce}'`,
    `script-src 'nonce-${nonce}'`,
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
  return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy"${attrs({ content: csp })}>
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(options.title ?? '报告预览')}</title>
<style${attrs({ nonce })}>${PREVIEW_CSS}</style>
</head>
<body${attrs({ 'data-line': options.line })}>
<div class="toolbar"><button id="zoom" type="button" title="在适应窗格宽度与实际大小（100%）之间切换">100%</button></div>
<div id="root">${renderPreviewBody(text, findings, options)}</div>
<script${attrs({ nonce, src: options.scriptUri })}></script>
</body>
</html>
`;
}

function summary(doc: ReportDocument, findings: readonly PreviewFinding[], unplaced: PreviewFinding[], profileName: string | undefined, unchecked: string | undefined): string {
  if (unchecked !== undefined) return `<span class="count unchecked">未检查：${escapeHtml(unchecked)}</span>`;
  const counts = SEVERITY_ORDER.map((s) => [s, findings.filter((f) => f.severity === s).length] as const).filter(([, n]) => n > 0);
  let out = profileName ? `<span class="count">${escapeHtml(profileName)}</span>` : '';
  out += counts.length === 0 ? '<span class="count">未发现问题</span>' : counts.map(([s, n]) => `<span class="count">${SEVERITY_NAME[s]} ${n}</span>`).join('');
  if (unplaced.length > 0) {
    // Findings on lines with no prose to mark (e.g. inside a table's syntax) are listed here.
    const items = unplaced.map((f) => {
      const line = lineOfOffset(doc.lineStarts, f.span.start);
      return `<li${attrs({ 'data-line': line, class: `severity-${f.severity}` })}>第 ${line + 1} 行：${escapeHtml(f.message)}（${escapeHtml(f.rule)}）</li>`;
    });
    out += `<ul>${items.join('')}</ul>`;
  }
  return out;
}
