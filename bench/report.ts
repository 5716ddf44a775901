// The result record of one benchmark run, its targets, and the table printed from it.
import { STAGES, type StageFigures } from './keystroke-stages';
import { interruptAfterMs, type BackgroundSize, type ModeResult } from './background';
import type { EditorResult } from './editor';
import type { StopLatency } from './stop-latency';
import type { Timing } from './stats';

export interface SizeResult {
  name: string;
  bytes: number;
  ours: Timing & { findings: number };
  markdownlint: Timing & { findings: number };
  markdownIt: Timing & { tokens: number };
  /** Median over median (the targets use these). */
  oursOverMarkdownlint: number;
  oursOverMarkdownIt: number;
  /** Minimum over minimum: less affected by load from other processes. */
  oursOverMarkdownlintMin: number;
  oursOverMarkdownItMin: number;
  /** CPU-time medians: what a quiet machine would show. */
  oursOverMarkdownlintCpu: number;
  oursOverMarkdownItCpu: number;
}

export interface PeakRss {
  file: string;
  bytes: number;
  peakBytes: number;
  peakBeforeBytes: number;
  heapUsedAfterBytes: number;
  coldMs: number;
  findings: number;
}

export interface Scaling {
  /** t(10 MB) / t(1 MB), medians. */
  ratio: number;
  /** log(t10 / t1) / log(10 MB / 1 MB bytes): 1 is linear. */
  exponent: number;
}

export interface BenchResult {
  date: string;
  machine: { cpu: string; cores: number; memoryBytes: number; platform: string; node: string; loadAverage: { start: number[]; end: number[] } };
  versions: { reportLint: string; markdownlint: string; markdownIt: string };
  seed: number;
  timing: { minRuns: number; minTotalMs: number; minWarmups: number; minWarmupMs: number; gcBetweenRuns: boolean };
  sizes: SizeResult[];
  scaling: { ours?: Scaling; markdownlint?: Scaling; markdownIt?: Scaling; oursCpu?: Scaling };
  editor?: Omit<EditorResult, 'edits'> & { corpus: string; bytes: number; edits: EditorResult['edits'] };
  background?: BackgroundSize[];
  stopLatency?: (StopLatency & { name: string })[];
  peakRss?: PeakRss;
  targets: Target[];
}

export interface Target {
  what: string;
  limit: string;
  /** Wall-clock, as the issue defines the targets. */
  measured: string;
  met: boolean;
  /** The same from CPU time, when there is one: tells load from other processes apart. */
  cpu?: { measured: string; met: boolean };
}

const MB = 1_000_000;

export function scaling(small: { bytes: number; median: number }, large: { bytes: number; median: number }): Scaling {
  const ratio = large.median / small.median;
  return { ratio, exponent: Math.log(ratio) / Math.log(large.bytes / small.bytes) };
}

export function evaluateTargets(r: Omit<BenchResult, 'targets'>): Target[] {
  const targets: Target[] = [];
  for (const s of r.sizes) {
    targets.push({
      what: `full analysis at ${s.name}: ours / markdownlint`,
      limit: '≤ 0.25×',
      measured: `${s.oursOverMarkdownlint.toFixed(3)}×`,
      met: s.oursOverMarkdownlint <= 0.25,
      cpu: { measured: `${s.oursOverMarkdownlintCpu.toFixed(3)}×`, met: s.oursOverMarkdownlintCpu <= 0.25 },
    });
  }
  if (r.scaling.ours) {
    targets.push({
      what: 'linear: t(10 MB) / t(1 MB)',
      limit: '≤ 11×',
      measured: `${r.scaling.ours.ratio.toFixed(2)}× (exponent ${r.scaling.ours.exponent.toFixed(3)})`,
      met: r.scaling.ours.ratio <= 11,
      cpu: r.scaling.oursCpu && { measured: `${r.scaling.oursCpu.ratio.toFixed(2)}×`, met: r.scaling.oursCpu.ratio <= 11 },
    });
  }
  if (r.editor) {
    targets.push({ what: `edit latency p95 at ${r.editor.corpus}`, limit: '≤ 10 ms', measured: `${r.editor.p95.toFixed(2)} ms`, met: r.editor.p95 <= 10 });
  }
  if (r.peakRss) {
    targets.push({
      what: `peak RSS, analysing ${(r.peakRss.bytes / MB).toFixed(1)} MB`,
      limit: '≤ 300 MB',
      measured: `${(r.peakRss.peakBytes / MB).toFixed(0)} MB`,
      met: r.peakRss.peakBytes <= 300 * MB,
    });
  }
  return targets;
}

function ms(x: number): string {
  return x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2);
}

function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]): string => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

export function formatResult(r: BenchResult): string {
  const out: string[] = [];
  out.push(`report-lint ${r.versions.reportLint} vs markdownlint ${r.versions.markdownlint} vs markdown-it ${r.versions.markdownIt}`);
  const load = (l: number[]): string => l.map((x) => x.toFixed(1)).join(' ');
  out.push(
    `${r.machine.cpu} × ${r.machine.cores}, node ${r.machine.node}, seed ${r.seed}; load average ${load(r.machine.loadAverage.start)} at start, ${load(r.machine.loadAverage.end)} at end`,
  );
  out.push(
    `times in ms, median / min of ≥ ${r.timing.minRuns} warm runs, the three tools interleaved${r.timing.gcBetweenRuns ? ', GC between runs' : ''}; ratios: median (min)\n`,
  );
  out.push(
    table(
      ['size', 'bytes', 'report-lint', 'markdownlint', 'markdown-it', 'ours/mdl', 'ours/md-it', 'runs', 'findings ours', 'findings mdl'],
      r.sizes.map((s) => [
        s.name,
        s.bytes.toLocaleString('en-US'),
        `${ms(s.ours.median)} / ${ms(s.ours.min)}`,
        `${ms(s.markdownlint.median)} / ${ms(s.markdownlint.min)}`,
        `${ms(s.markdownIt.median)} / ${ms(s.markdownIt.min)}`,
        `${s.oursOverMarkdownlint.toFixed(3)}× (${s.oursOverMarkdownlintMin.toFixed(3)}×)`,
        `${s.oursOverMarkdownIt.toFixed(2)}× (${s.oursOverMarkdownItMin.toFixed(2)}×)`,
        String(s.ours.runs.length),
        String(s.ours.findings),
        String(s.markdownlint.findings),
      ]),
    ),
  );
  out.push('\nCPU time of the same runs (user + system, ms; time spent waiting for a CPU is not in it):\n');
  out.push(
    table(
      ['size', 'report-lint', 'markdownlint', 'markdown-it', 'ours/mdl', 'ours/md-it'],
      r.sizes.map((s) => [
        s.name,
        `${ms(s.ours.cpuMedian)} / ${ms(s.ours.cpuMin)}`,
        `${ms(s.markdownlint.cpuMedian)} / ${ms(s.markdownlint.cpuMin)}`,
        `${ms(s.markdownIt.cpuMedian)} / ${ms(s.markdownIt.cpuMin)}`,
        `${s.oursOverMarkdownlintCpu.toFixed(3)}×`,
        `${s.oursOverMarkdownItCpu.toFixed(2)}×`,
      ]),
    ),
  );
  const sc = r.scaling;
  if (sc.oursCpu) out.push(`\nscaling 1 MB → 10 MB in CPU time: report-lint ${sc.oursCpu.ratio.toFixed(2)}× (exponent ${sc.oursCpu.exponent.toFixed(3)})`);
  if (sc.ours && sc.markdownlint && sc.markdownIt) {
    const f = (s: Scaling): string => `${s.ratio.toFixed(2)}× (exponent ${s.exponent.toFixed(3)})`;
    out.push(`\nscaling 1 MB → 10 MB: report-lint ${f(sc.ours)}, markdownlint ${f(sc.markdownlint)}, markdown-it ${f(sc.markdownIt)}`);
  }
  if (r.editor) {
    const e = r.editor;
    out.push(
      `\neditor path (node dist/server.js --stdio, debounce 0, ${e.corpus} = ${e.bytes.toLocaleString('en-US')} bytes):` +
        `\n  server start → initialize result ${ms(e.startToInitializeMs)} ms; didOpen → diagnostics ${ms(e.openMs)} ms (${e.diagnosticsOnOpen} diagnostics)` +
        `\n  ${e.edits.length} single-character edits, didChange → publishDiagnostics: p50 ${ms(e.p50)} ms, p95 ${ms(e.p95)} ms, max ${ms(e.max)} ms` +
        `\n  the same edits, analyze() alone in this process: p50 ${ms(e.analyzeOnly.p50)} ms, p95 ${ms(e.analyzeOnly.p95)} ms, max ${ms(e.analyzeOnly.max)} ms` +
        (e.analyzeCached
          ? `\n  the same edits, analyze() with the document's cache (incremental, as the server runs it): p50 ${ms(e.analyzeCached.p50)} ms, p95 ${ms(e.analyzeCached.p95)} ms, max ${ms(e.analyzeCached.max)} ms`
          : ''),
    );
    if (e.stages) {
      const st = e.stages;
      const row = (name: string, f: StageFigures) => `\n    ${name.padEnd(9)} p50 ${ms(f.p50)} ms, p95 ${ms(f.p95)} ms, mean ${ms(f.mean)} ms`;
      out.push(
        `\n  the same edits through the server's stages one by one, in this process (${st.diagnostics} diagnostics, ${st.jsonBytes.toLocaleString('en-US')} bytes of JSON at the end):` +
          STAGES.map((name) => row(name, st[name])).join('') +
          row('sum', st.total) +
          `\n    the rest of didChange → publishDiagnostics is stdio both ways, the event-loop turn the server yields before analysing, and scheduling`,
      );
    }
    for (const where of ['figure', 'heading', 'anywhere'] as const) {
      const xs = e.edits.filter((x) => x.where === where).map((x) => x.ms).sort((a, b) => a - b);
      if (xs.length > 0) out.push(`    in ${where.padEnd(8)} ${xs.length} edits, median ${ms(xs[xs.length >> 1])} ms, max ${ms(xs[xs.length - 1])} ms`);
    }
  }
  if (r.background) {
    out.push(`\nlarge documents through the server (debounce 0): on a worker thread (default) / on the server's thread`);
    const mode = (m: ModeResult): string[] => [
      `${ms(m.openMs)}`,
      `${ms(m.requestDuringOpen.p50)} / ${ms(m.requestDuringOpen.max)} (${m.requestDuringOpen.count})`,
      `${ms(m.edits.p50)} / ${ms(m.edits.p95)}`,
      `${ms(m.interrupted.median)} (${m.interrupted.stalePublishes} stale)`,
    ];
    const rows: string[][] = [];
    for (const b of r.background) {
      rows.push([`${b.name} worker`, ...mode(b.worker)]);
      rows.push([`${b.name} thread`, ...mode(b.serverThread)]);
    }
    out.push(
      table(
        ['', 'open → diagnostics ms', 'request meanwhile p50 / max ms (n)', 'edit p50 / p95 ms', `edit ${interruptAfterMs} ms after open → its diagnostics, median ms`],
        rows,
      ),
    );
  }
  for (const st of r.stopLatency ?? []) {
    out.push(
      `worker stopped at a random moment of a ${st.name} run (a whole run ${ms(st.runMs)} ms): lets go after p50 ${ms(st.p50)} ms, ` +
        `p95 ${ms(st.p95)} ms, max ${ms(st.max)} ms (${st.trials - st.finished} of ${st.trials} trials stopped; the others had finished)`,
    );
  }
  if (r.peakRss) {
    const p = r.peakRss;
    out.push(
      `\npeak RSS, one analysis of ${(p.bytes / MB).toFixed(1)} MB in a fresh process: ${(p.peakBytes / MB).toFixed(0)} MB ` +
        `(${(p.peakBeforeBytes / MB).toFixed(0)} MB before analysing: node + the text; cold run ${ms(p.coldMs)} ms, ${p.findings} findings)`,
    );
  }
  out.push('\ntargets (issue 6):');
  for (const t of r.targets) {
    const cpu = t.cpu ? `; CPU time ${t.cpu.measured}, ${t.cpu.met ? 'within' : 'over'} the target` : '';
    out.push(`  ${t.met ? 'MET   ' : 'MISSED'} ${t.what}: ${t.measured} (target ${t.limit}${cpu})`);
  }
  return out.join('\n');
}
