// Inline directives in HTML comments, as markdownlint and ESLint have them:
//   <!-- report-lint-disable [rule …] -->  …  <!-- report-lint-enable [rule …] -->
//   <!-- report-lint-disable-next-line [rule …] -->, -disable-line, -disable-file
// No rule list means every rule. Findings that start inside a disabled range are dropped.
import { lineOfOffset } from './positions';
import type { Finding, ReportDocument, Span } from './types';

const DIRECTIVE = /^<!--\s*report-lint-(disable-next-line|disable-line|disable-file|disable|enable)\b([^>]*?)\s*-->$/;
const ALL = '*';

interface Directive {
  kind: 'disable-next-line' | 'disable-line' | 'disable-file' | 'disable' | 'enable';
  rules: string[];
  span: Span;
}

function readDirectives(doc: ReportDocument): Directive[] {
  const out: Directive[] = [];
  for (const c of doc.comments) {
    const m = DIRECTIVE.exec(doc.text.slice(c.start, c.end));
    if (!m) continue;
    const rules = m[2].split(/[\s,，]+/).filter(Boolean);
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
