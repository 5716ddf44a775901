// What the rules say of themselves (server/src/engine/rules/*.ts: id, descriptions, default
// severity, option schemas), written into the files that must agree with them:
// - schemas/reportlintrc.schema.json: the entries of `rules` (with each rule's option schema);
// - package.json: the `reportLint.rules` settings and the default of `reportLint.maxFileSize`;
// - README.md: the rule table between <!-- rules:start --> and <!-- rules:end -->.
// `npm run gen` writes them; test/gen/generated.test.ts fails when one is stale.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
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

/** Every generated file as it should be, from the files under `root` and the registered rules. */
export function generatedFiles(root: string, rules: readonly Rule[] = allRules): GeneratedFile[] {
  return [schema(root, [...rules, ...compareRules]), packageJson(root, rules), readme(root, rules)];
}
