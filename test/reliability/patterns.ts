// The engine's regular expressions, collected programmatically: regex literals in the engine's
// source (TypeScript AST), patterns of the built-in profiles, and a corpus to analyse while
// recording the RegExps engine code builds at run time. Shared by the safety checks in
// regex.test.ts and the growth measurements in test/perf/regex-growth.perf.ts.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import fc from 'fast-check';
import ts from 'typescript';
import type { ProfileData } from '../../server/src/engine';
import { report } from './arbitraries';
import { engineDir, profileConfigs, seed } from './support';
import { HANG_GUARD_MS, type TimingWorker } from './timing';

/**
 * Patterns that are super-linear on long text but only ever run on a short, bounded slice, so
 * they cost constant time per use. Each entry says where and why; a stale entry fails the suite.
 */
export const BOUNDED_USE: Record<string, string> = {
  '[A-Za-z][A-Za-z/]*\\s?$': 'rules/numeral.ts: tested on the 8 characters before a range only (text.slice(m.index - 8, m.index))',
};

export interface Pattern {
  source: string;
  flags: string;
  site: string;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? sourceFiles(p) : p.endsWith('.ts') ? [p] : [];
  });
}

/** Regex literals, and `new RegExp` / `RegExp()` calls whose pattern is a plain string, in the engine's source. */
export function literalPatterns(): { patterns: Pattern[]; dynamicSites: string[] } {
  const patterns: Pattern[] = [];
  const dynamicSites: string[] = [];
  for (const file of sourceFiles(engineDir)) {
    const sf = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    const site = (n: ts.Node): string => `${relative(engineDir, file)}:${sf.getLineAndCharacterOfPosition(n.getStart()).line + 1}`;
    const visit = (node: ts.Node): void => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const text = node.getText(sf);
        const slash = text.lastIndexOf('/');
        patterns.push({ source: text.slice(1, slash), flags: text.slice(slash + 1), site: site(node) });
      } else if ((ts.isNewExpression(node) || ts.isCallExpression(node)) && ts.isIdentifier(node.expression) && node.expression.text === 'RegExp') {
        const [first, second] = node.arguments ?? [];
        const flags = second && ts.isStringLiteralLike(second) ? second.text : '';
        if (first && ts.isStringLiteralLike(first)) patterns.push({ source: first.text, flags, site: site(node) });
        else dynamicSites.push(site(node));
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }
  return { patterns, dynamicSites };
}

/** Every pattern of the built-in profiles (data, run against titles, lead-ins and headings). */
export function profilePatterns(profiles: readonly ProfileData[]): Pattern[] {
  return profiles.flatMap((p) => [
    ...p.recognise.title.map((source) => ({ source, flags: 'u', site: `profiles/${p.id}.json recognise.title` })),
    ...p.recognise.leadIn.map((source) => ({ source, flags: 'u', site: `profiles/${p.id}.json recognise.leadIn` })),
    ...(p.leadIn ? [{ source: p.leadIn.pattern, flags: 'u', site: `profiles/${p.id}.json leadIn.pattern` }] : []),
    ...p.parts.flatMap((part) => part.headings.map((source) => ({ source, flags: 'u', site: `profiles/${p.id}.json parts.${part.id}` }))),
  ]);
}

export const corpus = (): string[] => {
  const root = join(engineDir, '..', '..', '..');
  const fixtures = join(root, 'test', 'fixtures', 'rules');
  return [
    readFileSync(join(root, 'samples', 'shufa-report-2022.txt'), 'utf8'),
    ...readdirSync(fixtures).map((f) => readFileSync(join(fixtures, f), 'utf8')),
    ...fc.sample(report, { seed, numRuns: 40 }),
  ];
};

/** The RegExps engine code builds at run time, recorded by `worker` while it analyses the corpus under every profile. */
export function recordedPatterns(worker: TimingWorker): Promise<Pattern[]> {
  return worker.run({ kind: 'collect', texts: corpus(), configs: [...profileConfigs] }, HANG_GUARD_MS);
}
