// The reviewer's summary: one row per report with the counts that decide whether it can go on,
// and a verdict (可提交 / 需修改 / 需补写) by thresholds a config file can set ("review").
import type { JsonFileReport } from './format';

type Verdict = '可提交' | '需修改' | '需补写';

/** Counts from which a verdict applies (a count at or above it); 0 or absent: never. */
export interface VerdictThresholds {
  placeholders?: number;
  missingParts?: number;
  errors?: number;
  warnings?: number;
  figureProblems?: number;
}

export interface ReviewRules {
  /** 需补写: parts or content still to write. */
  incomplete: VerdictThresholds;
  /** 需修改: mistakes to correct. */
  revise: VerdictThresholds;
}

export const defaultReviewRules: ReviewRules = {
  incomplete: { placeholders: 1, missingParts: 1 },
  revise: { errors: 1, figureProblems: 1 },
};

export interface SummaryRow {
  file: string;
  /** Report kind (profile name: 述法报告…). */
  kind: string;
  year: number | null;
  placeholders: number;
  errors: number;
  warnings: number;
  missingParts: number;
  figureProblems: number;
  verdict: Verdict;
}

const FIGURE_RULES = new Set(['figure-conflict', 'figure-sum', 'figure-rate']);

type Counts = Omit<SummaryRow, 'file' | 'kind' | 'year' | 'verdict'>;

function reaches(counts: Counts, t: VerdictThresholds): boolean {
  return (Object.keys(t) as (keyof VerdictThresholds)[]).some((k) => {
    const min = t[k];
    return typeof min === 'number' && min > 0 && counts[k] >= min;
  });
}

function verdictOf(counts: Counts, rules: ReviewRules = defaultReviewRules): Verdict {
  if (reaches(counts, rules.incomplete)) return '需补写';
  if (reaches(counts, rules.revise)) return '需修改';
  return '可提交';
}

export function summaryRow(report: JsonFileReport, kind: string, year: number | null, rules?: ReviewRules): SummaryRow {
  const d = report.diagnostics;
  const counts: Counts = {
    placeholders: d.filter((x) => x.rule === 'placeholder').length,
    errors: d.filter((x) => x.severity === 'error').length,
    warnings: d.filter((x) => x.severity === 'warning').length,
    missingParts: d.filter((x) => x.rule === 'required-section').length,
    figureProblems: d.filter((x) => FIGURE_RULES.has(x.rule)).length,
  };
  return { file: report.file, kind, year, ...counts, verdict: verdictOf(counts, rules) };
}

const RANK: Record<Verdict, number> = { 需补写: 2, 需修改: 1, 可提交: 0 };

/** Worst first: verdict, then errors, missing parts, placeholders, figure problems, warnings; then by file. */
export function sortRows(rows: SummaryRow[]): SummaryRow[] {
  return [...rows].sort(
    (a, b) =>
      RANK[b.verdict] - RANK[a.verdict] ||
      b.errors - a.errors ||
      b.missingParts - a.missingParts ||
      b.placeholders - a.placeholders ||
      b.figureProblems - a.figureProblems ||
      b.warnings - a.warnings ||
      (a.file < b.file ? -1 : a.file > b.file ? 1 : 0),
  );
}

export const SUMMARY_HEADERS = ['结论', '文件', '类型', '年度', '占位符', '错误', '警告', '缺少部分', '数字问题'];

export function rowCells(r: SummaryRow): string[] {
  return [r.verdict, r.file, r.kind, r.year === null ? '—' : String(r.year), String(r.placeholders), String(r.errors), String(r.warnings), String(r.missingParts), String(r.figureProblems)];
}

/** Display width: CJK and full-width characters take two columns. */
function width(s: string): number {
  let w = 0;
  for (const ch of s) w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1;
  return w;
}

/** The rows as an aligned text table (for --summary). */
export function summaryTable(rows: SummaryRow[]): string {
  const table = [SUMMARY_HEADERS, ...rows.map(rowCells)];
  const widths = SUMMARY_HEADERS.map((_, i) => Math.max(...table.map((r) => width(r[i]))));
  return table.map((r) => r.map((c, i) => c + ' '.repeat(widths[i] - width(c))).join('  ').trimEnd()).join('\n');
}
