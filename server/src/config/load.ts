// Finding and loading the configuration for a document: the nearest .reportlintrc.json up the
// folder tree, what it extends, its packs, applied over the editor/CLI settings.
import * as nodePath from 'node:path';
import { allRules, builtinProfiles } from '../engine';
import type { EngineConfig, ProfileData, RuleSetting } from '../engine';
import { dictFrom } from './dict';
import { mergeRuleSetting, newContext, readLayer, readText, type Layer, type ReadContext } from './layer';
import { CONFIG_FILE_NAME, type ConfigReader, type LoadOptions, type LoadedConfig } from './types';

/** The rules that take the `allow` option (every language rule): the top-level `allow` reaches them. */
const ALLOW_RULES = allRules.filter((r) => r.options?.allow !== undefined).map((r) => r.id);

/** The nearest config file at or above `dir` (not above `stopAt`), or null. */
export function findConfigFile(dir: string, read: ConfigReader, stopAt?: string): string | null {
  const ctx = newContext(read);
  return findIn(ctx, nodePath.resolve(dir), stopAt === undefined ? undefined : nodePath.resolve(stopAt));
}

function findIn(ctx: ReadContext, dir: string, stopAt: string | undefined): string | null {
  for (let d = dir; ; ) {
    const candidate = nodePath.join(d, CONFIG_FILE_NAME);
    if (readText(ctx, candidate) !== null) return candidate;
    const parent = nodePath.dirname(d);
    if (parent === d || d === stopAt) return null;
    d = parent;
  }
}

/**
 * The configuration for the document at `documentPath`: the nearest config file wins (the ones
 * further up apply only through "extends"); `options.base` (editor settings, CLI flags) lies
 * beneath it. Never throws: problems come back in `errors` and the rest applies.
 */
export function loadConfig(documentPath: string, read: ConfigReader, options: LoadOptions = {}): LoadedConfig {
  const ctx = newContext(read, options);
  const stopAt = options.stopAt === undefined ? undefined : nodePath.resolve(options.stopAt);
  const file = findIn(ctx, nodePath.dirname(nodePath.resolve(documentPath)), stopAt);
  if (!file) return { config: options.base ?? {}, configFile: null, files: [], errors: [] };
  return finish(ctx, file, options);
}

/** Loads one given config file (e.g. the one open in the editor, to show its errors). */
export function loadConfigFile(configPath: string, read: ConfigReader, options: LoadOptions = {}): LoadedConfig {
  const ctx = newContext(read, options);
  const file = nodePath.resolve(configPath);
  if (readText(ctx, file) === null) return { config: options.base ?? {}, configFile: null, files: [], errors: [] };
  return finish(ctx, file, options);
}

function finish(ctx: ReadContext, file: string, options: LoadOptions): LoadedConfig {
  const layer = readLayer(ctx, file, []);
  const config = applyLayer(options.base ?? {}, layer, ctx);
  // In reading order of the files, then top to bottom in each.
  const order = new Map(ctx.files.map((f, i) => [f, i]));
  const errors = [...ctx.errors].sort((a, b) => (order.get(a.file) ?? 0) - (order.get(b.file) ?? 0) || a.offset - b.offset);
  return { config, configFile: file, files: ctx.files, errors, review: layer.review };
}

function withOptions(setting: RuleSetting | undefined, add: (options: Record<string, unknown>) => Record<string, unknown>): RuleSetting {
  if (setting === undefined || setting === true) return { options: add({}) };
  if (setting === false) return { severity: 'off', options: add({}) };
  if (typeof setting === 'string') return { severity: setting, options: add({}) };
  return { ...setting, options: add({ ...(setting.options ?? {}) }) };
}

/**
 * Settings that win over the files (the CLI's --rule and --profile flags): a bare severity
 * keeps the options the files gave the rule (its terms and allow-list).
 */
export function overrideConfig(config: EngineConfig, over: { profile?: string; rules?: Record<string, RuleSetting> }): EngineConfig {
  const rules = dictFrom(config.rules);
  for (const [id, s] of Object.entries(over.rules ?? {})) rules[id] = mergeRuleSetting(rules[id], s) as RuleSetting;
  return { ...config, rules, ...(over.profile !== undefined ? { profile: over.profile } : {}) };
}

const asArray = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

/** The layer over the base config, with terms/allow folded into the language rules' options. */
function applyLayer(base: EngineConfig, layer: Layer, ctx?: ReadContext): EngineConfig {
  const rules = dictFrom(base.rules);
  for (const [id, s] of Object.entries(layer.rules)) rules[id] = mergeRuleSetting(rules[id], s) as RuleSetting;
  if (layer.terms.length > 0) rules.term = withOptions(rules.term, (o) => ({ ...o, terms: [...layer.terms, ...asArray(o.terms)] }));
  if (layer.allow.length > 0) {
    for (const id of ALLOW_RULES) rules[id] = withOptions(rules[id], (o) => ({ ...o, allow: [...new Set([...layer.allow, ...asArray(o.allow)])] }));
  }

  let profiles: ProfileData[] = [...layer.profiles, ...(base.profiles ?? []).filter((p) => !layer.profiles.some((l) => l.id === p.id))];
  const known = (id: string): ProfileData | undefined => profiles.find((p) => p.id === id) ?? builtinProfiles.find((p) => p.id === id);

  for (const [profileId, extras] of Object.entries(layer.sections)) {
    const target = known(profileId);
    if (!target) {
      for (const x of extras) ctx?.errors.push(x.where(`未知的报告类型“${profileId}”，这些必备部分不会生效。可用的类型：${allIds(profiles).join('、')}。`));
      continue;
    }
    const parts = [...target.parts];
    for (const x of extras) {
      if (x.after === undefined) {
        parts.push(x.part);
        continue;
      }
      const i = parts.findIndex((p) => p.id === x.after);
      if (i < 0) {
        ctx?.errors.push(x.where(`“${profileId}”中没有 id 为“${x.after}”的部分，已把“${x.part.name}”放在最后。可用的 id：${parts.map((p) => p.id).join('、')}。`, 'warning'));
        parts.push(x.part);
      } else parts.splice(i + 1, 0, x.part);
    }
    const changed: ProfileData = { ...target, parts };
    profiles = [changed, ...profiles.filter((p) => p.id !== profileId)];
  }

  let profile = base.profile;
  if (layer.profile) {
    if (known(layer.profile.id)) profile = layer.profile.id;
    else ctx?.errors.push(layer.profile.where(`未知的报告类型“${layer.profile.id}”，已改为自动识别。可用的类型：${allIds(profiles).join('、')}。`));
  }
  const config: EngineConfig = { ...base };
  if (Object.keys(rules).length > 0 || base.rules) config.rules = rules;
  if (profile !== undefined) config.profile = profile;
  else delete config.profile;
  if (profiles.length > 0) config.profiles = profiles;
  return config;
}

function allIds(profiles: ProfileData[]): string[] {
  return [...new Set([...profiles.map((p) => p.id), ...builtinProfiles.map((p) => p.id)])];
}

