// The one markdown-it setup shared by the linter and the preview, so both see the same structure.
import MarkdownIt from 'markdown-it';

/**
 * Raw HTML is off: the preview must never render a document's HTML, and the linter finds HTML
 * comments (directives) on the source text itself. Linkify is off: bare URLs are masked by the
 * linter and the preview shows them as text.
 */
export function createMarkdown(): MarkdownIt {
  const md = new MarkdownIt({ html: false, linkify: false, typographer: false });
  // Text pasted from Word is often indented with spaces; reports never hold indented code,
  // so four leading spaces must not turn a paragraph into a code block.
  md.disable('code');
  return md;
}

let shared: MarkdownIt | null = null;

export function markdown(): MarkdownIt {
  shared ??= createMarkdown();
  return shared;
}
