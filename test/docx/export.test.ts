// The Word export's XML: page size, margins, line grid and character squeeze (22 × 28), fonts per
// level with East Asian names, indents, page-number footers odd right / even left, the signature
// block, highlighted placeholders; and the preview's CSS set from the same numbers.
import assert from 'node:assert/strict';
import { exportDocx } from '../../server/src/docx/write/gbt9704';
import { arabicDate } from '../../server/src/docx/write/print-model';
import { PREVIEW_CSS } from '../../server/src/shared/preview/style';
import { sampleText } from '../helpers/paths';
import { parts } from './helpers';

const report = `关于2023年度述法情况的报告

2023年以来，本人认真履职，现将有关情况报告如下：

一、主要做法

（一）强化学习。全年组织学习**次。

1.集中学习

（1）专题讲座

二、存在的问题

学法不够深入。

三、下一步打算

继续加强学习。

XX镇人民政府
2024年01月05日
`;

/** The attributes of the first element `name` in `xml` (after `from`). */
function attrsOf(xml: string, name: string, from = 0): Record<string, string> {
  const m = new RegExp(`<${name}\\b([^>]*)/?>`).exec(xml.slice(from));
  assert.ok(m, `${name} present`);
  return Object.fromEntries([...m[1].matchAll(/([\w:]+)="([^"]*)"/g)].map((a) => [a[1], a[2]]));
}

function style(styles: string, id: string): string {
  const start = styles.indexOf(`w:styleId="${id}"`);
  assert.ok(start >= 0, `style ${id}`);
  return styles.slice(start, styles.indexOf('</w:style>', start));
}

describe('Word out: GB/T 9704 export', () => {
  let xml: Record<string, string>;
  before(async () => (xml = parts((await exportDocx(report)).bytes)));

  it('A4 with margins 37/35/28/26 mm and 22 lines of 28 characters', () => {
    const doc = xml['word/document.xml'];
    const sect = doc.slice(doc.lastIndexOf('<w:sectPr'));
    assert.deepEqual(attrsOf(sect, 'w:pgSz'), { 'w:w': '11906', 'w:h': '16838', 'w:orient': 'portrait' });
    const mar = attrsOf(sect, 'w:pgMar');
    assert.deepEqual([mar['w:top'], mar['w:bottom'], mar['w:left'], mar['w:right']], ['2098', '1984', '1587', '1474']);
    const grid = attrsOf(sect, 'w:docGrid');
    assert.equal(grid['w:linePitch'], '579');
    // 22 lines of 579 twips fit the 225 mm type area, 23 do not.
    const height = 16838 - 2098 - 1984;
    assert.ok(22 * 579 <= height && 23 * 579 > height);
    // 28 characters of 16 pt squeezed by the default character spacing fit the 156 mm line, 29 do not.
    const defaults = xml['word/styles.xml'].slice(xml['word/styles.xml'].indexOf('<w:docDefaults>'), xml['word/styles.xml'].indexOf('</w:docDefaults>'));
    const squeeze = Number(attrsOf(defaults, 'w:spacing')['w:val']);
    assert.equal(attrsOf(defaults, 'w:sz')['w:val'], '32');
    const pitch = 16 * 20 + squeeze; // twips per character
    const width = 11906 - 1587 - 1474;
    assert.ok(28 * pitch <= width && 29 * pitch > width, `pitch ${pitch}`);
    assert.deepEqual(attrsOf(defaults, 'w:spacing', defaults.indexOf('<w:pPrDefault')), { 'w:after': '0', 'w:before': '0', 'w:line': '579', 'w:lineRule': 'exact' });
  });

  it('fonts per level with East Asian names, sizes, first-line indent of two characters', () => {
    const styles = xml['word/styles.xml'];
    const defaults = styles.slice(styles.indexOf('<w:docDefaults>'), styles.indexOf('</w:docDefaults>'));
    assert.equal(attrsOf(defaults, 'w:rFonts')['w:eastAsia'], '仿宋_GB2312');
    assert.equal(attrsOf(defaults, 'w:rFonts')['w:ascii'], 'Times New Roman');
    assert.deepEqual(attrsOf(defaults, 'w:ind'), { 'w:firstLine': '640', 'w:firstLineChars': '200' });
    const expect: [string, string, string, boolean][] = [
      ['GwTitle', '方正小标宋简体', '44', false],
      ['GwHeading1', '黑体', '32', false],
      ['GwHeading2', '楷体_GB2312', '32', false],
      ['GwHeading3', '仿宋_GB2312', '32', true],
      ['GwHeading4', '仿宋_GB2312', '32', false],
    ];
    for (const [id, font, size, bold] of expect) {
      const s = style(styles, id);
      assert.equal(attrsOf(s, 'w:rFonts')['w:eastAsia'], font, id);
      assert.equal(attrsOf(s, 'w:sz')['w:val'], size, id);
      assert.equal(/<w:b\/>|<w:b w:val="(?:true|1)"\/>/.test(s), bold, `${id} bold`);
    }
    assert.match(style(styles, 'GwTitle'), /<w:jc w:val="center"\/>/);
    assert.match(style(styles, 'GwHeading1'), /<w:outlineLvl w:val="0"\/>/);
    assert.match(style(styles, 'GwSignature'), /<w:jc w:val="right"\/>/);
    // Fallbacks for the fonts a machine may lack.
    assert.match(xml['word/fontTable.xml'], /<w:font w:name="方正小标宋简体"><w:altName w:val="宋体"\/><w:charset w:val="86"\/>/);
    assert.match(xml['word/fontTable.xml'], /<w:font w:name="仿宋_GB2312"><w:altName w:val="仿宋"\/>/);
  });

  it('blocks get their styles; the run-in heading title is in 楷体; placeholders are highlighted; the date is Arabic without zeros', () => {
    const doc = xml['word/document.xml'];
    const paras = [...doc.matchAll(/<w:p>(.*?)<\/w:p>/g)].map((m) => m[1]);
    const styleOf = (p: string) => /<w:pStyle w:val="(\w+)"\/>/.exec(p)?.[1] ?? 'Normal';
    const textOf = (p: string) => [...p.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
    assert.deepEqual(
      paras.map((p) => [styleOf(p), textOf(p)]),
      [
        ['GwTitle', '关于2023年度述法情况的报告'],
        ['Normal', '2023年以来，本人认真履职，现将有关情况报告如下：'],
        ['GwHeading1', '一、主要做法'],
        ['Normal', '（一）强化学习。全年组织学习**次。'],
        ['GwHeading3', '1.集中学习'],
        ['GwHeading4', '（1）专题讲座'],
        ['GwHeading1', '二、存在的问题'],
        ['Normal', '学法不够深入。'],
        ['GwHeading1', '三、下一步打算'],
        ['Normal', '继续加强学习。'],
        ['GwSignature', 'XX镇人民政府'],
        ['GwSignature', '2024年1月5日'],
      ],
    );
    const runIn = paras[3];
    assert.match(runIn, /<w:rFonts [^>]*w:eastAsia="楷体_GB2312"[^>]*\/><\/w:rPr><w:t xml:space="preserve">（一）强化学习。<\/w:t>/);
    assert.match(runIn, /<w:highlight w:val="yellow"\/><\/w:rPr><w:t xml:space="preserve">\*\*<\/w:t>/);
  });

  it('page numbers “— 1 —” in 4号 宋体: odd pages right, even pages left, even/odd footers on', () => {
    assert.match(xml['word/settings.xml'], /<w:evenAndOddHeaders\/>/);
    // Punctuation takes a full cell: 28 characters a line, punctuation included.
    assert.match(xml['word/settings.xml'], /<w:characterSpacingControl w:val="doNotCompress"\/>/);
    const doc = xml['word/document.xml'];
    const rels = xml['word/_rels/document.xml.rels'];
    const footer = (type: string) => {
      const id = new RegExp(`<w:footerReference w:type="${type}" r:id="(\\w+)"/>`).exec(doc)?.[1];
      const target = new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ?? new RegExp(`Target="([^"]+)"[^>]*Id="${id}"`).exec(rels)?.[1];
      assert.ok(target, `footer ${type}`);
      return xml[`word/${target}`];
    };
    for (const [type, side] of [['default', 'right'], ['even', 'left']] as const) {
      const f = footer(type);
      assert.match(f, new RegExp(`<w:jc w:val="${side}"/>`));
      assert.match(f, /<w:t xml:space="preserve">— <\/w:t>.*PAGE.*<w:t xml:space="preserve"> —<\/w:t>/s);
      assert.match(f, /w:eastAsia="宋体"/);
      assert.match(f, /<w:sz w:val="28"\/>/);
    }
  });

  it('the sample exports with its 8 placeholders highlighted', async () => {
    const r = await exportDocx(sampleText);
    assert.equal(r.placeholderCount, 8);
    assert.equal((parts(r.bytes)['word/document.xml'].match(/<w:highlight w:val="yellow"\/>/g) ?? []).length, 8);
  });

  it('dates: Arabic numerals, no zero padding', () => {
    assert.equal(arabicDate('2024年01月05日'), '2024年1月5日');
    assert.equal(arabicDate('二〇二四年十二月二十日'), '2024年12月20日');
    assert.equal(arabicDate('二〇二四年一月十日'), '2024年1月10日');
    assert.equal(arabicDate('会议于1月5日召开'), null);
  });

  it('the preview prints with the same fonts, sizes, indents, line and squeeze as the export', () => {
    const styles = xml['word/styles.xml'];
    const css = PREVIEW_CSS;
    const fontVar = (name: string) => new RegExp(`--${name}: "([^"]+)", "([^"]+)"`).exec(css)?.slice(1);
    assert.deepEqual(fontVar('fangsong'), ['仿宋_GB2312', '仿宋']);
    assert.deepEqual(fontVar('heiti')?.[0], attrsOf(style(styles, 'GwHeading1'), 'w:rFonts')['w:eastAsia']);
    assert.deepEqual(fontVar('kaiti')?.[0], attrsOf(style(styles, 'GwHeading2'), 'w:rFonts')['w:eastAsia']);
    assert.deepEqual(fontVar('xiaobiaosong')?.[0], attrsOf(style(styles, 'GwTitle'), 'w:rFonts')['w:eastAsia']);
    const pt = (re: RegExp) => Number(re.exec(css)?.[1]);
    assert.equal(pt(/\.page \{[^}]*font-size: ([\d.]+)pt/) * 2, 32);
    assert.equal(pt(/\.page \.title \{[^}]*font-size: ([\d.]+)pt/) * 2, 44);
    assert.equal(pt(/--line: ([\d.]+)pt/) * 20, 579);
    assert.equal(pt(/letter-spacing: (-?[\d.]+)pt/) * 20, Number(attrsOf(styles.slice(styles.indexOf('<w:docDefaults>')), 'w:spacing')['w:val']));
    assert.match(css, /\.page p \{ margin: 0; text-indent: 2em; \}/);
    assert.match(css, /padding: 37mm 26mm 35mm 28mm/);
    assert.match(css, /\.heading\.level-3, \.page \.run-in-title\.level-3 \{ font-weight: bold; \}/);
    assert.match(css, /p\.signature \{ text-align: right; text-indent: 0; padding-right: 4em; \}/);
  });
});
