// --format html: one self-contained review page (no network: style, script and charts inline)
// with the summary table, bar charts per report and per category, and each report's findings in
// context (the sentence, the finding, the suggested fix).
import type { FileOutcome, FindingContext } from '../check-file';
import type { JsonDiagnostic } from '../format';
import { rowCells, sortRows, SUMMARY_HEADERS, type SummaryRow } from '../summary';
import { barChart, type Bar } from './chart';
import { esc } from './escape';
import { ruleName } from './rule-names';
import { reviewScript } from './script';
import { reviewStyle } from './style';

type Checked = Extract<FileOutcome, { ok: true }>;

const SEVERITY_NAMES: Record<string, string> = { error: '错误', warning: '警告', info: '提示', hint: '建议' };
const stack = (ds: readonly JsonDiagnostic[]): number[] => [
  ds.filter((d) => d.severity === 'error').length,
  ds.filter((d) => d.severity === 'warning').length,
  ds.filter((d) => d.severity === 'info' || d.severity === 'hint').length,
];

function findingItem(d: JsonDiagnostic, c: FindingContext | undefined): string {
  const context = c ? `<blockquote class="context">${esc(c.before)}<mark>${esc(c.text)}</mark>${esc(c.after)}</blockquote>` : '';
  const fixes = c && c.fixes.length > 0 ? `<div class="fix">建议：${c.fixes.map(esc).join('；')}</div>` : '';
  return `<li class="finding"><span class="sev sev-${d.severity}">${SEVERITY_NAMES[d.severity]}</span> <span class="rule">${esc(ruleName(d.rule))}</span> <span class="where">第 ${d.line} 行第 ${d.column} 列 · ${esc(d.rule)}</span>${context}<div class="message">${esc(d.message)}</div>${fixes}</li>`;
}

function reportSection(o: Checked, id: string): string {
  const ds = o.report.diagnostics;
  const list = ds.length === 0 ? '<p>没有发现问题。</p>' : `<ol class="findings">${ds.map((d, i) => findingItem(d, o.context?.[i])).join('')}</ol>`;
  return `<section class="report" id="${id}" hidden><h2>${esc(o.file)}</h2><p class="meta">${esc(o.kind)} · ${o.row.year ?? '年度不详'} · 结论：<span class="verdict v-${o.row.verdict}">${o.row.verdict}</span></p>${list}</section>`;
}

export function reviewPage(outcomes: readonly FileOutcome[], version: string): string {
  const checked = outcomes.filter((o): o is Checked => o.ok);
  const failed = outcomes.filter((o): o is Extract<FileOutcome, { ok: false }> => !o.ok);
  const ids = new Map(checked.map((o, i) => [o.file, `r${i + 1}`]));
  const rows: SummaryRow[] = sortRows(checked.map((o) => o.row));
  const byFile = new Map(checked.map((o) => [o.file, o]));

  const table = `<table class="summary"><thead><tr>${SUMMARY_HEADERS.map((h) => `<th>${h}</th>`).join('')}</tr></thead><tbody>${rows
    .map((r) => {
      const cells = rowCells(r).map((c, i) => (i === 0 ? `<td class="verdict v-${r.verdict}">${esc(c)}</td>` : i >= 4 ? `<td class="num">${esc(c)}</td>` : `<td>${esc(c)}</td>`));
      return `<tr class="row" tabindex="0" data-report="${ids.get(r.file)}">${cells.join('')}</tr>`;
    })
    .join('')}</tbody></table>`;

  const perReport: Bar[] = rows.map((r) => ({ label: r.file, values: stack(byFile.get(r.file)!.report.diagnostics), target: ids.get(r.file) }));
  const byRule = new Map<string, JsonDiagnostic[]>();
  for (const o of checked) {
    for (const d of o.report.diagnostics) {
      const list = byRule.get(d.rule);
      if (list) list.push(d);
      else byRule.set(d.rule, [d]);
    }
  }
  const perCategory: Bar[] = [...byRule.entries()]
    .map(([rule, ds]) => ({ label: `${ruleName(rule)}（${rule}）`, values: stack(ds) }))
    .sort((a, b) => b.values.reduce((x, y) => x + y, 0) - a.values.reduce((x, y) => x + y, 0) || a.label.localeCompare(b.label));

  const total = checked.reduce((n, o) => n + o.report.diagnostics.length, 0);
  const counts = { 需补写: 0, 需修改: 0, 可提交: 0 };
  for (const r of rows) counts[r.verdict]++;
  const failures = failed.length > 0 ? `<h2>无法检查的文件</h2><ul class="failed">${failed.map((f) => `<li>${esc(f.file)}：${esc(f.reason)}</li>`).join('')}</ul>` : '';

  return `<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:">
<title>报告审阅：${checked.length} 份报告</title><style>${reviewStyle}</style></head>
<body>
<h1>报告审阅</h1>
<p class="meta">共 ${checked.length} 份报告，${total} 个问题：需补写 ${counts.需补写} 份，需修改 ${counts.需修改} 份，可提交 ${counts.可提交} 份。点击表格中的一行或图中的一条，查看该报告的问题。 · report-lint ${esc(version)}</p>
${table}
<div class="charts">${barChart('各报告的问题数', perReport, 'chart-reports')}${barChart('各类问题数', perCategory, 'chart-categories')}</div>
${failures}
${checked.map((o) => reportSection(o, ids.get(o.file)!)).join('\n')}
<script>${reviewScript}</script>
</body></html>
`;
}
