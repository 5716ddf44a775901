// Horizontal bar charts as inline SVG (no script, no library, no network): one bar per label,
// stacked by severity, each bar a link to the report it stands for when there is one.
import { esc } from './escape';

export interface Bar {
  label: string;
  /** Counts per stack, in SERIES order. */
  values: number[];
  /** The id of the report section a click on the bar opens. */
  target?: string;
}

const SERIES = [
  { name: '错误', color: '#c62828' },
  { name: '警告', color: '#ef8c00' },
  { name: '提示', color: '#1e6fbf' },
];

const ROW = 22;
const LABEL_WIDTH = 260;
const BAR_WIDTH = 420;

export function barChart(title: string, bars: readonly Bar[], id: string): string {
  const max = Math.max(1, ...bars.map((b) => b.values.reduce((a, v) => a + v, 0)));
  const height = bars.length * ROW + 30;
  const rows = bars.map((b, i) => {
    const y = i * ROW + 4;
    let x = LABEL_WIDTH;
    const total = b.values.reduce((a, v) => a + v, 0);
    const rects = b.values
      .map((v, k) => {
        if (v === 0) return '';
        const w = Math.max(2, (v / max) * BAR_WIDTH);
        const r = `<rect class="bar" x="${x.toFixed(1)}" y="${y}" width="${w.toFixed(1)}" height="${ROW - 6}" fill="${SERIES[k].color}"><title>${esc(`${b.label}：${SERIES[k].name} ${v}`)}</title></rect>`;
        x += w;
        return r;
      })
      .join('');
    const label = `<text x="${LABEL_WIDTH - 6}" y="${y + ROW - 10}" text-anchor="end">${esc(b.label.length > 24 ? `…${b.label.slice(-23)}` : b.label)}</text>`;
    const count = `<text x="${(x + 4).toFixed(1)}" y="${y + ROW - 10}" class="count">${total}</text>`;
    const body = `${label}${rects}${count}`;
    return b.target ? `<a href="#${esc(b.target)}" data-report="${esc(b.target)}" class="chart-link">${body}</a>` : `<g>${body}</g>`;
  });
  const legend = SERIES.map((s, k) => `<rect x="${LABEL_WIDTH + k * 70}" y="${height - 18}" width="12" height="12" fill="${s.color}"/><text x="${LABEL_WIDTH + k * 70 + 16}" y="${height - 8}">${s.name}</text>`).join('');
  return `<figure class="chart" id="${esc(id)}"><figcaption>${esc(title)}</figcaption><svg xmlns="http://www.w3.org/2000/svg" role="img" aria-label="${esc(title)}" width="${LABEL_WIDTH + BAR_WIDTH + 60}" height="${height}" viewBox="0 0 ${LABEL_WIDTH + BAR_WIDTH + 60} ${height}">${rows.join('')}${legend}</svg></figure>`;
}
