// The preview's look: the printed page of GB/T 9704-2012 (党政机关公文格式). A4 paper with the
// standard margins (天头 37 mm, 订口 28 mm, 版心 156 × 225 mm); body in 三号仿宋 with 22 lines a
// page; title in 二号小标宋, centred; 一、 headings in 黑体, （一） in 楷体, 1. and （1） in 仿宋;
// every paragraph and heading indented two characters. Each font family lists the common
// Windows, macOS and Linux names, so the closest installed face is used.
export const PREVIEW_CSS = `
:root {
  --fangsong: "FangSong", "FangSong_GB2312", "仿宋", "仿宋_GB2312", "STFangsong", "华文仿宋", "Noto Serif CJK SC", "Source Han Serif SC", "Songti SC", serif;
  --heiti: "SimHei", "黑体", "Heiti SC", "STHeiti", "Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", "WenQuanYi Micro Hei", sans-serif;
  --kaiti: "KaiTi", "KaiTi_GB2312", "楷体", "楷体_GB2312", "STKaiti", "华文楷体", "Kaiti SC", "AR PL UKai CN", "Noto Serif CJK SC", serif;
  --xiaobiaosong: "方正小标宋简体", "FZXiaoBiaoSong-B05S", "FZXiaoBiaoSong-B05", "STZhongsong", "华文中宋", "SimSun", "Noto Serif CJK SC", "Source Han Serif SC", serif;
  --line: 28.95pt; /* 225 mm / 22 lines */
}
html, body { margin: 0; }
body { padding: 16px 8px 48px; background: var(--vscode-editor-background, #e9e9e9); overflow-x: auto; }
.summary { max-width: 210mm; margin: 0 auto 12px; font: 13px var(--vscode-font-family, sans-serif); color: var(--vscode-foreground, #333); }
.summary ul { margin: 4px 0 0; padding-left: 1.5em; }
.summary li { cursor: pointer; }
.summary .count { margin-right: 1em; }
.toolbar { position: fixed; top: 4px; right: 8px; z-index: 1; }
.toolbar button { font: 12px var(--vscode-font-family, sans-serif); color: var(--vscode-button-secondaryForeground, #333); background: var(--vscode-button-secondaryBackground, #ddd); border: 0; border-radius: 2px; padding: 2px 8px; cursor: pointer; }
/* The A4 page scaled as a whole (zoom keeps its proportions) to the pane's width by default
   (preview.js sets --fit); "100%" shows it at print size with a horizontal scroll bar. */
.page {
  zoom: var(--fit, 1);
  box-sizing: border-box; width: 210mm; min-height: 297mm; margin: 0 auto; padding: 37mm 26mm 35mm 28mm;
  background: #fff; color: #000; box-shadow: 0 1px 6px rgba(0, 0, 0, .35);
  font-family: var(--fangsong); font-size: 16pt; line-height: var(--line); text-align: justify;
}
.page p { margin: 0; text-indent: 2em; }
.page h1, .page h2, .page h3, .page h4, .page h5, .page h6 { margin: 0; font-size: 16pt; font-weight: normal; line-height: var(--line); text-indent: 2em; text-align: left; }
.page .title { font-family: var(--xiaobiaosong); font-size: 22pt; line-height: 1.5; text-align: center; text-indent: 0; margin: 0 0 var(--line); }
.page .heading.level-1, .page .run-in-title.level-1 { font-family: var(--heiti); }
.page .heading.level-2, .page .run-in-title.level-2 { font-family: var(--kaiti); }
.page .heading.level-3, .page .heading.level-4 { font-family: var(--fangsong); }
.page .heading.unnumbered { font-family: var(--heiti); }
.page ul, .page ol { margin: 0; padding-left: 4em; }
.page li p { text-indent: 0; }
.page blockquote { margin: 0 0 0 2em; padding-left: 1em; border-left: 3px solid #bbb; color: #333; }
.page table { border-collapse: collapse; margin: 6pt auto; font-size: 14pt; line-height: 1.5; }
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
/* 署名 and 成文日期 (GB/T 9704-2012 7.3.5.1): each on its own line below the body, the date four
   characters from the right margin, the signature centred over it. */
.page .closing { width: fit-content; margin: var(--line) 4em 0 auto; }
.page .closing p.closing-line { text-indent: 0; text-align: center; white-space: nowrap; }
.page .empty { color: #888; text-align: center; text-indent: 0; }
.page .flash { animation: flash 1.2s ease-out; }
@keyframes flash { from { background: rgba(255, 214, 0, .45); } to { background: transparent; } }
@media print {
  @page { size: A4; margin: 37mm 26mm 35mm 28mm; }
  body { background: none; padding: 0; }
  .summary, .toolbar { display: none; }
  .page { zoom: 1; width: auto; min-height: 0; margin: 0; padding: 0; box-shadow: none; }
  .page mark.placeholder, .page .diagnostic { background: none; border: 0; text-decoration: none; }
  .page .diagnostic-point::before { content: none; }
}
`;
