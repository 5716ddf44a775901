// What the rules say of themselves (server/src/engine/rules/*.ts: id, descriptions, default
// severity, option schemas), written into the files that must agree with them:
// - schemas/reportlintrc.schema.json: the entries of `rules` (with each rule's option schema);
// - package.json: the `reportLint.rules` settings and the default of `reportLint.maxFileSize`;
// - README.md: the rule table between <!-- rules:start --> and <!-- rules:end -->;
// - server/src/config/schema-validator.generated.ts: that schema's validator, compiled here by
//   ajv's standalone code generation, so no run compiles it (ajv.compile took about 100 ms of
//   every CLI run and server start that read a config file).
// `npm run gen` writes them; test/gen/generated.test.ts fails when one is stale.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import standaloneCode from 'ajv/dist/standalone';
import { allRules, compareRules, RULE_LEVELS, type CompareRule, type JsonSchema, type Rule } from '../../server/src/engine';
import { DEFAULT_MAX_FILE_SIZE } from '../../server/src/shared/protocol';

export interface GeneratedFile {
  /** Relative to the repository root. */
  path: string;
  content: string;
}

const README_START = '<!-- rules:start (generated from the rules by `npm run gen`; do not edit) -->';
const README_END = '<!-- rules:end -->';

const json = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;

/** The config schema's entry for one rule: a level, or `{ severity, options }` with the rule's own options. */
function schemaEntry(rule: Rule | CompareRule): JsonSchema {
  const names = Object.keys(rule.options ?? {});
  const description = names.length > 0 ? `${rule.docs.zh}选项：${names.join('、')}。` : rule.docs.zh;
  if (names.length === 0) return { $ref: '#/definitions/ruleSetting', description };
  return {
    description,
    oneOf: [
      { $ref: '#/definitions/severity' },
      { type: 'boolean' },
      {
        type: 'object',
        additionalProperties: false,
        properties: {
          severity: { $ref: '#/definitions/severity' },
          options: { type: 'object', additionalProperties: false, properties: rule.options },
        },
      },
    ],
  };
}

/** The config's `rules` also set the `report-lint compare` rules (compare/index.ts). */
function schema(root: string, rules: readonly (Rule | CompareRule)[]): GeneratedFile {
  const path = 'schemas/reportlintrc.schema.json';
  const s = JSON.parse(readFileSync(join(root, path), 'utf8'));
  s.properties.rules.properties = Object.fromEntries(rules.map((r) => [r.id, schemaEntry(r)]));
  return { path, content: json(s) };
}

function packageJson(root: string, rules: readonly Rule[]): GeneratedFile {
  const path = 'package.json';
  const pkg = JSON.parse(readFileSync(join(root, path), 'utf8'));
  const props = pkg.contributes.configuration.properties;
  props['reportLint.rules'].properties = Object.fromEntries(
    rules.map((r) => [r.id, { type: 'string', enum: [...RULE_LEVELS], description: `${r.docs.zh}${r.description}` }]),
  );
  props['reportLint.maxFileSize'].default = DEFAULT_MAX_FILE_SIZE;
  return { path, content: json(pkg) };
}

const cell = (s: string): string => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

function readme(root: string, rules: readonly Rule[]): GeneratedFile {
  const path = 'README.md';
  const text = readFileSync(join(root, path), 'utf8');
  const start = text.indexOf(README_START);
  const end = text.indexOf(README_END);
  if (start < 0 || end < start) throw new Error(`${path}: the markers ${README_START} … ${README_END} are missing`);
  const table = [
    '| id | default | what it finds | fix |',
    '|---|---|---|---|',
    ...rules.map((r) => `| \`${r.id}\` | ${r.defaultSeverity} | ${cell(r.docs.finds)} | ${cell(r.docs.fix ?? '—')} |`),
  ].join('\n');
  return { path, content: `${text.slice(0, start)}${README_START}\n${table}\n${text.slice(end)}` };
}

/** The config validator as code, compiled from the generated schema with the options the loader relies on. */
function validator(schemaFile: GeneratedFile): GeneratedFile {
  const ajv = new Ajv({ allErrors: true, code: { source: true, esm: true } });
  // One export, the default: the loader requires the module lazily (config/schema.ts).
  const code = standaloneCode(ajv, ajv.compile(JSON.parse(schemaFile.content))).replace('export const validate = validate10;', '');
  const header = ['// Generated from schemas/reportlintrc.schema.json by `npm run gen` (ajv standalone code); do not edit.', '// @ts-nocheck'].join('\n');
  return { path: 'server/src/config/schema-validator.generated.ts', content: `${header}\n${code}\n` };
}

/** Every generated file as it should be, from the files under `root` and the registered rules. */
export function generatedFiles(root: string, rules: readonly Rule[] = allRules): GeneratedFile[] {
  const schemaFile = schema(root, [...rules, ...compareRules]);
  return [schemaFile, validator(schemaFile), packageJson(root, rules), readme(root, rules)];
}
