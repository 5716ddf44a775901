// Validation of a config file against schemas/reportlintrc.schema.json (the same schema VS Code
// uses through `jsonValidation`), with ajv's errors turned into Chinese messages at the right place.
import type { ErrorObject, ValidateFunction } from 'ajv';
import schema from '../../../schemas/reportlintrc.schema.json';
import type { JsonFile, JsonPath } from './json-file';
import type { ConfigError } from './types';

/**
 * The schema's validator, compiled by `npm run gen` (ajv standalone code) rather than by
 * ajv.compile at run time, which took about 100 ms of each process that read a config file.
 * Required when first needed: a check without a config file (most CLI runs) never loads it.
 */
function validate(): ValidateFunction {
  return (require('./schema-validator.generated') as { default: ValidateFunction }).default;
}

/** Rule ids the schema knows (the single list of configurable rules). */
export const schemaRuleIds: readonly string[] = Object.keys(schema.properties.rules.properties);
const TOP_KEYS = Object.keys(schema.properties).filter((k) => k !== '$schema');

const TYPE_NAMES: Record<string, string> = {
  string: '字符串',
  array: '数组',
  object: '对象（{ … }）',
  boolean: '布尔值（true 或 false）',
  number: '数字',
  integer: '整数',
};

function pointerToPath(pointer: string): JsonPath {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

const show = (path: JsonPath): string => (path.length === 0 ? '配置' : `“${path.join('.')}”`);

function oneOfMessage(e: ErrorObject, path: JsonPath): string {
  if (path.length === 2 && path[0] === 'rules') return `规则 ${show(path)} 的设置应为 "error"、"warning"、"info"、"hint"、"off"，或 { "severity": "warning", "options": { … } }。`;
  if (e.schemaPath.includes('/term/') || (path.length === 2 && path[0] === 'terms')) return '每个词条须有且只有 "wrong"（固定写法）或 "pattern"（正则表达式）之一。';
  if (path[0] === 'extends') return '"extends" 应为相对路径字符串，或路径字符串的数组。';
  return `${show(path)} 的写法不符合要求，请对照说明修改。`;
}

function message(e: ErrorObject, path: JsonPath): string {
  const p = e.params as Record<string, unknown>;
  switch (e.keyword) {
    case 'additionalProperties': {
      const key = String(p.additionalProperty);
      if (path.length === 1 && path[0] === 'rules') return `未知的规则“${key}”。请检查拼写；可用的规则：${schemaRuleIds.join('、')}。`;
      if (path.length === 0) return `未知的配置项“${key}”。请检查拼写；可用的配置项：${TOP_KEYS.join('、')}。`;
      return `未知的字段“${key}”，请删去或检查拼写。`;
    }
    case 'type':
      return `${show(path)} 应为${TYPE_NAMES[String(p.type)] ?? String(p.type)}。`;
    case 'enum':
      return `${show(path)} 应为以下值之一：${(p.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join('、')}。`;
    case 'required':
      return `缺少必填字段“${String(p.missingProperty)}”，请补上。`;
    case 'minLength':
      return `${show(path)} 不能为空。`;
    case 'maxLength':
      return `${show(path)} 过长，最多 ${String(p.limit)} 个字符。`;
    case 'minItems':
      return `${show(path)} 至少要有 ${String(p.limit)} 项。`;
    case 'oneOf':
      return oneOfMessage(e, path);
    default:
      return `${show(path)} 不符合要求（${e.message ?? e.keyword}），请修改。`;
  }
}

/**
 * Schema errors of a parsed config file, and the JSON paths that hold them (so the loader can
 * leave out exactly the bad parts). One message per place: the branches a oneOf tried are
 * folded into the oneOf's own message.
 */
export function schemaErrors(file: JsonFile): { errors: ConfigError[]; badPaths: JsonPath[] } {
  const v = validate();
  v(file.value);
  const raw = v.errors ?? [];
  // A failed oneOf also reports why each branch failed. At the oneOf's own place those are noise
  // (a string is not an object…); below it they are the specific reason, and then win.
  const oneOfs = raw.filter((e) => e.keyword === 'oneOf');
  const branchNoise = (e: ErrorObject, at: string): boolean =>
    e.instancePath === at &&
    (e.keyword === 'type' || e.keyword === 'enum' || (e.keyword === 'required' && ['wrong', 'pattern'].includes(String((e.params as { missingProperty?: string }).missingProperty))));
  let kept = raw.filter((e) => !oneOfs.some((o) => branchNoise(e, o.instancePath)));
  kept = kept.filter((e) => e.keyword !== 'oneOf' || !kept.some((d) => d.instancePath.startsWith(`${e.instancePath}/`)));
  const errors: ConfigError[] = [];
  const badPaths: JsonPath[] = [];
  const seen = new Set<string>();
  for (const e of kept) {
    const path = pointerToPath(e.instancePath);
    const isKey = e.keyword === 'additionalProperties';
    const at = isKey ? [...path, String((e.params as { additionalProperty: string }).additionalProperty)] : path;
    const err = file.error(at, message(e, path), { source: 'schema', key: isKey });
    const id = `${err.offset}:${err.message}`;
    if (seen.has(id)) continue;
    seen.add(id);
    errors.push(err);
    badPaths.push(at);
  }
  return { errors, badPaths };
}
