// The Word export in a real renderer: LibreOffice (headless) converts the exported .docx to PDF,
// and poppler's pdftotext reads back where every line landed. Checked: A4 pages, the page count,
// 22 text lines on every full page, 28 characters on every full line, the title centred on the
// type area, page numbers right on odd and left on even pages. Page 1 is also saved as a PNG
// (pdftoppm) in test-output/render/ (docs/images/word-export-page1.png is a copy). LibreOffice
// also makes real .docx inputs from an .odt with outline numbering, and re-saves an export as a
// Word user would: both are read and checked.
//
// Needs libreoffice-writer-nogui and poppler-utils (test/e2e/install.sh apt installs them); run
// by test/e2e/run-all.sh. Without them the tests fail: they never skip.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyze } from '../../../server/src/engine';
import { readDocx } from '../../../server/src/docx/read';
import { exportDocx } from '../../../server/src/docx/write/gbt9704';
import { PAGE } from '../../../server/src/shared/preview/layout';
import { root, sampleText } from '../../helpers/paths';

const MM = 72 / 25.4;
const OUT = join(root, 'test-output', 'render');

interface Line {
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
  text: string;
}

function which(cmd: string): boolean {
  try {
    execFileSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

let work: string;

/** Converts with a profile of its own, so a LibreOffice running elsewhere on the machine is not disturbed. */
function soffice(args: string[]): void {
  execFileSync('soffice', [`-env:UserInstallation=file://${join(work, 'profile')}`, '--headless', '--norestore', ...args], { cwd: work, stdio: 'pipe', timeout: 240_000 });
}

function toPdf(docx: string): string {
  soffice(['--convert-to', 'pdf', '--outdir', work, docx]);
  return docx.replace(/\.docx$/, '.pdf');
}

/** Lines of each page, with their boxes in points (pdftotext -bbox-layout). */
function pagesOf(pdf: string): { width: number; height: number; lines: Line[] }[] {
  const html = execFileSync('pdftotext', ['-bbox-layout', pdf, '-'], { encoding: 'utf8' });
  const num = (s: string, k: string) => Number(new RegExp(`${k}="([\\d.]+)"`).exec(s)?.[1]);
  return html
    .split('<page ')
    .slice(1)
    .map((page) => ({
      width: num(page, 'width'),
      height: num(page, 'height'),
      lines: [...page.matchAll(/<line ([^>]*)>([\s\S]*?)<\/line>/g)].map((m) => ({
        xMin: num(m[1], 'xMin'),
        yMin: num(m[1], 'yMin'),
        xMax: num(m[1], 'xMax'),
        yMax: num(m[1], 'yMax'),
        text: [...m[2].matchAll(/<word [^>]*>([^<]*)<\/word>/g)].map((w) => w[1]).join(''),
      })),
    }));
}

const TITLE = '关于2022年度述法情况的报告';
const report = `${TITLE}\n${sampleText.trimEnd()}\nXX镇人民政府\n2023年01月05日\n`;

describe('Word export rendered by LibreOffice', function () {
  this.timeout(600_000);
  let pages: ReturnType<typeof pagesOf>;

  before(async () => {
    const missing = ['soffice', 'pdftotext', 'pdftoppm'].filter((c) => !which(c));
    assert.deepEqual(missing, [], `missing ${missing.join(', ')}: run "bash test/e2e/install.sh apt" (libreoffice-writer-nogui, poppler-utils)`);
    work = mkdtempSync(join(tmpdir(), 'report-lint-render-'));
    writeFileSync(join(work, 'report.docx'), (await exportDocx(report)).bytes);
    const pdf = toPdf(join(work, 'report.docx'));
    pages = pagesOf(pdf);
    mkdirSync(OUT, { recursive: true });
    copyFileSync(pdf, join(OUT, 'report.pdf'));
    execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', '-singlefile', pdf, join(OUT, 'word-export-page1')]);
  });
  after(() => work && rmSync(work, { recursive: true, force: true }));

  const body = (p: (typeof pages)[number]) => p.lines.filter((l) => l.yMin < p.height - PAGE.marginMm.bottom * MM + 2);
  const footer = (p: (typeof pages)[number]) => p.lines.filter((l) => l.yMin >= p.height - PAGE.marginMm.bottom * MM + 2);

  it('A4 pages, as many as the text needs', () => {
    assert.ok(pages.length >= 4, `${pages.length} pages`);
    for (const p of pages) {
      assert.ok(Math.abs(p.width - PAGE.widthMm * MM) < 1 && Math.abs(p.height - PAGE.heightMm * MM) < 1, `${p.width} × ${p.height}`);
    }
    // The last page holds what is left: between one line and a full page.
    const last = body(pages[pages.length - 1]).length;
    assert.ok(last >= 1 && last <= 22, `last page ${last} lines`);
  });

  it('22 text lines on every full page (on page 1 the title and the blank line after it take two), from the top margin', () => {
    const pitch = 579 / 20;
    pages.slice(0, -1).forEach((p, i) => {
      const lines = body(p);
      assert.ok(lines[0].yMin > PAGE.marginMm.top * MM - 6 && lines[0].yMin < PAGE.marginMm.top * MM + 10, `top ${lines[0].yMin}`);
      if (i > 0) assert.equal(lines.length, 22, lines.map((l) => l.text).join('\n'));
      // Rows of the line grid the page uses, blank rows included.
      const bottoms = lines.map((l) => l.yMax);
      let rows = 1;
      for (let k = 1; k < bottoms.length; k++) rows += Math.round((bottoms[k] - bottoms[k - 1]) / pitch);
      assert.equal(rows, 22, `page ${i + 1}`);
      if (i === 0) assert.equal(lines.length, 21, 'title, a blank line, 20 lines');
    });
  });

  it('28 characters on every full line of Chinese text, set in the 156 mm type area', () => {
    let full = 0;
    for (const p of pages) {
      const lines = body(p);
      lines.forEach((l, i) => {
        const next = lines[i + 1];
        const left = PAGE.marginMm.left * MM;
        // A full line: the next line continues the paragraph (starts at the margin, not indented).
        const continued = next && Math.abs(next.xMin - left) < 2;
        if (!continued || /[\x21-\x7e]/.test(l.text) || l.yMax - l.yMin > 24) return;
        full++;
        // A paragraph's first line is indented two characters.
        const indented = l.xMin > left + 2;
        const want = PAGE.charsPerLine - (indented ? 2 : 0);
        // Line-breaking rules (禁则) may carry one character over: so that a closing mark does not
        // start the next line ("宪" + "法》…") or an opening one end this line.
        const chars = [...next.text.replace(/\s/g, '')];
        const kinsoku = /^[《“‘（【〔「『]/.test(chars[0]) || /^[》”’）】〕」』，。、；：！？]/.test(chars[1] ?? '');
        let got = [...l.text.replace(/\s/g, '')].length;
        // LibreOffice hangs a closing punctuation mark past the right margin (悬挂标点): it is not in the 28.
        const right = (PAGE.widthMm - PAGE.marginMm.right) * MM;
        if (l.xMax > right + 2 && /[，。、；：！？”’）》]$/.test(l.text)) got--;
        if (kinsoku && got === want - 1) return;
        assert.equal(got, want, l.text);
        assert.ok(l.xMin >= left - 1 && l.xMax <= right + 16 + 1, `${l.xMin}–${l.xMax}`);
      });
    }
    assert.ok(full >= 40, `${full} full lines checked`);
  });

  it('the title is centred on the type area', () => {
    const title = pages[0].lines[0];
    assert.equal(title.text.replace(/\s/g, ''), TITLE);
    const centre = (PAGE.marginMm.left + (PAGE.widthMm - PAGE.marginMm.left - PAGE.marginMm.right) / 2) * MM;
    assert.ok(Math.abs((title.xMin + title.xMax) / 2 - centre) < 3, `title centre ${(title.xMin + title.xMax) / 2} vs ${centre}`);
    assert.ok(title.yMax - title.yMin > 20, 'set larger than the body (二号)');
  });

  it('page numbers “— n —”: odd pages on the right, even pages on the left', () => {
    pages.forEach((p, i) => {
      const [num] = footer(p);
      assert.ok(num, `page ${i + 1} has a page number`);
      assert.equal(num.text.replace(/\s/g, ''), `—${i + 1}—`);
      const centre = (num.xMin + num.xMax) / 2;
      if (i % 2 === 0) assert.ok(centre > p.width / 2 + 100, `odd page ${i + 1} right: ${num.xMin}`);
      else assert.ok(centre < p.width / 2 - 100, `even page ${i + 1} left: ${num.xMin}`);
    });
  });

  it('the signature and date are right-aligned, the date in Arabic numerals without zeros', () => {
    const lines = body(pages[pages.length - 1]);
    const [signer, date] = lines.slice(-2);
    assert.equal(signer.text, 'XX镇人民政府');
    assert.equal(date.text.replace(/\s/g, ''), '2023年1月5日');
    const right = (PAGE.widthMm - PAGE.marginMm.right) * MM;
    // Right-aligned, four characters in from the right edge of the type area.
    assert.ok(Math.abs(date.xMax - (right - 4 * 16)) < 6 && Math.abs(signer.xMax - (right - 4 * 16)) < 6, `${signer.xMax} ${date.xMax} vs ${right - 64}`);
  });

  it('page 1 is saved as a PNG', () => {
    const png = readFileSync(join(OUT, 'word-export-page1.png'));
    assert.equal(png.subarray(1, 4).toString('latin1'), 'PNG');
    assert.ok(png.length > 5_000);
  });

  it('a .docx that LibreOffice makes from an .odt with outline numbering: headings read and checked as 一、二、三', () => {
    copyFileSync(join(root, 'test/fixtures/docx/auto-numbered.fodt'), join(work, 'auto.fodt'));
    soffice(['--convert-to', 'docx:MS Word 2007 XML', '--outdir', work, join(work, 'auto.fodt')]);
    const r = analyze(readDocx(readFileSync(join(work, 'auto.docx'))).text);
    assert.deepEqual(
      r.document.headings.filter((h) => h.level === 1).map((h) => [h.number, h.text]),
      [[1, '主要做法'], [2, '存在的问题'], [3, '下一步打算']],
    );
    assert.deepEqual(r.findings.filter((f) => f.rule === 'heading-sequence'), []);
  });

  it('an export re-saved by LibreOffice (as a Word user saves it) still shows the sample’s 8 placeholders', async () => {
    writeFileSync(join(work, 'sample.docx'), (await exportDocx(sampleText)).bytes);
    mkdirSync(join(work, 'resaved'));
    soffice(['--convert-to', 'docx:MS Word 2007 XML', '--outdir', join(work, 'resaved'), join(work, 'sample.docx')]);
    const r = analyze(readDocx(readFileSync(join(work, 'resaved', 'sample.docx'))).text);
    assert.equal(r.findings.filter((f) => f.rule === 'placeholder').length, 8);
  });
});
