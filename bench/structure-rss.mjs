// `npm run bench:memory`: peak RSS of the CLI and of the language server on 5 MB documents of one
// structure each (a table, a list, headings, prose), after a build. Memory must be bounded by the
// structure too, not only by bytes: every figure should stay within 300 MB. Prints a table.
//   node bench/structure-rss.mjs [--size=5000000] [--only=table,list]
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createRequire } from 'node:module';

const root = fileURLToPath(new URL('..', import.meta.url));
const require = createRequire(import.meta.url);
const rpc = require('vscode-languageserver/node');
const preload = join(root, 'bench', 'max-rss-preload.cjs');
const LIMIT_MB = 300;

const arg = (name, fallback) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback;
const size = Number(arg('size', '5000000'));
const sample = readFileSync(join(root, 'samples', 'shufa-report-2022.txt'), 'utf8');

/** Lines from `line(i)` until `bytes` of UTF-8. */
function fill(head, line, bytes) {
  const parts = [head];
  let n = Buffer.byteLength(head);
  for (let i = 0; n < bytes; i++) {
    const l = line(i);
    parts.push(l);
    n += Buffer.byteLength(l);
  }
  return parts.join('');
}

const shapes = {
  // Short cells: the most table cells (markdown-it tokens) per byte.
  table: () => fill(`# 述法报告\n\n|${'项|'.repeat(12)}\n|${'-|'.repeat(12)}\n`, (i) => `|${`${i % 10}|`.repeat(12)}\n`, size),
  list: () => fill('# 述法报告\n\n', (i) => `- ${i % 10}\n`, size),
  headings: () => fill('# 述法报告\n\n', (i) => `## ${i % 10}\n`, size),
  prose: () => fill('', () => `${sample}\n`, size),
};

function maxRssKb(stderr) {
  const m = /report-lint-max-rss-kb (\d+)/.exec(stderr);
  return m ? Number(m[1]) : NaN;
}

function cli(file) {
  const r = spawnSync(process.execPath, ['--require', preload, join(root, 'bin', 'report-lint.js'), '--max-size', String(size * 2), file], { encoding: 'utf8', maxBuffer: 1 << 28 });
  return { kb: maxRssKb(r.stderr), code: r.status };
}

async function server(file) {
  const proc = spawn(process.execPath, ['--require', preload, join(root, 'dist', 'server.js'), '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
  let stderr = '';
  proc.stderr.on('data', (d) => (stderr += d));
  const conn = rpc.createProtocolConnection(new rpc.StreamMessageReader(proc.stdout), new rpc.StreamMessageWriter(proc.stdin));
  const uri = pathToFileURL(file).href;
  const published = new Promise((resolve) => conn.onNotification(rpc.PublishDiagnosticsNotification.type, (p) => p.uri === uri && resolve(p)));
  conn.onRequest('window/workDoneProgress/create', () => null);
  conn.listen();
  await conn.sendRequest(rpc.InitializeRequest.type, { processId: process.pid, rootUri: null, capabilities: {}, initializationOptions: { reportLint: { maxFileSize: size * 2 } } });
  await conn.sendNotification(rpc.InitializedNotification.type, {});
  await conn.sendNotification(rpc.DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'markdown', version: 1, text: readFileSync(file, 'utf8') } });
  const p = await published;
  const exited = new Promise((resolve) => proc.once('exit', resolve));
  await conn.sendRequest(rpc.ShutdownRequest.type);
  await conn.sendNotification(rpc.ExitNotification.type);
  await exited;
  conn.dispose();
  return { kb: maxRssKb(stderr), diagnostics: p.diagnostics.length };
}

const only = arg('only', Object.keys(shapes).join(',')).split(',');
const dir = mkdtempSync(join(tmpdir(), 'report-lint-rss-'));
const rows = [];
try {
  for (const name of only) {
    const file = join(dir, `${name}.md`);
    writeFileSync(file, shapes[name]());
    const c = cli(file);
    const s = await server(file);
    rows.push({ name, mb: size / 1e6, cli: c.kb / 1024, server: s.kb / 1024 });
    console.log(`${name.padEnd(9)} ${(size / 1e6).toFixed(1)} MB   CLI peak RSS ${(c.kb / 1024).toFixed(0).padStart(5)} MB   server peak RSS ${(s.kb / 1024).toFixed(0).padStart(5)} MB`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
const over = rows.filter((r) => r.cli > LIMIT_MB || r.server > LIMIT_MB);
console.log(over.length === 0 ? `all within ${LIMIT_MB} MB` : `over ${LIMIT_MB} MB: ${over.map((r) => r.name).join(', ')}`);
