// The CLI with Word files: checking a .docx names the Word paragraph of each finding (text and
// JSON), `report-lint export` writes a GB/T 9704 .docx, and files that are not readable .docx
// files each get one line naming the file (exit code 2) while the others are still checked.
import assert from 'node:assert/strict';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Zip, ZipDeflate, zipSync, strToU8 } from 'fflate';
import { exportDocx } from '../../server/src/docx/write/gbt9704';
import { runCli, tempDir } from '../helpers/cli';
import { requireBuilt, samplePath, sampleText } from '../helpers/paths';
import { parts } from '../docx/helpers';

/** An OLE compound file (what Word writes for a .doc, and around an encrypted .docx) naming these streams. */
function oleFile(streams: string[]): Buffer {
  const header = Buffer.alloc(512);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(header);
  const dir = Buffer.alloc(128 * streams.length);
  streams.forEach((name, i) => {
    Buffer.from(`${name}\0`, 'utf16le').copy(dir, i * 128);
    dir.writeUInt16LE((name.length + 1) * 2, i * 128 + 64);
  });
  return Buffer.concat([header, Buffer.alloc(512), dir]);
}

/** A zip whose word/document.xml inflates to `bytes` of spaces (a zip bomb when large). */
function zipBomb(bytes: number): Uint8Array {
  const chunks: Uint8Array[] = [];
  const zip = new Zip((err, chunk) => {
    if (err) throw err;
    chunks.push(chunk);
  });
  const entry = new ZipDeflate('word/document.xml', { level: 9 });
  zip.add(entry);
  const block = new Uint8Array(8 * 1024 * 1024).fill(0x20);
  for (let done = 0; done < bytes; done += block.length) entry.push(block, done + block.length >= bytes);
  zip.end();
  return Buffer.concat(chunks);
}

describe('CLI: Word documents', function () {
  this.timeout(120_000); // each test starts the CLI a few times; a loaded machine is slow
  let tmp: ReturnType<typeof tempDir>;
  let sampleDocx: string;
  before(requireBuilt);
  beforeEach(async () => {
    tmp = tempDir();
    sampleDocx = join(tmp.dir, '述法报告.docx');
    writeFileSync(sampleDocx, (await exportDocx(sampleText)).bytes);
  });
  afterEach(() => tmp.cleanup());

  it('checks a .docx: the sample’s 8 placeholders, each with its Word paragraph', () => {
    const r = runCli(['--format', 'json', sampleDocx]);
    const [report] = JSON.parse(r.stdout);
    const placeholders = report.diagnostics.filter((d: { rule: string }) => d.rule === 'placeholder');
    assert.equal(placeholders.length, 8);
    // The sample: *次 in its 3rd line's paragraph, **件 **项 **项 in the 4th, the ***s in the 6th.
    assert.deepEqual(
      placeholders.map((d: { paragraph: number }) => d.paragraph),
      [3, 4, 4, 4, 6, 6, 6, 6],
    );
    const text = runCli([sampleDocx]);
    assert.equal(text.code, 0);
    assert.match(text.stdout, /述法报告\.docx:\d+:\d+ warning placeholder 未填写的占位符“\*次”.*（Word 第 3 段）/);
  });

  it('a text report’s JSON has no paragraph field', () => {
    const [report] = JSON.parse(runCli(['--format', 'json', samplePath]).stdout);
    assert.ok(report.diagnostics.every((d: object) => !('paragraph' in d)));
  });

  it('bad Word files: one line each naming the file, exit code 2, the other files still checked', () => {
    const good = readFileSync(sampleDocx);
    const files: [string, Uint8Array | string, RegExp][] = [
      ['加密.docx', oleFile(['Root Entry', 'EncryptionInfo', 'EncryptedPackage']), /设有打开密码/],
      ['旧版.doc', oleFile(['Root Entry', 'WordDocument', '1Table']), /旧版 Word 97-2003 文档（\.doc）/],
      ['截断.docx', good.subarray(0, Math.floor(good.length / 2)), /已损坏/],
      ['改名.docx', '这只是一个文本文件。\n', /不是有效的 Word 文档/],
      ['表格.docx', zipSync({ '[Content_Types].xml': strToU8('<Types><Override ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>') }), /Excel/],
      ['坏XML.docx', zipSync({ 'word/document.xml': strToU8('<w:document><w:body><w:p>') }), /word\/document\.xml 不是有效的 XML/],
      // --max-size 500000 bounds the decompressed parts at 40 × 0.5 MB.
      ['炸弹.docx', zipBomb(30_000_000), /解压后超过 20 MB/],
    ];
    const paths = files.map(([name, content]) => {
      const p = join(tmp.dir, name);
      writeFileSync(p, content);
      return p;
    });
    const r = runCli(['--max-size', '500000', ...paths, sampleDocx]);
    assert.equal(r.code, 2);
    files.forEach(([, , reason], i) => {
      const lines = r.stderr.split('\n').filter((l) => l.includes(paths[i]));
      assert.equal(lines.length, 1, `${paths[i]}: ${r.stderr}`);
      assert.match(lines[0], reason);
    });
    assert.match(r.stdout, /述法报告\.docx:.*placeholder/, 'the good file is still checked');
    assert.match(r.stderr, /7 个文件无法检查/);
  });

  it('export: lists the placeholders first, writes the .docx next to the report, --strict stops, -o chooses the file', () => {
    const report = join(tmp.dir, 'report.txt');
    writeFileSync(report, sampleText);
    const r = runCli(['export', report]);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stderr, /导出前请注意：8 处未填写的占位符，0 个错误/);
    assert.match(r.stdout, /已导出 .*report\.docx（GB\/T 9704 版式，8 处占位符已黄色突出显示）/);
    const doc = parts(readFileSync(join(tmp.dir, 'report.docx')))['word/document.xml'];
    assert.equal((doc.match(/w:highlight w:val="yellow"/g) ?? []).length, 8);

    const out = join(tmp.dir, 'out', '..', 'chosen.docx');
    const strict = runCli(['export', report, '-o', out, '--strict']);
    assert.equal(strict.code, 1);
    assert.match(strict.stderr, /因 --strict 未导出/);
    assert.ok(!existsSync(out));

    const filled = join(tmp.dir, 'filled.md');
    writeFileSync(filled, sampleText.replace(/\*+(?=[次件项户])/g, '3'));
    const ok = runCli(['export', filled, '-o', out, '--strict']);
    assert.equal(ok.code, 0, ok.stderr);
    assert.ok(existsSync(out));
  });

  it('export: usage errors', () => {
    assert.equal(runCli(['export']).code, 2);
    assert.match(runCli(['export', samplePath, '-o', 'x.pdf']).stderr, /应以 \.docx 结尾/);
    assert.match(runCli(['export', '--help']).stdout, /GB\/T 9704-2012/);
    // The same parser as the check command: an unknown option or an empty -o is one line, exit 2.
    const unknown = runCli(['export', samplePath, '--bogus']);
    assert.equal(unknown.code, 2);
    assert.match(unknown.stderr, /--bogus/);
    assert.doesNotMatch(unknown.stderr, /\n\s+at /);
    for (const command of [['export', samplePath], [samplePath]]) {
      const empty = runCli([...command, '-o', '']);
      assert.equal(empty.code, 2);
      assert.match(empty.stderr, /-o\/--output 后应为输出文件的路径/);
    }
  });
});
