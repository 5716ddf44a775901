// The review page's style sheet (inlined: the page is sent around as one file).
export const reviewStyle = `
body { font-family: "Noto Sans CJK SC", "Microsoft YaHei", "PingFang SC", sans-serif; margin: 24px; color: #1f2328; }
h1 { font-size: 22px; margin: 0 0 4px; }
.meta { color: #57606a; margin-bottom: 16px; }
table.summary { border-collapse: collapse; margin: 12px 0 24px; }
table.summary th, table.summary td { border: 1px solid #d0d7de; padding: 4px 8px; text-align: left; }
table.summary td.num { text-align: right; }
table.summary tr.row { cursor: pointer; }
table.summary tr.row:hover, table.summary tr.row.selected { background: #eef4ff; }
.verdict { font-weight: bold; }
.v-需补写 { color: #c62828; } .v-需修改 { color: #b35c00; } .v-可提交 { color: #1a7f37; }
.charts { display: flex; flex-wrap: wrap; gap: 24px; }
figure.chart { margin: 0; } figure.chart figcaption { font-weight: bold; margin-bottom: 4px; }
figure.chart text { font-size: 12px; fill: #1f2328; } figure.chart text.count { fill: #57606a; }
a.chart-link { cursor: pointer; } a.chart-link:hover rect.bar { opacity: .8; }
section.report { border-top: 2px solid #d0d7de; margin-top: 16px; padding-top: 8px; }
section.report[hidden] { display: none; }
ol.findings { padding-left: 20px; } ol.findings li { margin: 10px 0; }
.sev { display: inline-block; border-radius: 3px; padding: 0 5px; color: #fff; font-size: 12px; }
.sev-error { background: #c62828; } .sev-warning { background: #ef8c00; } .sev-info, .sev-hint { background: #1e6fbf; }
.where { color: #57606a; font-size: 12px; }
blockquote.context { margin: 4px 0; padding: 4px 8px; background: #f6f8fa; border-left: 3px solid #d0d7de; }
blockquote.context mark { background: #ffe08a; }
.fix { color: #1a7f37; }
.failed { color: #c62828; }
`;
