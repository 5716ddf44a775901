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

type Token = ReturnType<MarkdownIt['parse']>[number];

let blocksOnly: MarkdownIt | null = null;

/** The block tokens the document model reads (parse/document.ts); the rest are never kept. */
const KEPT = new Set(['fence', 'hr', 'heading_open', 'paragraph_open', 'table_open', 'table_close']);

type StateBlockClass = MarkdownIt['block']['State'];

/**
 * Paragraphs and headings the document model holds at most. A real report has a few thousand;
 * a 5 MB list of one-character items has over a million, each a token here and a paragraph in
 * the model. Past the cap the text is still checked line by line (placeholders, terms, numerals,
 * punctuation), only not as paragraphs or headings.
 */
const MAX_BLOCKS = 50_000;

/**
 * Lines markdown-it reads at most. Its per-line and per-block work is garbage the collector
 * frees late: a 5 MB list of one-character items (1.25 million lines) peaked near 400 MB. A 5 MB
 * report of prose has some 50,000 lines, a table of short cells 200,000. Past the cap the text
 * is still checked line by line, only not as paragraphs or headings (as past MAX_BLOCKS).
 */
const MAX_LINES = 250_000;

/** The first `max` lines of `text` (line breaks are \n here). */
function firstLines(text: string, max: number): string {
  let at = -1;
  for (let n = 0; n < max; n++) {
    at = text.indexOf('\n', at + 1);
    if (at < 0) return text;
  }
  return text.slice(0, at + 1);
}

/**
 * markdown-it's block state, keeping only the tokens in KEPT. A table gives three tokens per cell
 * and a list five per item (about 150 bytes each): a 5 MB table of short cells made millions of
 * them (1.2 GB). The rules still get a token to fill in and the nesting level stays right; the
 * one rule that reads tokens back (list's tight paragraphs, by index within bounds) only marks
 * them hidden, which nothing here reads.
 */
function leanState(Base: StateBlockClass): StateBlockClass {
  class LeanState extends Base {
    /** Paragraphs and headings kept so far in this parse (see MAX_BLOCKS). */
    private blocks = 0;
    private scratch: Token | undefined;
    override push(type: string, tag: string, nesting: Token['nesting']): Token {
      const block = type === 'paragraph_open' || type === 'heading_open';
      if (KEPT.has(type) && (!block || ++this.blocks <= MAX_BLOCKS)) return super.push(type, tag, nesting);
      // One scratch token for all dropped ones: the rules only write to what push returns.
      const token = (this.scratch ??= new this.Token(type, tag, nesting));
      if (nesting < 0) this.level--;
      if (nesting > 0) this.level++;
      return token;
    }
  }
  return LeanState as unknown as StateBlockClass;
}

/**
 * The block tokens of `src` (headings, paragraphs, fences, tables, with their line maps), the
 * same as markdown().parse gives. The document model reads nothing else, and the inline pass it
 * skips is over half of markdown-it's time. markdown-it's own newline/NUL normalisation copies
 * the whole text, so it is done here, and only when the text has a CR or a NUL.
 */
export function parseBlocks(src: string): Token[] {
  if (!blocksOnly) {
    blocksOnly = createMarkdown();
    blocksOnly.core.ruler.enableOnly(['block']);
    blocksOnly.block.State = leanState(blocksOnly.block.State);
  }
  // As markdown-it's core 'normalize' rule does.
  const normalised = src.includes('\r') || src.includes('\0') ? src.replace(/\r\n?|\n/g, '\n').replace(/\0/g, '\uFFFD') : src;
  return blocksOnly.parse(firstLines(normalised, MAX_LINES), {});
}
