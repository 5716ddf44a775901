// Reading one config file into a Layer: its own settings, with what it extends beneath them and
// its term packs read in. Every problem becomes a ConfigError; the parts that are fine still apply.
import * as nodePath from 'node:path';
import { PROFILE_BUDGET, checkPattern, validateAllow, validateTerms } from '../engine/packs';
import type { TermEntry } from '../engine/packs';
import type { ProfileData, ProfilePart, RuleSetting } from '../engine';
import { JsonFile, type JsonPath } from './json-file';
import { schemaErrors } from './schema';
import type { ConfigError, ConfigReader } from './types';

export type Where = (message: string, severity?: ConfigError['severity']) => ConfigError;

export interface ExtraSection {
  part: ProfilePart;
  after?: string;
  /** An error where it was written, for a later "unknown profile/part" check. */
  where: Where;
}

/** The settings of one file (with its extends applied beneath). */
export interface Layer {
  profile?: { id: string; where: Where };
  rules: Record<string, RuleSetting>;
  profiles: ProfileData[];
  sections: Record<string, ExtraSection[]>;
  terms: TermEntry[];
  allow: string[];
}

export const emptyLayer = (): Layer => ({ rules: {}, profiles: [], sections: {}, terms: [], allow: [] });

export interface ReadContext {
  read: ConfigReader;
  errors: ConfigError[];
  files: string[];
  /** File texts already read in this load. */
  cache: Map<string, string | null>;
}

export function readText(ctx: ReadContext, file: string): string | null {
  if (!ctx.cache.has(file)) {
    let text: string | null = null;
    try {
      text = ctx.read(file) ?? null;
    } catch {
      text = null; // unreadable is reported like missing
    }
    ctx.cache.set(file, text);
    if (text !== null) ctx.files.push(file);
  }
  return ctx.cache.get(file) ?? null;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const startsWith = (path: JsonPath, prefix: JsonPath): boolean => prefix.length <= path.length && prefix.every((s, i) => String(path[i]) === String(s));

/** Later (upper) settings over earlier (lower) ones; a bare severity keeps the options below it. */
export function mergeRuleSetting(lower: RuleSetting | undefined, upper: RuleSetting | undefined): RuleSetting | undefined {
  if (upper === undefined) return lower;
  if (lower === undefined || !isRecord(lower)) return upper;
  if (isRecord(upper)) return { severity: upper.severity ?? lower.severity, options: { ...(lower.options ?? {}), ...(upper.options ?? {}) } };
  if (upper === false) return { ...lower, severity: 'off' };
  if (upper === true) return { options: lower.options };
  return { ...lower, severity: upper };
}

/** `upper` over `lower`. */
export function mergeLayers(lower: Layer, upper: Layer): Layer {
  const rules: Record<string, RuleSetting> = { ...lower.rules };
  for (const [id, s] of Object.entries(upper.rules)) rules[id] = mergeRuleSetting(rules[id], s) as RuleSetting;
  const sections: Record<string, ExtraSection[]> = { ...lower.sections };
  for (const [id, list] of Object.entries(upper.sections)) sections[id] = [...(sections[id] ?? []), ...list];
  return {
    profile: upper.profile ?? lower.profile,
    rules,
    profiles: [...upper.profiles, ...lower.profiles.filter((p) => !upper.profiles.some((u) => u.id === p.id))],
    sections,
    // The nearer file's entries first: where two overlap, the first wins.
    terms: [...upper.terms, ...lower.terms],
    allow: [...new Set([...upper.allow, ...lower.allow])],
  };
}

/** Reads `file` (already known to exist when `from` is null) with its extends and packs. */
export function readLayer(ctx: ReadContext, file: string, stack: string[]): Layer {
  const text = readText(ctx, file);
  if (text === null) return emptyLayer();
  const json = new JsonFile(file, text);
  ctx.errors.push(...json.errors);
  if (!isRecord(json.value)) {
    if (json.tree) ctx.errors.push(json.error([], '配置文件的内容应为一个 JSON 对象，形如 { "rules": { … } }。已按默认设置检查。', { source: 'schema' }));
    return emptyLayer();
  }
  const value = json.value;
  const schema = schemaErrors(json);
  ctx.errors.push(...schema.errors);
  const bad = (path: JsonPath): boolean => schema.badPaths.some((b) => startsWith(b, path) || startsWith(path, b));
  const ok = (path: JsonPath): boolean => !schema.badPaths.some((b) => startsWith(path, b) || (startsWith(b, path) && b.length === path.length));

  // What this file extends comes first, each beneath the next, then this file on top.
  let base = emptyLayer();
  const ext = value.extends;
  const extList: [string, JsonPath][] = typeof ext === 'string' ? [[ext, ['extends']]] : Array.isArray(ext) ? ext.map((e, i) => [e, ['extends', i]] as [string, JsonPath]) : [];
  for (const [rel, at] of extList) {
    if (typeof rel !== 'string' || rel === '' || !ok(at)) continue;
    const target = nodePath.resolve(nodePath.dirname(file), rel);
    if (stack.includes(target) || target === file) {
      const cycle = [...stack.slice(stack.indexOf(target)), file, target].map((f) => nodePath.basename(f)).join(' → ');
      ctx.errors.push(json.error(at, `配置文件循环继承（${cycle}）。请删去其中一处 "extends"。`));
      continue;
    }
    if (readText(ctx, target) === null) {
      ctx.errors.push(json.error(at, `找不到要继承的配置文件“${rel}”（${target}）。请检查路径（相对于本文件所在的文件夹）。`));
      continue;
    }
    base = mergeLayers(base, readLayer(ctx, target, [...stack, file]));
  }

  const own = emptyLayer();
  if (typeof value.profile === 'string' && ok(['profile'])) {
    own.profile = { id: value.profile, where: (message, severity) => json.error(['profile'], message, { severity }) };
  }
  if (isRecord(value.rules)) {
    for (const [id, s] of Object.entries(value.rules)) if (ok(['rules', id])) own.rules[id] = s as RuleSetting;
  }
  if (Array.isArray(value.profiles)) {
    value.profiles.forEach((p, i) => {
      if (!bad(['profiles', i])) {
        const checked = checkProfile(json, ctx, p as ProfileData, ['profiles', i]);
        if (checked) own.profiles.push(checked);
      }
    });
  }
  if (isRecord(value.sections)) {
    for (const [profileId, list] of Object.entries(value.sections)) {
      if (!Array.isArray(list)) continue;
      list.forEach((s, i) => {
        const at: JsonPath = ['sections', profileId, i];
        if (bad(at) || !isRecord(s)) return;
        const part = sectionPart(json, ctx, s, at);
        const where: Where = (message, severity) => json.error(at, message, { severity });
        if (part) (own.sections[profileId] ??= []).push({ part, after: typeof s.after === 'string' ? s.after : undefined, where });
      });
    }
  }
  if (value.terms !== undefined) {
    const t = validateTerms(value.terms, ['terms'], { source: file });
    for (const issue of t.issues) ctx.errors.push(json.error(issue.path, issue.message));
    own.terms.push(...t.entries);
  }
  if (value.allow !== undefined) {
    const a = validateAllow(value.allow, ['allow']);
    for (const issue of a.issues) ctx.errors.push(json.error(issue.path, issue.message));
    own.allow.push(...a.words);
  }
  if (Array.isArray(value.packs)) {
    const packTerms: TermEntry[] = [];
    value.packs.forEach((rel, i) => {
      if (typeof rel !== 'string' || !ok(['packs', i])) return;
      const target = nodePath.resolve(nodePath.dirname(file), rel);
      const pack = readPack(ctx, target);
      if (!pack) {
        ctx.errors.push(json.error(['packs', i], `找不到词表文件“${rel}”（${target}）。请检查路径（相对于本文件所在的文件夹）。`));
        return;
      }
      packTerms.push(...pack.terms);
      own.allow.push(...pack.allow);
    });
    // Inline terms come before the packs': the config file is the more specific place.
    own.terms.push(...packTerms);
  }
  dedupeErrors(ctx.errors);
  return mergeLayers(base, own);
}

/** A term pack file: { "name": …, "terms": [ … ], "allow": [ … ] }. */
function readPack(ctx: ReadContext, file: string): { terms: TermEntry[]; allow: string[] } | null {
  const text = readText(ctx, file);
  if (text === null) return null;
  const json = new JsonFile(file, text);
  ctx.errors.push(...json.errors);
  const v = json.value;
  if (!isRecord(v)) {
    ctx.errors.push(json.error([], '词表文件的内容应为 JSON 对象：{ "name": "本单位词表", "terms": [ … ] }。'));
    return { terms: [], allow: [] };
  }
  for (const key of Object.keys(v)) {
    if (!['$schema', 'name', 'description', 'terms', 'allow'].includes(key)) {
      ctx.errors.push(json.error([key], `词表文件中未知的字段“${key}”，可用字段：name、description、terms、allow。`, { key: true, severity: 'warning' }));
    }
  }
  const name = typeof v.name === 'string' && v.name ? v.name : nodePath.basename(file);
  const t = validateTerms(v.terms ?? [], ['terms'], { source: `${name}（${file}）` });
  for (const issue of t.issues) ctx.errors.push(json.error(issue.path, issue.message));
  const a = v.allow === undefined ? { words: [], issues: [] } : validateAllow(v.allow, ['allow']);
  for (const issue of a.issues) ctx.errors.push(json.error(issue.path, issue.message));
  return { terms: t.entries, allow: a.words };
}

/** A custom profile with each pattern checked: a bad pattern is reported and left out. */
function checkProfile(json: JsonFile, ctx: ReadContext, p: ProfileData, at: JsonPath): ProfileData | null {
  const good = (list: string[], path: JsonPath): string[] =>
    list.filter((re, i) => {
      const c = checkPattern(re, { budget: PROFILE_BUDGET });
      if (!c.ok) ctx.errors.push(json.error([...path, i], `正则表达式“${re}”不能使用：${c.message}`));
      return c.ok;
    });
  const parts: ProfilePart[] = [];
  p.parts.forEach((part, i) => {
    const headings = good(part.headings, [...at, 'parts', i, 'headings']);
    const content = part.content && good(part.content, [...at, 'parts', i, 'content']);
    if (headings.length > 0) parts.push({ ...part, headings, ...(content ? { content } : {}) });
  });
  let leadIn = p.leadIn;
  if (leadIn) {
    const c = checkPattern(leadIn.pattern, { budget: PROFILE_BUDGET });
    if (!c.ok) {
      ctx.errors.push(json.error([...at, 'leadIn', 'pattern'], `正则表达式“${leadIn.pattern}”不能使用：${c.message}`));
      leadIn = undefined;
    }
  }
  return {
    ...p,
    recognise: {
      title: good(p.recognise.title, [...at, 'recognise', 'title']),
      leadIn: good(p.recognise.leadIn, [...at, 'recognise', 'leadIn']),
      ...(p.recognise.topic ? { topic: good(p.recognise.topic, [...at, 'recognise', 'topic']) } : {}),
    },
    leadIn,
    parts,
  };
}

function sectionPart(json: JsonFile, ctx: ReadContext, s: Record<string, unknown>, at: JsonPath): ProfilePart | null {
  const name = s.name as string;
  const headings = (s.headings as string[]).filter((re, i) => {
    const c = checkPattern(re, { budget: PROFILE_BUDGET });
    if (!c.ok) ctx.errors.push(json.error([...at, 'headings', i], `正则表达式“${re}”不能使用：${c.message}`));
    return c.ok;
  });
  if (headings.length === 0) return null;
  return {
    id: typeof s.id === 'string' ? s.id : `extra:${name}`,
    name,
    required: s.required !== false,
    headings,
    examples: Array.isArray(s.examples) ? (s.examples as string[]) : [name],
    skeleton: typeof s.skeleton === 'string' ? s.skeleton : name,
    anyLevel: s.anyLevel === true ? true : undefined,
    source: typeof s.source === 'string' ? s.source : json.file,
  };
}

/** One error per place: the schema and our own checks may both see the same problem. */
function dedupeErrors(errors: ConfigError[]): void {
  const seen = new Set<string>();
  let w = 0;
  for (const e of errors) {
    const id = `${e.file}:${e.offset}`;
    if (seen.has(id)) continue;
    seen.add(id);
    errors[w++] = e;
  }
  errors.length = w;
}
