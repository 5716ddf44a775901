// The workspace check (报告检查: 检查工作区全部报告) applies the same reportLint.* settings as the
// language server's diagnostics of an open document: rules and profile beneath each report's
// config files, the files read only in a trusted workspace. Checked against the server's own
// config path (WorkspaceConfigs + analyze) on real files.
import { strict as assert } from 'node:assert';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { settingsGroups, workspaceCheckSettings, type SettingsSection } from '../../client/src/review/workspace-settings';
import { checkFiles } from '../../server/src/cli/check-files';
import { analyze } from '../../server/src/engine';
import { engineConfig, readSettings } from '../../server/src/lsp/settings';
import { WorkspaceConfigs } from '../../server/src/lsp/workspace-config';
import { tempDir } from '../helpers/cli';
import { sampleText } from '../helpers/paths';

/** A settings section as VS Code's getConfiguration('reportLint') returns it. */
const section = (values: Record<string, unknown>): SettingsSection => ({ get: <T>(key: string) => values[key] as T | undefined });

/** The findings the language server would publish for the open document at `path`. */
function serverFindings(path: string, values: Record<string, unknown>, trusted: boolean, folder: string): string[] {
  const configs = new WorkspaceConfigs(
    { openText: () => undefined, openUri: () => undefined, publish: () => undefined, filesChanged: () => undefined },
    { trusted, jsonValidationByClient: false, folders: [folder] },
  );
  const { config } = configs.forDocument(`file://${path}`, path, engineConfig(readSettings({ reportLint: values })));
  return analyze(readFileSync(path, 'utf8'), config).findings.map((f) => `${f.rule}:${f.severity}:${f.span.start}`);
}

async function workspaceFindings(path: string, values: Record<string, unknown>, trusted: boolean): Promise<{ findings: string[]; kind: string }> {
  const [o] = await checkFiles([path], workspaceCheckSettings(section(values), trusted), { jobs: 1 });
  assert.ok(o.ok, o.ok ? '' : o.reason);
  const text = readFileSync(path, 'utf8');
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1);
  return { findings: o.report.diagnostics.map((d) => `${d.rule}:${d.severity}:${starts[d.line - 1] + d.column - 1}`), kind: o.kind };
}

describe('client: the workspace check uses the editor settings', function () {
  this.timeout(60_000);
  let tmp: ReturnType<typeof tempDir>;
  let file: string;
  beforeEach(() => {
    tmp = tempDir();
    mkdirSync(join(tmp.dir, 'dept'));
    file = join(tmp.dir, 'dept', 'report.md');
    writeFileSync(file, sampleText);
  });
  afterEach(() => tmp.cleanup());

  it('applies reportLint.rules and reportLint.profile like the diagnostics of an open document', async () => {
    const plain = await workspaceFindings(file, {}, true);
    assert.ok(plain.findings.some((f) => f.startsWith('placeholder:')));
    assert.equal(plain.kind, '述法报告');

    const values = { rules: { placeholder: 'off', term: 'error' }, profile: 'shuzhi' };
    const set = await workspaceFindings(file, values, true);
    assert.ok(!set.findings.some((f) => f.startsWith('placeholder:')), 'placeholder off by the setting');
    const terms = set.findings.filter((f) => f.startsWith('term:'));
    assert.ok(terms.length > 0 && terms.every((f) => f.startsWith('term:error')), 'term raised to error');
    assert.equal(set.kind, '述职报告');
    assert.deepEqual(set.findings, serverFindings(file, values, true, tmp.dir));
  });

  it('puts the settings beneath the config files, and reads no config file in an untrusted workspace', async () => {
    writeFileSync(join(tmp.dir, '.reportlintrc.json'), JSON.stringify({ rules: { placeholder: 'error' } }));
    const values = { rules: { placeholder: 'off', 'heading-sequence': 'off' } };
    const trusted = await workspaceFindings(file, values, true);
    // The file wins for placeholder; the setting still turns heading-sequence off.
    assert.ok(trusted.findings.some((f) => f.startsWith('placeholder:error')));
    assert.ok(!trusted.findings.some((f) => f.startsWith('heading-sequence:')));
    assert.deepEqual(trusted.findings, serverFindings(file, values, true, tmp.dir));
    const untrusted = await workspaceFindings(file, values, false);
    assert.ok(!untrusted.findings.some((f) => f.startsWith('placeholder:')));
    assert.deepEqual(untrusted.findings, serverFindings(file, values, false, tmp.dir));
  });

  it('groups the folders of a multi-root workspace by their settings, keeping their order', () => {
    const a = workspaceCheckSettings(section({ rules: { placeholder: 'off' } }), true);
    const b = workspaceCheckSettings(section({}), true);
    const groups = settingsGroups([
      { files: ['/a/1.md'], settings: a },
      { files: ['/b/1.md'], settings: workspaceCheckSettings(section({ rules: { placeholder: 'off' } }), true) },
      { files: ['/c/1.md'], settings: b },
    ]);
    assert.deepEqual(groups.map((g) => g.files), [['/a/1.md', '/b/1.md'], ['/c/1.md']]);
    assert.equal(workspaceCheckSettings(section({ maxFileSize: 1000 }), true).maxSize, 1000);
  });
});
