// Reading one config file into a Layer: its own settings, with what it extends beneath them and
// its term packs read in. Every problem becomes a ConfigError; the parts that are fine still apply.
import * as nodePath from 'node:path';
import { validateAllow, validateTerms } from '../engine/packs';
import { checkProfilePattern, type ProfileText } from '../engine/profiles/match';
import type { TermEntry } from '../engine/packs';
import type { ProfileData, ProfilePart, RuleSetting } from '../engine';
import { JsonFile, type JsonPath } from './json-file';
import { dict, dictFrom } from './dict';
import { schemaErrors } from './schema';
import type { ConfigError, ConfigReader, LoadOptions, ReadRefusal } from './types';

type Where = (message: string, severity?: ConfigError['severity']) => ConfigError;

interface ExtraSection {
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
  /** The folder summary's verdict thresholds: verdict ("incomplete", "revise") -> count -> minimum. */
  review: Record<string, Record<string, number>>;
}

const emptyLayer = (): Layer => ({ rules: dict(), profiles: [], sections: dict(), terms: [], allow: [], review: dict() });

/** How deep `extends` may nest: real setups use two or three levels. */
export const MAX_EXTENDS_DEPTH = 16;
/** How many files (configs and packs) one config load may read. */
export const MAX_CONFIG_FILES = 100;

export interface ReadContext {
  read: ConfigReader;
  errors: ConfigError[];
  files: string[];
  /** File texts already read in this load (or why not). */
  cache: Map<string, string | null | ReadRefusal>;
  /** Each config file's layer, built once per load: a diamond of extends costs one read per file. */
  layers: Map<string, Layer>;
  packs: Map<string, Pack | null>;
  allowed?: LoadOptions['allowed'];
}

export function newContext(read: ConfigReader, options: LoadOptions = {}): ReadContext {
  return { read, errors: [], files: [], cache: new Map(), layers: new Map(), packs: new Map(), allowed: options.allowed };
}

/** A file's text, null when missing or unreadable, or why it was refused. */
function readFile(ctx: ReadContext, file: string): string | null | ReadRefusal {
  if (!ctx.cache.has(file)) {
    let text: string | null | ReadRefusal = null;
    try {
      text = ctx.read(file) ?? null;
    } catch {
      text = null; // unreadable is reported like missing
    }
    ctx.cache.set(file, text);
    if (typeof text === 'string') ctx.files.push(file);
  }
  return ctx.cache.get(file) ?? null;
}

export function readText(ctx: ReadContext, file: string): string | null {
  const r = readFile(ctx, file);
  return typeof r === 'string' ? r : null;
}

const mb = (bytes: number): string => `${(bytes / 1_000_000).toFixed(1)} MB`;

/** Why `extends`/`packs` entry `rel` of `from` (resolved to `target`) is not read, or null. */
function refusal(ctx: ReadContext, rel: string, target: string, from: string, what: '配置文件' | '词表文件'): string | null {
  // \\server\share or //server/share: reading it may send the user's credentials to that server.
  if (/^[\\/]{2}/.test(rel) || /^[\\/]{2}/.test(target)) return `不能读取网络路径（UNC）上的${what}“${rel}”。请把它复制到工作区内，再用相对路径引用。`;
  const why = ctx.allowed ? ctx.allowed(target, from) : null;
  if (why) return `不能读取工作区以外的${what}“${rel}”：${why}请把它复制到工作区内，再用相对路径引用。`;
  if (!ctx.cache.has(target) && ctx.files.length >= MAX_CONFIG_FILES) {
    return `一次最多读取 ${MAX_CONFIG_FILES} 个配置文件和词表，“${rel}”未读取。请减少 "extends" 和 "packs" 的数量。`;
  }
  const r = readFile(ctx, target);
  if (r === null) return `找不到${what === '配置文件' ? '要继承的配置文件' : '词表文件'}“${rel}”（${target}）。请检查路径（相对于本文件所在的文件夹）。`;
  if (typeof r === 'string') return null;
  switch (r.refused) {
    case 'directory':
      return `“${rel}”是一个文件夹，不是${what}。请写出文件夹中${what}的名称。`;
    case 'not-file':
      return `“${rel}”不是普通文件（可能是管道、设备或套接字），不能作为${what}读取。`;
    case 'too-large':
      return `${what}“${rel}”过大（${mb(r.bytes)}，上限 ${mb(r.limit)}），未读取。请拆分或精简。`;
  }
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
function mergeLayers(lower: Layer, upper: Layer): Layer {
  const rules = dictFrom(lower.rules);
  for (const [id, s] of Object.entries(upper.rules)) rules[id] = mergeRuleSetting(rules[id], s) as RuleSetting;
  const review = dictFrom(lower.review);
  // Threshold by threshold, like rules: a nearer file changes what it names and keeps the rest.
  for (const [verdict, t] of Object.entries(upper.review)) review[verdict] = { ...(review[verdict] ?? {}), ...t };
  const sections = dictFrom(lower.sections);
  // A file reached twice (a diamond of extends) adds its entries once.
  for (const [id, list] of Object.entries(upper.sections)) sections[id] = [...new Set([...(sections[id] ?? []), ...list])];
  return {
    profile: upper.profile ?? lower.profile,
    rules,
    profiles: [...upper.profiles, ...lower.profiles.filter((p) => !upper.profiles.some((u) => u.id === p.id))],
    sections,
    // The nearer file's entries first: where two overlap, the first wins.
    terms: [...new Set([...upper.terms, ...lower.terms])],
    allow: [...new Set([...upper.allow, ...lower.allow])],
    review,
  };
}

/** Reads `file` with its extends and packs, once per load (see ReadContext.layers). */
export function readLayer(ctx: ReadContext, file: string, stack: string[]): Layer {
  let layer = ctx.layers.get(file);
  if (!layer) ctx.layers.set(file, (layer = buildLayer(ctx, file, stack)));
  return layer;
}

function buildLayer(ctx: ReadContext, file: string, stack: string[]): Layer {
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
    if (stack.length + 1 >= MAX_EXTENDS_DEPTH) {
      ctx.errors.push(json.error(at, `"extends" 嵌套超过 ${MAX_EXTENDS_DEPTH} 层，“${rel}”未读取。请减少继承的层数。`));
      continue;
    }
    const refused = refusal(ctx, rel, target, file, '配置文件');
    if (refused) {
      ctx.errors.push(json.error(at, refused));
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
  if (isRecord(value.review) && ok(['review'])) {
    for (const [verdict, t] of Object.entries(value.review)) {
      if (!isRecord(t) || !ok(['review', verdict])) continue;
      const kept = dict<number>();
      for (const [k, n] of Object.entries(t)) if (typeof n === 'number' && Number.isInteger(n) && n >= 0 && ok(['review', verdict, k])) kept[k] = n;
      own.review[verdict] = kept;
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
      const refused = refusal(ctx, rel, target, file, '词表文件');
      if (refused) {
        ctx.errors.push(json.error(['packs', i], refused));
        return;
      }
      const pack = readPack(ctx, target);
      if (!pack) return;
      packTerms.push(...pack.terms);
      own.allow.push(...pack.allow);
    });
    // Inline terms come before the packs': the config file is the more specific place.
    own.terms.push(...packTerms);
  }
  dedupeErrors(ctx.errors);
  return mergeLayers(base, own);
}

interface Pack {
  terms: TermEntry[];
  allow: string[];
}

/** A term pack file, read once per load. */
function readPack(ctx: ReadContext, file: string): Pack | null {
  let pack = ctx.packs.get(file);
  if (pack === undefined) ctx.packs.set(file, (pack = buildPack(ctx, file)));
  return pack;
}

/** A term pack file: { "name": …, "terms": [ … ], "allow": [ … ] }. */
function buildPack(ctx: ReadContext, file: string): Pack | null {
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
  const good = (list: string[], path: JsonPath, where: ProfileText = 'heading'): string[] =>
    list.filter((re, i) => {
      const c = checkProfilePattern(re, where);
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
    const c = checkProfilePattern(leadIn.pattern, 'lead-in');
    if (!c.ok) {
      ctx.errors.push(json.error([...at, 'leadIn', 'pattern'], `正则表达式“${leadIn.pattern}”不能使用：${c.message}`));
      leadIn = undefined;
    }
  }
  return {
    ...p,
    recognise: {
      title: good(p.recognise.title, [...at, 'recognise', 'title']),
      leadIn: good(p.recognise.leadIn, [...at, 'recognise', 'leadIn'], 'lead-in'),
      ...(p.recognise.topic ? { topic: good(p.recognise.topic, [...at, 'recognise', 'topic'], 'lead-in') } : {}),
    },
    leadIn,
    parts,
  };
}

function sectionPart(json: JsonFile, ctx: ReadContext, s: Record<string, unknown>, at: JsonPath): ProfilePart | null {
  const name = s.name as string;
  const headings = (s.headings as string[]).filter((re, i) => {
    const c = checkProfilePattern(re);
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
