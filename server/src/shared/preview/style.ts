// The preview's look: the printed page of GB/T 9704-2012 (党政机关公文格式), from the same numbers
// as the Word export (layout.ts). A4 paper with the standard margins; body in 三号仿宋 with 22
// lines a page; title in 二号小标宋, centred; 一、 headings in 黑体, （一） in 楷体, 1. in bold 仿宋,
// （1） in 仿宋; every paragraph and heading indented two characters; the signature and date block
// right-aligned.
import { CHAR_SPACING_PT, cssFamily, FONTS, INDENT_CHARS, LINE_PT, PAGE, SIGNATURE_RIGHT_CHARS } from './layout';

const m = PAGE.marginMm;
const margins = `${m.top}mm ${m.right}mm ${m.bottom}mm ${m.left}mm`;

export const PREVIEW_CSS = `
:root {
  --fangsong: ${cssFamily(FONTS.body)};
  --heiti: ${cssFamily(FONTS.level1)};
  --kaiti: ${cssFamily(FONTS.level2)};
  --xiaobiaosong: ${cssFamily(FONTS.title)};
  --line: ${LINE_PT}pt; /* type area height / ${PAGE.linesPerPage} lines */
}
html, body { margin: 0; }
body { padding: 16px 8px 48px; background: var(--vscode-editor-background, #e9e9e9); overflow-x: auto; }
.summary { max-width: ${PAGE.widthMm}mm; margin: 0 auto 12px; font: 13px var(--vscode-font-family, sans-serif); color: var(--vscode-foreground, #333); }
.summary ul { margin: 4px 0 0; padding-left: 1.5em; }
.summary li { cursor: pointer; }
.summary .count { margin-right: 1em; }
.toolbar { position: fixed; top: 4px; right: 8px; z-index: 1; }
.toolbar button { font: 12px var(--vscode-font-family, sans-serif); color: var(--vscode-button-secondaryForeground, #333); background: var(--vscode-button-secondaryBackground, #ddd); border: 0; border-radius: 2px; padding: 2px 8px; cursor: pointer; }
/* The A4 page scaled as a whole (zoom keeps its proportions) to the pane's width by default
   (preview.js sets --fit); "100%" shows it at print size with a horizontal scroll bar. */
.page {
  zoom: var(--fit, 1);
  box-sizing: border-box; width: ${PAGE.widthMm}mm; min-height: ${PAGE.heightMm}mm; margin: 0 auto; padding: ${margins};
  background: #fff; color: #000; box-shadow: 0 1px 6px rgba(0, 0, 0, .35);
  font-family: var(--fangsong); font-size: ${FONTS.body.sizePt}pt; line-height: var(--line); letter-spacing: ${CHAR_SPACING_PT}pt; text-align: justify;
}
.page p { margin: 0; text-indent: ${INDENT_CHARS}em; }
.page h1, .page h2, .page h3, .page h4, .page h5, .page h6 { margin: 0; font-size: ${FONTS.body.sizePt}pt; font-weight: normal; line-height: var(--line); text-indent: ${INDENT_CHARS}em; text-align: left; }
.page .title { font-family: var(--xiaobiaosong); font-size: ${FONTS.title.sizePt}pt; line-height: var(--line); text-align: center; text-indent: 0; margin: 0 0 var(--line); }
.page .heading.level-1, .page .run-in-title.level-1 { font-family: var(--heiti); }
.page .heading.level-2, .page .run-in-title.level-2 { font-family: var(--kaiti); }
.page .heading.level-3, .page .heading.level-4 { font-family: var(--fangsong); }
.page .heading.level-3, .page .run-in-title.level-3 { font-weight: bold; }
.page p.signature { text-align: right; text-indent: 0; padding-right: ${SIGNATURE_RIGHT_CHARS}em; }
.page .heading.unnumbered { font-family: var(--heiti); }
.page ul, .page ol { margin: 0; padding-left: 4em; }
.page li p { text-indent: 0; }
.page blockquote { margin: 0 0 0 2em; padding-left: 1em; border-left: 3px solid #bbb; color: #333; }
.page table { border-collapse: collapse; margin: 6pt auto; font-size: ${FONTS.table.sizePt}pt; line-height: 1.5; }
.page th, .page td { border: 1px solid #000; padding: 2pt 6pt; text-indent: 0; }
.page .align-left { text-align: left; } .page .align-center { text-align: center; } .page .align-right { text-align: right; }
.page pre.code { margin: 6pt 0; padding: 6pt 8pt; background: #f4f4f4; font: 11pt/1.5 ui-monospace, Consolas, monospace; white-space: pre-wrap; text-indent: 0; }
.page code { font-family: ui-monospace, Consolas, monospace; font-size: .8em; }
.page hr { border: 0; border-top: 1px solid #000; margin: var(--line) 0; }
.page img { max-width: 100%; }
.page a.link { color: #0645ad; text-decoration: underline; cursor: pointer; }
.page .image-missing { color: #666; border: 1px dashed #999; padding: 0 .2em; text-indent: 0; }
.page mark.placeholder { background: #fff1b8; color: #000; border-bottom: 2px dashed #d48806; padding: 0 .1em; cursor: pointer; }
.page .diagnostic { text-decoration-line: underline; text-decoration-style: wavy; text-decoration-skip-ink: none; cursor: pointer; }
.page mark.placeholder.diagnostic { text-decoration: none; }
.page mark.placeholder.severity-error { background: #ffccc7; border-bottom-color: #e51400; }
.page .severity-error { text-decoration-color: #e51400; }
.page .severity-warning { text-decoration-color: #bf8803; }
.page .severity-info { text-decoration-color: #1a85ff; }
.page .severity-hint { text-decoration-color: #888; text-decoration-style: dotted; }
.page .diagnostic-point::before { content: "▲"; font-size: 8pt; vertical-align: super; cursor: pointer; }
.page .diagnostic-point.severity-error::before { color: #e51400; }
.page .diagnostic-point.severity-warning::before { color: #bf8803; }
.page .diagnostic-point.severity-info::before, .page .diagnostic-point.severity-hint::before { color: #1a85ff; }
.page .empty { color: #888; text-align: center; text-indent: 0; }
.page .flash { animation: flash 1.2s ease-out; }
@keyframes flash { from { background: rgba(255, 214, 0, .45); } to { background: transparent; } }
@media print {
  @page { size: A4; margin: ${margins}; }
  body { background: none; padding: 0; }
  .summary, .toolbar { display: none; }
  .page { zoom: 1; width: auto; min-height: 0; margin: 0; padding: 0; box-shadow: none; }
  .page mark.placeholder, .page .diagnostic { background: none; border: 0; text-decoration: none; }
  .page .diagnostic-point::before { content: none; }
}
`;
