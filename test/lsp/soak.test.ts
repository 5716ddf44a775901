// Soak: 10,000 random single-character edits over LSP to one ~20 KB report, sent in batches
// without waiting for each publish. At every 1,000th edit and at the end the published
// diagnostics must equal a fresh in-process analysis of the same text, and the server's resident
// memory at the end may not exceed what it was after the first 1,000 edits by more than 20%.
// SOAK_EDITS=100000 (npm run test:soak) runs a longer soak; SOAK_SEED picks another sequence.
// A second soak sends 2,000 edits (SOAK_WORKER_EDITS) with every document analysed on a worker
// thread (backgroundAnalysisChars 1), so runs are stopped mid-way by the next batch's edits.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { Diagnostic, Range } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { analyze, type Finding } from '../../server/src/engine';
import { LspTestClient } from '../helpers/lsp-client';
import { requireBuilt, sampleText } from '../helpers/paths';

const seed = Number(process.env.SOAK_SEED ?? 20221231);
/** Edits sent before waiting for the server to publish (it analyses only the newest version). */
const batch = 20;
const uri = 'file:///tmp/report-lint-test/soak-report.md';

/** mulberry32: a small seeded PRNG, so a failing sequence can be replayed. */
function prng(s: number): () => number {
  return () => {
    s = (s + 0x6d2b79f5) | 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// What a writer types into a report, plus Markdown and directive punctuation that changes structure.
const alphabet = [...'一二三四五六七八九十是、，。；：（）《》“”*件项次户年月日%0123456789.#-> \n法治建设工作报告审查'];

/** The findings as the server should publish them, positions mapped independently of the server. */
function expected(doc: TextDocument, findings: readonly Finding[]): unknown {
  const range = (s: { start: number; end: number }): Range => ({ start: doc.positionAt(s.start), end: doc.positionAt(s.end) });
  const ds = findings.map((f) => ({
    range: range(f.span),
    severity: { error: 1, warning: 2, info: 3, hint: 4 }[f.severity],
    source: 'report-lint',
    code: f.rule,
    message: f.message,
    ...(f.related?.length ? { relatedInformation: f.related.map((r) => ({ location: { uri, range: range(r.span) }, message: r.message })) } : {}),
  }));
  return JSON.parse(JSON.stringify(ds));
}

/** Resident set size of a process, in kB (Linux). */
function rssKb(pid: number): number {
  const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  if (!m) throw new Error(`no VmRSS for ${pid}`);
  return Number(m[1]);
}

/** The largest of a few RSS samples once the server has settled. */
async function settledRss(pid: number): Promise<number> {
  let max = 0;
  for (let i = 0; i < 5; i++) {
    await new Promise((r) => setTimeout(r, 100));
    max = Math.max(max, rssKb(pid));
  }
  return max;
}

const soaks = [
  { where: 'on the server’s thread', edits: Number(process.env.SOAK_EDITS ?? 10_000), checkEvery: 1_000, backgroundAnalysisChars: 0 },
  { where: 'on a worker thread', edits: Number(process.env.SOAK_WORKER_EDITS ?? 2_000), checkEvery: 500, backgroundAnalysisChars: 1 },
];

describe('language server: soak', function () {
  let client: LspTestClient;
  before(requireBuilt);
  afterEach(async () => {
    const code = await client?.stop();
    assert.equal(code, 0, `server exit code; stderr:\n${client.stderr}`);
  });

  for (const { where, edits, checkEvery, backgroundAnalysisChars } of soaks) {
    it(`${edits.toLocaleString('en-US')} random single-character edits, analysed ${where}: diagnostics equal a fresh analysis, memory stays flat`, async function () {
      this.timeout(Math.max(120_000, edits * 30));
      client = await LspTestClient.start({ initializationOptions: { reportLint: { debounceMs: 0 }, backgroundAnalysisChars } });
      let text = sampleText;
      while (text.length < 6_500) text += '\n' + sampleText; // ~20 KB of UTF-8
      await client.open(uri, text);
      await client.waitForDiagnostics(uri, 1, 20_000);
      const random = prng(seed);
      const pid = client.proc.pid!;
      let version = 1;
      let rssAfterFirst = 0;
      let rssEnd = 0;
      /** Settled RSS after every checkEvery edits, in kB. */
      const trace: number[] = [];
      const publishedBefore = client.diagnostics.all.length;

      const published = () => client.waitForDiagnostics(uri, version, 30_000);
      const checkpoint = async () => {
        const got = (await published()).diagnostics as Diagnostic[];
        const doc = client.doc(uri);
        const fresh = analyze(doc.getText());
        assert.deepEqual(got, expected(doc, fresh.findings), `diagnostics at v${version} (seed ${seed})`);
      };

      for (let i = 1; i <= edits; i++) {
        const doc = client.doc(uri);
        const len = doc.getText().length;
        const at = Math.floor(random() * (len + 1));
        const r = random();
        const ch = alphabet[Math.floor(random() * alphabet.length)];
        const start = doc.positionAt(at);
        // Insert (45%), delete (45%) or replace (10%) one character; at the very end only insert.
        const insert = r < 0.45 || at === len;
        const end = insert ? start : doc.positionAt(at + 1);
        const newText = insert || r >= 0.9 ? ch : '';
        version = await client.change(uri, [{ range: { start, end }, text: newText }]);
        // The first checkEvery edits are each analysed: the server reaches its working size before the baseline.
        if (i % batch === 0 || i === edits) await checkpoint();
        else if (i <= checkEvery) await published();
        if (i % checkEvery === 0) {
          trace.push(await settledRss(pid));
          if (i === checkEvery) rssAfterFirst = trace[0];
        }
      }
      rssEnd = await settledRss(pid);
      const publishes = client.diagnostics.all.length - publishedBefore;
      const growth = rssEnd / rssAfterFirst - 1;
      // Recorded for the reliability notes (docs/reliability-server.md).
      console.log(
        `      ${edits} edits, final length ${client.text(uri).length} units, ${publishes} publishes, ` +
          `${client.logs.all.filter((m) => m.includes('stopped the analysis')).length} analyses stopped by a newer version; ` +
          `RSS after ${checkEvery}: ${(rssAfterFirst / 1024).toFixed(1)} MB, at end: ${(rssEnd / 1024).toFixed(1)} MB (${(growth * 100).toFixed(1)}%); per ${checkEvery.toLocaleString('en-US')} edits: ${trace.map((k) => (k / 1024).toFixed(0)).join(' ')} MB`,
      );
      assert.ok(growth <= 0.2, `memory grew ${(growth * 100).toFixed(1)}% (from ${rssAfterFirst} kB to ${rssEnd} kB)`);
    });
  }
});
