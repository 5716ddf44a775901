// What the docx library cannot say, added to the package it wrote:
// - Word cannot list fallback fonts in a run, but its font table can name, for each font, another
//   to use in its place (w:altName) and its character set (GB2312): with these, Word and WPS show
//   仿宋 where 仿宋_GB2312 is not installed, 宋体 for 方正小标宋简体, and so on (GB/T 9704 allows
//   those substitutes).
// - Punctuation is neither compressed (w:characterSpacingControl doNotCompress) nor hung into the
//   margin (w:overflowPunct off): every character, punctuation included, takes a full cell, so a
//   full line holds 28 in every renderer.
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { FONTS } from '../../preview/layout';

const FONT_TABLE = 'word/fontTable.xml';
const SETTINGS = 'word/settings.xml';
const STYLES = 'word/styles.xml';

function escapeXml(s: string): string {
  return s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] as string);
}

/** Font table entries for every East Asian font of the layout, with its fallback as altName. */
export function fontEntries(): string {
  const seen = new Set<string>();
  let out = '';
  for (const role of Object.values(FONTS)) {
    if (seen.has(role.eastAsia)) continue;
    seen.add(role.eastAsia);
    out +=
      `<w:font w:name="${escapeXml(role.eastAsia)}"><w:altName w:val="${escapeXml(role.fallback)}"/>` +
      `<w:charset w:val="86"/><w:family w:val="${role === FONTS.level1 ? 'modern' : 'roman'}"/><w:pitch w:val="variable"/></w:font>`;
  }
  return out;
}

/** The .docx with the layout's fonts (and their fallbacks) in its font table and punctuation uncompressed. */
export function finishPackage(docx: Uint8Array): Uint8Array {
  // Our own package, just written by the docx library: no size limits are needed here.
  const files = unzipSync(docx);
  const settings = files[SETTINGS] && strFromU8(files[SETTINGS]);
  // (schema order: after evenAndOddHeaders, before compat)
  if (settings?.includes('<w:compat>')) files[SETTINGS] = strToU8(settings.replace('<w:compat>', '<w:characterSpacingControl w:val="doNotCompress"/><w:compat>'));
  const styles = files[STYLES] && strFromU8(files[STYLES]);
  // (schema order: overflowPunct before spacing in the default paragraph properties)
  if (styles?.includes('<w:pPrDefault><w:pPr>')) files[STYLES] = strToU8(styles.replace('<w:pPrDefault><w:pPr>', '<w:pPrDefault><w:pPr><w:overflowPunct w:val="0"/>'));
  const table = files[FONT_TABLE];
  if (!table) return zipSync(files, { level: 6 });
  const xml = strFromU8(table);
  const close = xml.lastIndexOf('</w:fonts>');
  const selfClosing = /<w:fonts\b[^>]*\/>\s*$/.exec(xml);
  if (close >= 0) files[FONT_TABLE] = strToU8(xml.slice(0, close) + fontEntries() + xml.slice(close));
  else if (selfClosing) files[FONT_TABLE] = strToU8(`${xml.slice(0, selfClosing.index)}${selfClosing[0].trim().slice(0, -2)}>${fontEntries()}</w:fonts>`);
  return zipSync(files, { level: 6 });
}
