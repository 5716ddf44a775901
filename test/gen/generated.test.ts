// The config schema's rule entries, the rule settings in package.json and the README's rule table
// are generated from the rules' own metadata (scripts/gen/rule-docs.ts). A rule added or changed
// without `npm run gen` leaves them stale, and this fails with the file to regenerate.
import { strict as assert } from 'node:assert';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { generatedFiles } from '../../scripts/gen/rule-docs';
import { allRules, type Rule } from '../../server/src/engine';

const root = join(__dirname, '..', '..');

describe('generated from the rules (npm run gen)', () => {
  for (const f of generatedFiles(root)) {
    it(`${f.path} is up to date`, () => {
      assert.ok(existsSync(join(root, f.path)) && readFileSync(join(root, f.path), 'utf8') === f.content, `${f.path} is stale: run npm run gen`);
    });
  }

  it('a new rule appears in the schema, the settings and the README table', () => {
    const extra: Rule = {
      id: 'example-rule',
      description: 'An example.',
      defaultSeverity: 'hint',
      docs: { zh: '示例规则。', finds: 'an example finding', fix: 'an example fix' },
      options: { limit: { type: 'integer' } },
      check: () => undefined,
    };
    const files = Object.fromEntries(generatedFiles(root, [...allRules, extra]).map((f) => [f.path, f.content]));
    const schema = JSON.parse(files['schemas/reportlintrc.schema.json']);
    assert.equal(schema.properties.rules.properties['example-rule'].description, '示例规则。选项：limit。');
    assert.deepEqual(schema.properties.rules.properties['example-rule'].oneOf[2].properties.options.properties, { limit: { type: 'integer' } });
    const pkg = JSON.parse(files['package.json']);
    assert.deepEqual(pkg.contributes.configuration.properties['reportLint.rules'].properties['example-rule'].enum, ['error', 'warning', 'info', 'hint', 'off']);
    assert.match(files['README.md'], /\| `example-rule` \| hint \| an example finding \| an example fix \|/);
  });

  it('every rule documents itself: a Chinese line and what it finds', () => {
    for (const r of allRules) {
      assert.match(r.docs.zh, /[\u4e00-\u9fff]/, r.id);
      assert.ok(r.docs.finds.length > 10, r.id);
      assert.match(r.id, /^[a-z]+(-[a-z]+)*$/, 'ids are kebab-case');
    }
  });
});
