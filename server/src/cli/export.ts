// `report-lint export FILE [-o OUT.docx] [--strict]`: the report as a GB/T 9704 Word document.
// Before writing, the unfilled placeholders and error findings are listed (stderr); they are
// exported highlighted unless --strict asks to stop (exit 1) so the writer can fill them first.
import { writeFileSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import { overrideConfig } from '../config';
import { analyze } from '../engine';
import { commonOptions, defaultMaxSize, parseOptions, UsageError } from './args';
import { CliConfigs } from './config';
import { textLines, toJsonReport } from './format';
import { readReport } from './read-report';

export const exportUsage = `用法 Usage: report-lint export 文件 [-o 输出.docx] [--strict]

把报告导出为符合 GB/T 9704-2012 版式的 Word 文档（默认写到报告旁边，同名 .docx）。
导出前列出未填写的占位符和错误；占位符在 Word 中以黄色突出显示。
Exports the report as a GB/T 9704 Word document (next to it by default).

选项 Options:
  -o, --output PATH   输出文件 / output file
  --strict            有占位符或错误时不导出，以 1 退出 / do not export when placeholders or errors remain
  --no-config         不读取配置文件 / read no config file
`;

export interface ExportOptions {
  file: string;
  output: string;
  strict: boolean;
  noConfig: boolean;
}

export function parseExport(argv: string[]): ExportOptions | 'help' {
  const parsed = parseOptions(argv, { ...commonOptions, strict: { type: 'boolean' } });
  if (parsed.values.help) return 'help';
  if (parsed.positionals.length !== 1) throw new UsageError('export 需要且只需要一个报告文件');
  const file = parsed.positionals[0];
  const output = parsed.values.output ?? join(dirname(file), `${basename(file, extname(file))}.docx`);
  if (!/\.docx$/i.test(output)) throw new UsageError(`输出文件应以 .docx 结尾，而不是 "${output}"`);
  if (output === file) throw new UsageError('输出文件不能覆盖报告本身');
  return { file, output, strict: !!parsed.values.strict, noConfig: !!parsed.values['no-config'] };
}

/** Exports; returns the exit code. */
export async function runExport(o: ExportOptions, out: (s: string) => void, err: (s: string) => void): Promise<number> {
  const read = readReport(o.file, defaultMaxSize);
  if (!read.ok) {
    err(`report-lint: ${o.file}: ${read.reason}`);
    return 2;
  }
  const configs = new CliConfigs({ config: undefined, noConfig: o.noConfig }, err);
  const loaded = configs.forFile(o.file);
  const result = analyze(read.text, { config: overrideConfig(loaded.config, {}) });
  const report = toJsonReport(o.file, result);
  const blocking = report.diagnostics.filter((d) => d.rule === 'placeholder' || d.severity === 'error');
  if (blocking.length > 0) {
    const placeholders = blocking.filter((d) => d.rule === 'placeholder').length;
    err(`report-lint: 导出前请注意：${placeholders} 处未填写的占位符，${blocking.length - placeholders} 个错误`);
    for (const line of textLines({ ...report, diagnostics: blocking })) err(line);
    if (o.strict) {
      err('report-lint: 因 --strict 未导出；请先修改以上问题 (not exported)');
      return 1;
    }
  }
  // Loaded when asked: the Word library is a third of the CLI bundle and costs every check ~30 ms to load.
  const { exportDocx } = require('../docx/write/gbt9704') as typeof import('../docx/write/gbt9704');
  const exported = await exportDocx(read.text);
  try {
    writeFileSync(o.output, exported.bytes);
  } catch (e) {
    err(`report-lint: ${o.output}: 无法写入 (${(e as NodeJS.ErrnoException).code ?? String(e)})`);
    return 2;
  }
  const marked = exported.placeholderCount ? `，${exported.placeholderCount} 处占位符已黄色突出显示` : '';
  out(`report-lint: 已导出 ${o.output}（GB/T 9704 版式${marked}）`);
  return 0;
}
