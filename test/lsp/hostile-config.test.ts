// The language server while an open .reportlintrc.json is edited into each hostile shape of
// issue 16: it stays alive, keeps answering requests (checked by the answer arriving, never by
// a clock), publishes the config error, and the report keeps the diagnostics of the valid part.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  createProtocolConnection,
  DidChangeTextDocumentNotification,
  DocumentSymbolRequest,
  FileChangeType,
  StreamMessageReader,
  StreamMessageWriter,
  type PublishDiagnosticsParams,
} from 'vscode-languageserver/node';
import { tempDir } from '../helpers/cli';
import { LspTestClient } from '../helpers/lsp-client';
import { requireBuilt, root, serverBundle } from '../helpers/paths';

const report = '# 学习体会\n\n办理建议**件，要抗牢政治责任。\n';
const valid = '{ "rules": { "placeholder": "off" } }\n';
const uriOf = (path: string) => pathToFileURL(path).href;
const codes = (p: PublishDiagnosticsParams) => p.diagnostics.map((d) => String(d.code));

describe('language server: hostile config files', () => {
  let tmp: ReturnType<typeof tempDir>;
  let ws: string;
  let client: LspTestClient | undefined;
  let reportUri: string;
  let configUri: string;

  const write = (rel: string, text: string): string => {
    const file = join(ws, rel);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, text);
    return file;
  };

  /** A server with the report and its config open, the config valid. */
  const start = async (opts: { workDoneProgress?: boolean } = {}): Promise<LspTestClient> => {
    const configPath = write('.reportlintrc.json', valid);
    configUri = uriOf(configPath);
    reportUri = uriOf(write('report.md', report));
    const c = (client = await LspTestClient.start({ workspaceFolders: [uriOf(ws)], initializationOptions: { reportLint: { debounceMs: 0 } }, ...opts }));
    await c.open(reportUri, report);
    assert.deepEqual(codes(await c.waitForDiagnostics(reportUri, 1)), ['term']);
    await c.open(configUri, valid, 'jsonc');
    return c;
  };

  /** Replaces the open config's whole text, as an editor would. */
  const editConfig = (c: LspTestClient, text: string) => {
    const doc = c.doc(configUri);
    return c.change(configUri, [{ range: { start: { line: 0, character: 0 }, end: doc.positionAt(doc.getText().length) }, text }]);
  };

  /** The server is alive and answers a request; the report still has only the term finding. */
  const stillServing = async (c: LspTestClient) => {
    const symbols = await c.documentSymbols(reportUri);
    assert.ok(Array.isArray(symbols));
    assert.equal(c.proc.exitCode, null, c.stderr);
    const last = c.diagnostics.all.filter((p) => p.uri === reportUri).at(-1) as PublishDiagnosticsParams;
    assert.ok(!codes(last).includes('placeholder'), JSON.stringify(last));
    assert.doesNotMatch(c.stderr, /TypeError|RangeError|Maximum call stack/);
  };

  /** Edits the config into `text`, then waits for an error matching `message` on `onUri`. */
  const hostile = async (c: LspTestClient, text: string, message: RegExp, onUri = configUri) => {
    const from = c.diagnostics.all.length;
    await editConfig(c, text);
    await c.waitForPublish(onUri, (p) => p.diagnostics.some((d) => d.code === 'config' && message.test(String(d.message))), `config error ${message}`, from);
    await stillServing(c);
  };

  before(requireBuilt);
  beforeEach(() => {
    tmp = tempDir();
    ws = join(tmp.dir, 'ws');
    mkdirSync(ws);
  });
  afterEach(async () => {
    if (client) await client.stopCleanly();
    client = undefined;
    tmp.cleanup();
  });

  it('survives every shape in turn, and recovers when the config is valid again', async () => {
    const c = await start();
    // 1. Prototype keys (this killed the server from a timer).
    await hostile(c, '{"rules":{"placeholder":"off","__proto__":"off"},"sections":{"constructor":[{"name":"x","headings":["x"]}],"toString":[{"name":"y","headings":["y"]}],"__proto__":[]}}', /未知的报告类型“constructor”/);
    // 2. Deep nesting behind a \r in a string, and in a line comment.
    await hostile(c, `{"rules":{"placeholder":"off"},"allow":["\r${'['.repeat(3000)}`, /嵌套超过 64 层/);
    await hostile(c, `{"rules":{"placeholder":"off"},//\r"allow":${'['.repeat(3000)}`, /嵌套超过 64 层/);
    // 3. An extends diamond of 42 files, a chain of 3,000.
    for (let i = 0; i < 42; i++) write(`d/d${i}.json`, JSON.stringify(i < 41 ? { extends: [`./d${i + 1}.json`, `./d${i + 1}.json`] } : {}));
    await hostile(c, '{"rules":{"placeholder":"off"},"extends":"./d/d0.json"}', /"extends" 嵌套超过 16 层/, uriOf(join(ws, 'd', 'd14.json')));
    for (let i = 0; i < 3000; i++) write(`c/c${i}.json`, JSON.stringify({ extends: `./c${i + 1}.json` }));
    await hostile(c, '{"rules":{"placeholder":"off"},"extends":"./c/c0.json"}', /"extends" 嵌套超过 16 层/, uriOf(join(ws, 'c', 'c14.json')));
    // 6. Outside the workspace: refused, never read, never published on, never watched.
    await hostile(c, '{"rules":{"placeholder":"off"},"extends":"/etc/passwd","packs":["/proc/self/environ"]}', /不能读取工作区以外的配置文件“\/etc\/passwd”/);
    await hostile(c, '{"rules":{"placeholder":"off"},"packs":["//server/share/p.json"]}', /网络路径（UNC）/);
    assert.ok(c.diagnostics.all.every((p) => !p.uri.startsWith('file:///etc/') && !p.uri.startsWith('file:///proc/')));
    // Valid again: the config error is gone and the settings still apply.
    const from = c.diagnostics.all.length;
    await editConfig(c, valid);
    await c.waitForPublish(configUri, (p) => p.diagnostics.length === 0, 'no config errors', from);
    await stillServing(c);
  });

  it('4. costly patterns run on the worker under one budget: requests are answered meanwhile, then a warning', async () => {
    const c = await start({ workDoneProgress: true });
    const sample = readFileSync(join(root, 'samples', 'shufa-report-2022.txt'), 'utf8');
    const big = report + sample.repeat(40);
    await c.change(reportUri, [{ range: { start: { line: 0, character: 0 }, end: c.doc(reportUri).positionAt(report.length) }, text: big }]);
    await c.waitForDiagnostics(reportUri, 2);
    const terms = Array.from({ length: 100 }, (_, i) => ({ pattern: `[一-龥]{0,99}[一-龥]{0,99}[ab${String.fromCharCode(0x41 + (i % 26))}]`, right: 'x' }));
    const progressFrom = c.progress.all.length;
    const from = c.diagnostics.all.length;
    await editConfig(c, JSON.stringify({ rules: { placeholder: 'off' }, terms }));
    // The run has started on the worker…
    await c.progress.wait((p) => p.value.kind === 'begin', 'analysis progress', 30_000, progressFrom);
    // …and this thread answers a request before that run publishes.
    assert.deepEqual(await c.documentSymbols(configUri), []);
    const answeredAt = c.diagnostics.all.length;
    const warned = await c.waitForPublish(reportUri, (p) => codes(p).includes('config'), 'budget warning', from, 60_000);
    assert.ok(c.diagnostics.all.indexOf(warned) >= answeredAt, 'the request was answered after the analysis');
    assert.match(warned.diagnostics.find((d) => d.code === 'config')?.message.toString() ?? '', /正则表达式总用时超过/);
    assert.ok(!codes(warned).includes('placeholder'));
  });

  it('8. the same version sent twice with new text publishes the new text\'s diagnostics', async () => {
    const c = await start();
    const v2 = await c.change(reportUri, [{ range: { start: { line: 2, character: 0 }, end: { line: 2, character: 0 } }, text: '抗牢。' }]);
    await c.waitForDiagnostics(reportUri, v2);
    // Version 2 again, with text that has no finding at all.
    await c.conn.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri: reportUri, version: v2 }, contentChanges: [{ text: '# 学习体会\n\n正文。\n' }] });
    await c.waitForPublish(reportUri, (p) => p.version === v2 && p.diagnostics.length === 0, 'diagnostics of the new text', 0);
  });

  it('8. a burst of 3,000 "config created" events is one reload: a few publishes, not thousands', async () => {
    const c = await start();
    const from = c.diagnostics.all.length;
    await c.filesChanged(Array.from({ length: 3000 }, (_, i) => ({ uri: uriOf(join(ws, `u${i}`, '.reportlintrc.json')), type: FileChangeType.Created })));
    // A second document opened after the burst: its publish comes after the burst's.
    const other = uriOf(write('other.md', report));
    await c.open(other, report);
    await c.waitForDiagnostics(other, 1);
    const burst = c.diagnostics.all.slice(from).filter((p) => p.uri === reportUri);
    assert.ok(burst.length <= 2, `${burst.length} publishes for the report`);
  });

  it('8. a request before initialize is answered with error -32002', async () => {
    const proc = spawn(process.execPath, [serverBundle, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    const conn = createProtocolConnection(new StreamMessageReader(proc.stdout!), new StreamMessageWriter(proc.stdin!));
    conn.listen();
    try {
      await assert.rejects(conn.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri: 'file:///x.md' } }), (e: { code?: number }) => e.code === -32002);
    } finally {
      conn.dispose();
      proc.kill();
    }
  });
});
