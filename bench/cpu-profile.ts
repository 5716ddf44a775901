// Summarises a V8 .cpuprofile of the bundled engine: self and total time per function, mapped
// back through the bundle's source map to server/src/… files, so hot spots read as file:function.
import { existsSync, readFileSync } from 'node:fs';
import { SourceMap } from 'node:module';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
  columnNumber: number;
}

interface ProfileNode {
  id: number;
  callFrame: CallFrame;
  children?: number[];
}

interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

export interface HotSpot {
  /** "server/src/engine/parse/document.ts:parseReport" or a V8 pseudo-frame such as "(garbage collector)". */
  name: string;
  line: number | null;
  selfMs: number;
  totalMs: number;
}

export interface ProfileSummary {
  totalMs: number;
  spots: HotSpot[];
}

/** Maps a frame of the bundle to its source file and line; other frames keep their URL. */
function frameNamer(root: string): (f: CallFrame) => { name: string; line: number | null } {
  const maps = new Map<string, SourceMap | null>();
  const mapOf = (url: string): SourceMap | null => {
    if (!maps.has(url)) {
      let map: SourceMap | null = null;
      try {
        const file = fileURLToPath(url);
        if (existsSync(`${file}.map`)) map = new SourceMap(JSON.parse(readFileSync(`${file}.map`, 'utf8')));
      } catch {
        map = null;
      }
      maps.set(url, map);
    }
    return maps.get(url) ?? null;
  };
  return (f) => {
    const fn = f.functionName || '(anonymous)';
    if (!f.url) return { name: fn, line: null };
    const map = f.url.startsWith('file:') ? mapOf(f.url) : null;
    const entry = map?.findEntry(f.lineNumber, f.columnNumber) as { originalSource?: string; originalLine?: number } | undefined;
    if (entry?.originalSource) {
      const src = entry.originalSource.startsWith('file:') ? fileURLToPath(entry.originalSource) : entry.originalSource;
      const rel = relative(root, src.startsWith('/') ? src : `${root}/${src}`).replace(/^(\.\.\/)+/, '');
      return { name: `${rel}:${fn}`, line: (entry.originalLine ?? 0) + 1 };
    }
    return { name: `${f.url.replace(/^.*\/node_modules\//, '')}:${fn}`, line: f.lineNumber + 1 };
  };
}

export function summariseProfile(path: string, root: string): ProfileSummary {
  const profile = JSON.parse(readFileSync(path, 'utf8')) as CpuProfile;
  const name = frameNamer(root);
  const byId = new Map<number, ProfileNode>();
  const parent = new Map<number, number>();
  for (const n of profile.nodes) {
    byId.set(n.id, n);
    for (const c of n.children ?? []) parent.set(c, n.id);
  }
  const keyOf = new Map<number, { name: string; line: number | null }>();
  for (const n of profile.nodes) keyOf.set(n.id, name(n.callFrame));

  const spots = new Map<string, HotSpot>();
  const spot = (k: { name: string; line: number | null }): HotSpot => {
    let s = spots.get(k.name);
    if (!s) spots.set(k.name, (s = { name: k.name, line: k.line, selfMs: 0, totalMs: 0 }));
    return s;
  };
  let totalMs = 0;
  for (let i = 0; i < profile.samples.length; i++) {
    // timeDeltas[i + 1] is the time until the next sample: the time this sample stands for.
    const ms = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    const leaf = profile.samples[i];
    const leafKey = keyOf.get(leaf)!;
    if (leafKey.name === '(idle)' || leafKey.name === '(program)' || leafKey.name === '(root)') continue;
    totalMs += ms;
    spot(leafKey).selfMs += ms;
    // Total time: each function once per sample, however deep it recurses.
    const seen = new Set<string>();
    for (let id: number | undefined = leaf; id !== undefined; id = parent.get(id)) {
      const k = keyOf.get(id)!;
      if (seen.has(k.name)) continue;
      seen.add(k.name);
      spot(k).totalMs += ms;
    }
  }
  spots.delete('(root)');
  return { totalMs, spots: [...spots.values()].sort((a, b) => b.selfMs - a.selfMs) };
}

export function formatProfile(summary: ProfileSummary, top = 25): string {
  const pct = (ms: number): string => `${((100 * ms) / summary.totalMs).toFixed(1).padStart(5)}%`;
  const lines = [`profiled time ${summary.totalMs.toFixed(0)} ms (idle excluded); top ${top} by self time:`, '   self         total        function'];
  for (const s of summary.spots.slice(0, top)) {
    lines.push(
      `${s.selfMs.toFixed(0).padStart(7)} ms ${pct(s.selfMs)} ${s.totalMs.toFixed(0).padStart(6)} ms ${pct(s.totalMs)}  ${s.name}${s.line ? ` (line ${s.line})` : ''}`,
    );
  }
  return lines.join('\n');
}
