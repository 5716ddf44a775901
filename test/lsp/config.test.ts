// The real server with .reportlintrc.json files: errors published on the config and pack files,
// re-analysis when they change (open buffer, disk, created, deleted), workspace trust, and the
// code actions that add a word to the allow-list or disable a rule for the file or workspace.
import assert from 'node:assert/strict';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CodeActionKind, DiagnosticSeverity, FileChangeType, type Diagnostic, type PublishDiagnosticsParams } from 'vscode-languageserver/node';
import { addAllowedWord } from '../../server/src/config/edit';
import { tempDir } from '../helpers/cli';
import { LspTestClient, type StartOptions } from '../helpers/lsp-client';
import { requireBuilt } from '../helpers/paths';

const report = '# 学习体会\n\n开展网格员培训，办理建议**件，开展“以案释法”、“法律八进”等活动，要抗牢政治责任，参加12.4国家宪法日活动。\n';
const defaultRules = ['placeholder', 'punctuation', 'term', 'numeral'];
const rules = (p: PublishDiagnosticsParams) => p.diagnostics.map((d) => String(d.code));
const uriOf = (path: string) => pathToFileURL(path).href;

const brokenConfig = `{
  "rules": {
    "placeholder": "off",
    "trem": "off"
  },
  "terms": [{ "pattern": "(a+)+", "right": "b" }]
}
`;

describe('language server: config files', () => {
  let tmp: ReturnType<typeof tempDir>;
  let client: LspTestClient | undefined;
  let ws: string;
  let reportUri: string;

  const write = (rel: string, text: string): string => {
    const file = join(ws, rel);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, text);
    return file;
  };
  const start = async (opts: StartOptions = {}): Promise<LspTestClient> => {
    client = await LspTestClient.start({
      workspaceFolders: [uriOf(ws)],
      ...opts,
      initializationOptions: { reportLint: { debounceMs: 0 }, ...(opts.initializationOptions as object) },
    });
    return client;
  };
  /** The next publish for `uri` (from the `from`-th on) that satisfies `match`. */
  const next = (c: LspTestClient, uri: string, from: number, what: string, match: (p: PublishDiagnosticsParams) => boolean = () => true) =>
    c.waitForPublish(uri, match, what, from);

  before(requireBuilt);
  beforeEach(() => {
    tmp = tempDir();
    ws = join(tmp.dir, 'ws');
    mkdirSync(ws);
    reportUri = uriOf(join(ws, 'dept', 'report.md'));
  });
  afterEach(async () => {
    if (client) await client.stopCleanly();
    client = undefined;
    tmp.cleanup();
  });

  describe('errors in config files', () => {
    it('are published on the config file at their line, and the rest of it applies', async () => {
      const configPath = write('.reportlintrc.json', brokenConfig);
      const configUri = uriOf(configPath);
      const c = await start();
      await c.open(reportUri, report);
      // "placeholder": "off" applies although the file has errors.
      assert.deepEqual(rules(await c.waitForDiagnostics(reportUri, 1)), ['punctuation', 'term', 'numeral']);
      // The status names the config file (the VS Code status bar shows it).
      const status = await c.statuses.wait((st) => st.uri === reportUri, 'status', 5000);
      assert.equal(status.configFile, configPath);
      const onConfig = await next(c, configUri, 0, 'config diagnostics');
      assert.deepEqual(
        onConfig.diagnostics.map((d) => [d.range.start.line + 1, d.range.start.character + 1, d.severity, d.code, d.source]),
        [
          [4, 5, DiagnosticSeverity.Error, 'config', 'report-lint'],
          [6, 26, DiagnosticSeverity.Error, 'config', 'report-lint'],
        ],
      );
      assert.match(String(onConfig.diagnostics[0].message), /未知的规则“trem”/);
      assert.match(String(onConfig.diagnostics[1].message), /“\(a\+\)\+”不能使用/);
      // Another editor (no jsonValidationByClient) keeps the schema error with the file open:
      // a line added at the top moves both errors down.
      await c.open(configUri, brokenConfig, 'jsonc');
      const from = c.diagnostics.all.length;
      await c.change(configUri, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: '// 本区配置\n' }]);
      const moved = await next(c, configUri, from, 'errors one line down', (p) => p.diagnostics[0]?.range.start.line === 4);
      assert.deepEqual(
        moved.diagnostics.map((d) => d.range.start.line + 1),
        [5, 7],
      );
    });

    it('on an open .reportlintrc.json, leave schema errors to a client that validates it (jsonValidationByClient)', async () => {
      const configUri = uriOf(write('.reportlintrc.json', brokenConfig));
      const c = await start({ initializationOptions: { jsonValidationByClient: true } });
      await c.open(reportUri, report);
      await next(c, configUri, 0, 'both errors while the file is closed', (p) => p.diagnostics.length === 2);
      let from = c.diagnostics.all.length;
      await c.open(configUri, brokenConfig, 'jsonc');
      const open = await next(c, configUri, from, 'only our own check once open', (p) => p.diagnostics.length === 1);
      assert.equal(open.diagnostics[0].range.start.line, 5);
      from = c.diagnostics.all.length;
      await c.close(configUri);
      await next(c, configUri, from, 'the schema error again once closed', (p) => p.diagnostics.length === 2);
    });

    it('are published on a term pack file too, and an open config file shows its errors with no report open', async () => {
      write('terms.json', '{ "name": "本区词表", "terms": [{ "wrong": "网格员", "right": "网格管理员" }], "colour": 1 }');
      const configText = '{ "packs": ["./terms.json"] }';
      const configPath = write('.reportlintrc.json', configText);
      const c = await start();
      await c.open(uriOf(configPath), configText, 'jsonc');
      const pack = await next(c, uriOf(join(ws, 'terms.json')), 0, 'pack diagnostics');
      assert.deepEqual(
        pack.diagnostics.map((d) => [d.range.start.line, d.severity]),
        [[0, DiagnosticSeverity.Warning]],
      );
      assert.match(String(pack.diagnostics[0].message), /未知的字段“colour”/);
      // The pack's term applies to reports.
      await c.open(reportUri, report);
      assert.deepEqual(rules(await c.waitForDiagnostics(reportUri, 1)), ['term', ...defaultRules]);
    });
  });

  describe('changes', () => {
    it('re-analyses open reports when the config changes in its open buffer, and again when the buffer closes', async () => {
      const configText = '{ "rules": { "placeholder": "off" } }';
      const configUri = uriOf(write('.reportlintrc.json', configText));
      const c = await start();
      await c.open(reportUri, report);
      assert.deepEqual(rules(await c.waitForDiagnostics(reportUri, 1)), ['punctuation', 'term', 'numeral']);
      await c.open(configUri, configText, 'jsonc');
      let from = c.diagnostics.all.length;
      const doc = c.doc(configUri);
      await c.change(configUri, [{ range: { start: doc.positionAt(0), end: doc.positionAt(configText.length) }, text: '{ "rules": { "placeholder": "error" } }' }]);
      const edited = await next(c, reportUri, from, 'report with placeholder errors', (p) => rules(p).includes('placeholder'));
      assert.equal(edited.version, 1, 'the report itself did not change');
      assert.equal(edited.diagnostics.find((d) => d.code === 'placeholder')?.severity, DiagnosticSeverity.Error);
      // Closed without saving: the file on disk applies again.
      from = c.diagnostics.all.length;
      await c.close(configUri);
      await next(c, reportUri, from, 'report with the disk config', (p) => !rules(p).includes('placeholder'));
    });

    it('applies a config file opened in the editor before it is saved (editors without file watchers)', async () => {
      const c = await start();
      await c.open(reportUri, report);
      assert.deepEqual(rules(await c.waitForDiagnostics(reportUri, 1)), defaultRules);
      const from = c.diagnostics.all.length;
      await c.open(uriOf(join(ws, 'dept', '.reportlintrc.json')), '{ "rules": { "term": "off" } }', 'jsonc');
      await next(c, reportUri, from, 'the unsaved config', (p) => rules(p).join() === 'placeholder,punctuation,numeral');
    });

    it('re-analyses on file events: changed, deleted and created config files, and a changed pack', async () => {
      const configPath = write('.reportlintrc.json', '{ "rules": { "placeholder": "off" }, "packs": ["./packs/terms.json"] }');
      const packPath = write('packs/terms.json', '{ "terms": [] }');
      const c = await start({ watchFiles: true });
      await c.open(reportUri, report);
      assert.deepEqual(rules(await c.waitForDiagnostics(reportUri, 1)), ['punctuation', 'term', 'numeral']);

      // The server watches every config file, and the pack it read.
      const watchers = () => c.registered.filter((r) => r.method === 'workspace/didChangeWatchedFiles').flatMap((r) => (r.registerOptions as { watchers: { globPattern: unknown }[] }).watchers.map((w) => w.globPattern));
      assert.deepEqual(watchers()[0], '**/*.reportlintrc.json');
      const deadline = Date.now() + 60_000; // a hang guard: the registration comes after the first analysis
      while (!watchers().some((g) => JSON.stringify(g) === JSON.stringify({ baseUri: uriOf(dirname(packPath)), pattern: 'terms.json' })) && Date.now() < deadline) {
        await new Promise((r) => setTimeout(r, 20));
      }
      assert.ok(
        watchers().some((g) => JSON.stringify(g) === JSON.stringify({ baseUri: uriOf(dirname(packPath)), pattern: 'terms.json' })),
        JSON.stringify(watchers()),
      );

      let from = c.diagnostics.all.length;
      writeFileSync(packPath, '{ "terms": [{ "wrong": "网格员", "right": "网格管理员" }] }');
      await c.filesChanged([{ uri: uriOf(packPath), type: FileChangeType.Changed }]);
      await next(c, reportUri, from, 'the pack term', (p) => rules(p).join() === 'term,punctuation,term,numeral');

      from = c.diagnostics.all.length;
      writeFileSync(configPath, '{ "rules": { "term": "off" } }');
      await c.filesChanged([{ uri: uriOf(configPath), type: FileChangeType.Changed }]);
      await next(c, reportUri, from, 'term off, placeholders back', (p) => rules(p).join() === 'placeholder,punctuation,numeral');

      from = c.diagnostics.all.length;
      rmSync(configPath);
      await c.filesChanged([{ uri: uriOf(configPath), type: FileChangeType.Deleted }]);
      await next(c, reportUri, from, 'defaults', (p) => rules(p).join() === defaultRules.join());

      // A new config file nearer to the report.
      from = c.diagnostics.all.length;
      const nearer = write('dept/.reportlintrc.json', '{ "rules": { "numeral": "off", "punctuation": "off" } }');
      await c.filesChanged([{ uri: uriOf(nearer), type: FileChangeType.Created }]);
      await next(c, reportUri, from, 'the new config', (p) => rules(p).join() === 'placeholder,term');
    });
  });

  describe('workspace trust', () => {
    it('reads no config file in an untrusted workspace, and does once trust is granted', async () => {
      const configUri = uriOf(write('.reportlintrc.json', brokenConfig));
      const c = await start({ initializationOptions: { trustedWorkspace: false } });
      await c.open(reportUri, report);
      assert.deepEqual(rules(await c.waitForDiagnostics(reportUri, 1)), defaultRules);
      const actions = await c.codeActions(reportUri, { start: { line: 0, character: 0 }, end: { line: 3, character: 0 } });
      assert.ok(actions.length > 0);
      assert.deepEqual(actions.filter((a) => a.command), [], 'no action that writes a config file');
      await new Promise((r) => setTimeout(r, 200));
      assert.deepEqual(c.diagnostics.all.filter((p) => p.uri === configUri), [], 'no config diagnostics');

      const from = c.diagnostics.all.length;
      await c.conn.sendNotification('reportLint/didChangeTrust', { trusted: true });
      await next(c, reportUri, from, 'report with the config', (p) => !rules(p).includes('placeholder'));
      await next(c, configUri, from, 'config errors', (p) => p.diagnostics.length === 2);
    });
  });

  describe('workspace trust from settings', () => {
    it('is not taken from workspace settings: a workspace cannot trust itself', async () => {
      write('.reportlintrc.json', '{ "rules": { "placeholder": "off" } }');
      const c = await start({ initializationOptions: { trustedWorkspace: false }, configuration: { debounceMs: 0, trustedWorkspace: true } });
      await c.open(reportUri, report);
      assert.deepEqual(rules(await c.waitForDiagnostics(reportUri, 1)), defaultRules);
      const from = c.diagnostics.all.length;
      await c.changeConfiguration({ debounceMs: 0, trustedWorkspace: true, rules: { numeral: 'off' } });
      // The settings change applies; the config file still does not.
      await next(c, reportUri, from, 'settings applied', (p) => rules(p).join() === 'placeholder,punctuation,term');
    });
  });

  describe('code actions', () => {
    const termDiagnostic = async (c: LspTestClient, uri = reportUri): Promise<Diagnostic> => {
      const d = (await c.waitForDiagnostics(uri, 1)).diagnostics.find((x) => x.code === 'term');
      assert.ok(d, 'a term diagnostic');
      return d;
    };

    it('offers to add the word to the workspace allow-list and to disable the rule in the workspace, as client commands', async () => {
      const c = await start();
      await c.open(reportUri, report);
      const target = await termDiagnostic(c);
      const actions = await c.codeActions(reportUri, target.range, [target]);
      const allow = actions.find((a) => a.title === '将“抗牢”加入工作区允许词表');
      assert.ok(allow, JSON.stringify(actions.map((a) => a.title)));
      assert.equal(allow.kind, CodeActionKind.QuickFix);
      assert.equal(allow.edit, undefined, 'the server writes no file');
      assert.deepEqual(allow.command, {
        title: '将“抗牢”加入工作区允许词表',
        command: 'reportLint.editConfig',
        arguments: [{ action: 'allow', word: '抗牢', documentUri: reportUri }],
      });
      const disable = actions.find((a) => a.title === '在工作区禁用 term 规则');
      assert.deepEqual(disable?.command?.arguments, [{ action: 'disable', rule: 'term', documentUri: reportUri }]);
      assert.equal(disable?.command?.command, 'reportLint.editConfig');
      // Only term findings get the allow-list action.
      const placeholder = (await c.waitForDiagnostics(reportUri, 1)).diagnostics.find((d) => d.code === 'placeholder')!;
      const forPlaceholder = await c.codeActions(reportUri, placeholder.range, [placeholder]);
      assert.ok(!forPlaceholder.some((a) => a.title.includes('允许词表') && a.diagnostics?.[0].code === 'placeholder'));
      assert.ok(forPlaceholder.some((a) => a.title === '在工作区禁用 placeholder 规则'));

      // What the client does with the command: write the word into the config file it was told.
      const from = c.diagnostics.all.length;
      const configPath = join(ws, '.reportlintrc.json');
      writeFileSync(configPath, addAllowedWord('', '抗牢').text);
      await c.filesChanged([{ uri: uriOf(configPath), type: FileChangeType.Created }]);
      await next(c, reportUri, from, 'report without 抗牢', (p) => rules(p).join() === 'placeholder,punctuation,numeral');
    });

    it('"disable in this file" inserts a file directive that removes the rule\'s findings', async () => {
      const c = await start();
      await c.open(reportUri, report);
      const target = await termDiagnostic(c);
      const action = (await c.codeActions(reportUri, target.range, [target])).find((a) => a.title === '在本文件中禁用 term 规则');
      assert.ok(action?.edit);
      const v2 = await c.applyWorkspaceEdit(action.edit, reportUri);
      assert.equal(c.text(reportUri), `<!-- report-lint-disable-file term -->\n${report}`);
      assert.deepEqual(rules(await c.waitForDiagnostics(reportUri, v2)), ['placeholder', 'punctuation', 'numeral']);
      // A second rule joins the same directive.
      const numeral = (await c.waitForDiagnostics(reportUri, v2)).diagnostics.find((d) => d.code === 'numeral')!;
      const again = (await c.codeActions(reportUri, numeral.range, [numeral])).find((a) => a.title === '在本文件中禁用 numeral 规则')!;
      const v3 = await c.applyWorkspaceEdit(again.edit!, reportUri);
      assert.equal(c.text(reportUri), `<!-- report-lint-disable-file term numeral -->\n${report}`);
      assert.deepEqual(rules(await c.waitForDiagnostics(reportUri, v3)), ['placeholder', 'punctuation']);
    });

    it('puts the file directive after front matter; offers no workspace action for an unsaved document', async () => {
      const uri = 'untitled:Untitled-1';
      const text = `---\nprofile: generic\n---\n${report}`;
      const c = await start();
      await c.open(uri, text);
      const target = await termDiagnostic(c, uri);
      const actions = await c.codeActions(uri, target.range, [target]);
      assert.deepEqual(actions.filter((a) => a.command), [], JSON.stringify(actions.map((a) => a.title)));
      const v2 = await c.applyWorkspaceEdit(actions.find((a) => a.title === '在本文件中禁用 term 规则')!.edit!, uri);
      assert.equal(c.text(uri), `---\nprofile: generic\n---\n<!-- report-lint-disable-file term -->\n${report}`);
      assert.deepEqual(rules(await c.waitForDiagnostics(uri, v2)), ['placeholder', 'punctuation', 'numeral']);
    });
  });
});
