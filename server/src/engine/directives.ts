// Inline directives in HTML comments, as markdownlint and ESLint have them:
//   <!-- report-lint-disable [rule …] -->  …  <!-- report-lint-enable [rule …] -->
//   <!-- report-lint-disable-next-line [rule …] -->, -disable-line, -disable-file
// No rule list means every rule. Findings that start inside a disabled range are dropped.
// The syntax is defined here once: directive-edits.ts writes directives with it.
import { lineOfOffset } from './positions';
import type { Finding, ReportDocument, Span } from './types';

/** Longest first where one kind begins another: the reader takes the first that matches. */
const DIRECTIVE_KINDS = ['disable-next-line', 'disable-line', 'disable-file', 'disable', 'enable'] as const;
type DirectiveKind = (typeof DIRECTIVE_KINDS)[number];

const PREFIX = 'report-lint-';
/** A comment holding a directive: its kind, then its rule list. */
const DIRECTIVE = new RegExp(`^<!--\\s*${PREFIX}(${DIRECTIVE_KINDS.join('|')})\\b([^>]*?)\\s*-->$`);
/** What separates the rule ids of a directive's list (source text for patterns, and a splitter). */
const SEPARATOR = '[\\s,，]+';
export const RULE_SEPARATOR = new RegExp(SEPARATOR);
const ALL = '*';

/** A directive comment as the engine writes it: `<!-- report-lint-disable-next-line a b -->`. */
export function directiveComment(kind: DirectiveKind, rules: readonly string[]): string {
  return `<!-- ${PREFIX}${kind}${rules.length > 0 ? ` ${rules.join(' ')}` : ''} -->`;
}

/**
 * A line holding only a directive of `kind` (leading and trailing blanks allowed), in three
 * groups: everything up to the kind, the rule list (possibly empty), the close. An edit that
 * extends the list rewrites the second group and keeps the writer's own spacing around it.
 */
export function directiveLinePattern(kind: DirectiveKind): RegExp {
  return new RegExp(`^([ \\t\\u3000]*<!--\\s*${PREFIX}${kind})((?:${SEPARATOR}[\\w-]+)*)(\\s*-->)[ \\t]*$`);
}

interface Directive {
  kind: DirectiveKind;
  rules: string[];
  span: Span;
}

function readDirectives(doc: ReportDocument): Directive[] {
  const out: Directive[] = [];
  for (const c of doc.comments) {
    const m = DIRECTIVE.exec(doc.text.slice(c.start, c.end));
    if (!m) continue;
    const rules = m[2].split(RULE_SEPARATOR).filter(Boolean);
    out.push({ kind: m[1] as Directive['kind'], rules, span: c });
  }
  return out;
}

/** Disabled offset ranges per rule id ('*' for all rules), each list sorted by start. */
function disabledRanges(doc: ReportDocument, directives: Directive[]): Map<string, Span[]> {
  const ranges = new Map<string, Span[]>();
  const add = (rule: string, span: Span): void => {
    const list = ranges.get(rule) ?? [];
    list.push(span);
    ranges.set(rule, list);
  };
  const lineSpan = (line: number): Span => {
    const start = doc.lineStarts[line] ?? doc.text.length;
    const end = line + 1 < doc.lineStarts.length ? doc.lineStarts[line + 1] : doc.text.length;
    return { start, end };
  };
  const open = new Map<string, number>(); // rule → start of an open disable block
  for (const d of directives) {
    const rules = d.rules.length > 0 ? d.rules : [ALL];
    const line = lineOfOffset(doc.lineStarts, d.span.start);
    for (const rule of rules) {
      switch (d.kind) {
        case 'disable-file':
          add(rule, { start: 0, end: doc.text.length });
          break;
        case 'disable-line':
          add(rule, lineSpan(line));
          break;
        case 'disable-next-line':
          add(rule, lineSpan(lineOfOffset(doc.lineStarts, d.span.end) + 1));
          break;
        case 'disable':
          if (!open.has(rule)) open.set(rule, d.span.start);
          break;
        case 'enable':
          if (rule === ALL) {
            for (const [r, start] of open) add(r, { start, end: d.span.start });
            open.clear();
          } else if (open.has(rule)) {
            add(rule, { start: open.get(rule) as number, end: d.span.start });
            open.delete(rule);
          }
          break;
      }
    }
  }
  for (const [rule, start] of open) add(rule, { start, end: doc.text.length });
  for (const [rule, list] of ranges) ranges.set(rule, mergeSpans(list));
  return ranges;
}

/** Sorts and merges overlapping spans, so a binary search can answer "is this offset covered". */
function mergeSpans(list: Span[]): Span[] {
  const sorted = [...list].sort((a, b) => a.start - b.start);
  const out: Span[] = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else out.push({ ...s });
  }
  return out;
}

function covered(list: Span[] | undefined, offset: number): boolean {
  if (!list) return false;
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid].start <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 && list[lo - 1].end > offset;
}

/** Drops the findings that directives in the document disable. */
export function applyDirectives(doc: ReportDocument, findings: Finding[]): Finding[] {
  const directives = readDirectives(doc);
  if (directives.length === 0) return findings;
  const ranges = disabledRanges(doc, directives);
  const all = ranges.get(ALL);
  return findings.filter((f) => !covered(all, f.span.start) && !covered(ranges.get(f.rule), f.span.start));
}
