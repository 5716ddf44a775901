// Parts of the package that the docx library cannot word as we need, handed to its Packer as
// overrides (so the package is zipped once):
// - word/fontTable.xml: Word cannot list fallback fonts in a run, but its font table can name, for
//   each font, another to use in its place (w:altName) and its character set (GB2312): with
//   these, Word and WPS show 仿宋 where 仿宋_GB2312 is not installed, 宋体 for 方正小标宋简体, and so
//   on (GB/T 9704 allows those substitutes).
// - word/settings.xml: different odd and even page footers, and punctuation not compressed
//   (w:characterSpacingControl doNotCompress), so every character takes a full cell and a full
//   line holds 28 in every renderer.
import { FONTS } from '../../shared/preview/layout';

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>';

function escapeXml(s: string): string {
  return s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] as string);
}

/** Font table entries for every East Asian font of the layout, with its fallback as altName. */
function fontTable(): string {
  const seen = new Set<string>();
  let fonts = '';
  for (const role of Object.values(FONTS)) {
    if (seen.has(role.eastAsia)) continue;
    seen.add(role.eastAsia);
    fonts +=
      `<w:font w:name="${escapeXml(role.eastAsia)}"><w:altName w:val="${escapeXml(role.fallback)}"/>` +
      `<w:charset w:val="86"/><w:family w:val="${role === FONTS.level1 ? 'modern' : 'roman'}"/><w:pitch w:val="variable"/></w:font>`;
  }
  return `${HEAD}<w:fonts ${W}>${fonts}</w:fonts>`;
}

function settings(): string {
  return (
    `${HEAD}<w:settings ${W}><w:defaultTabStop w:val="420"/><w:evenAndOddHeaders/>` +
    '<w:characterSpacingControl w:val="doNotCompress"/>' +
    '<w:compat><w:compatSetting w:val="15" w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word"/></w:compat></w:settings>'
  );
}

export const packageOverrides = (): { path: string; data: string }[] => [
  { path: 'word/fontTable.xml', data: fontTable() },
  { path: 'word/settings.xml', data: settings() },
];
