// Command-line parsing for `report-lint`.
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { RULE_LEVELS, type Severity } from '../engine';
import { DEFAULT_MAX_FILE_SIZE } from '../shared/protocol';

type Format = 'text' | 'json' | 'sarif' | 'html';

export interface CliOptions {
  format: Format;
  profile: string | undefined;
  rules: Record<string, Severity | 'off'>;
  maxSize: number;
  /** Like ESLint's: more warnings than this also fail the run (exit 1); -1 = no limit. */
  maxWarnings: number;
  /** `--config PATH`: this config file instead of looking for the nearest one. */
  config: string | undefined;
  /** `--no-config`: no config files at all (built-in defaults and the flags). */
  noConfig: boolean;
  /** `--summary`: the reviewer's table (text), or a `summary` section (JSON). */
  summary: boolean;
  /** `-o FILE`: write the output there instead of stdout. */
  output: string | undefined;
  /** `--jobs N`: threads (0 = one per free core, 1 = one by one). */
  jobs: number;
  /** Files, folders and glob patterns. */
  files: string[];
}

export type Command =
  | { kind: 'help' }
  | { kind: 'version' }
  | { kind: 'list-rules' }
  | { kind: 'stdio' }
  | { kind: 'check'; options: CliOptions }
  | { kind: 'compare'; options: CliOptions; last: string; current: string };

/** A mistake on the command line: reported in one line, exit code 2. */
export class UsageError extends Error {}

export const defaultMaxSize = DEFAULT_MAX_FILE_SIZE;

export const usage = `用法 Usage: report-lint [选项] 文件|文件夹|"通配符"...
       report-lint compare [选项] 去年的报告 今年的报告
       report-lint export 文件 [-o 输出.docx]   导出为 GB/T 9704 版式的 Word 文档（见 export --help）

文件可以是 Markdown、纯文本或 Word 文档（.docx，自动编号按显示的样子读出，问题注明第几段）。

检查中文工作报告（述法报告等）的结构、占位符、数字与序号。
Checks Chinese work reports for mandated sections, placeholders, figures and numbering.

选项 Options:
  --format text|json|sarif|html  输出格式（默认 text；html 为可单独打开的审阅页）/ output format (html: a self-contained review page)
  -o, --output FILE        输出写入文件 / write the output to FILE
  --summary                汇总表：每份报告一行（类型、年度、占位符、错误、警告、缺少部分、数字问题、结论），最差的在前 / one row per report, worst first
  --jobs N                 并行检查的线程数（默认每个空闲 CPU 核一个，1 为逐个检查）/ threads (default: one per free core)
  --profile ID             指定报告类型，不自动识别（可用配置文件中自定义的类型）/ force a report profile (built-in or from the config)
  --rule RULE=LEVEL        设置规则级别：error|warning|info|hint|off，可重复；优先于配置文件 / set a rule's severity (repeatable; wins over the config file)
  --config PATH            使用此配置文件，不再查找 .reportlintrc.json / use this config file instead of looking for one
  --no-config              不读取任何配置文件 / read no config file
  --max-warnings N         警告超过 N 个时也以 1 退出（如 CI 中用 0 要求占位符全部填写）/ fail on more than N warnings
  --max-size BYTES         跳过超过此大小的文件（默认 ${defaultMaxSize}）/ size limit per file
  --list-rules             列出全部规则 / list the rules
  --stdio                  以语言服务器方式运行（LSP over stdio）/ run the language server
  -h, --help               显示帮助 / show this help
  -v, --version            显示版本 / show the version

文件夹与通配符 Folders and globs: 检查其中的 .md、.markdown、.txt、.docx 报告；.reportlintignore（gitignore 写法）中列出的不检查。
  Folders and globs ("reports/**/*.md") are searched for reports; files matching a .reportlintignore (gitignore syntax) are skipped.

与去年对比 compare: 照搬去年的段落（各部分的照搬比例）、数字未更新、增减说法与数字矛盾、去年的打算未提及、年份未更新；
  输出与检查相同（--format text|json|sarif），问题都在今年的报告上。 Compares this year's report with last year's.

配置文件 Config file: 每个文件使用离它最近的 .reportlintrc.json（所在文件夹或上级文件夹），见 docs/rule-packs.md。
  配置文件有错时，以 "文件:行:列 error config 说明" 输出到 stderr，出错部分按默认设置检查；退出码不因此改变。
  For each report the nearest .reportlintrc.json up the folder tree applies. Errors in it are printed to stderr as
  "file:line:col error config message" and the bad parts fall back to the defaults; they do not change the exit code.

退出码 Exit codes: 0 无错误 no errors · 1 有 error 级问题（或警告超过 --max-warnings）error findings · 2 用法或读取错误 usage/I-O errors
`;

const levels = new Set<string>(RULE_LEVELS);

/** Options every command has (check, compare, export), spelled the same everywhere. */
export const commonOptions = {
  output: { type: 'string', short: 'o' },
  'no-config': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const satisfies ParseArgsConfig['options'];

/**
 * The one command-line parser of every command: node:util's, strict, with positionals; a
 * mistake (unknown option, missing value) becomes a UsageError (one line, exit 2).
 */
export function parseOptions<O extends NonNullable<ParseArgsConfig['options']>>(argv: string[], options: O) {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, strict: true, options });
  } catch (e) {
    throw new UsageError(e instanceof Error ? e.message : String(e));
  }
  if ((parsed.values as { output?: unknown }).output === '') throw new UsageError('-o/--output 后应为输出文件的路径');
  return parsed;
}

/**
 * Parses the command line. `--profile` is checked later, per file: a config file may define
 * custom profiles.
 */
export function parseCommand(argv: string[], knownRules: ReadonlySet<string>): Command {
  if (argv[0] === 'compare') {
    const c = parseCommand(argv.slice(1), knownRules);
    if (c.kind !== 'check') return c;
    if (c.options.files.length !== 2) throw new UsageError('compare 需要两个文件：去年的报告 今年的报告');
    if (c.options.format === 'html') throw new UsageError('compare 的 --format 只能是 text、json 或 sarif');
    return { kind: 'compare', options: c.options, last: c.options.files[0], current: c.options.files[1] };
  }
  const parsed = parseOptions(argv, {
    ...commonOptions,
    format: { type: 'string' },
    summary: { type: 'boolean' },
    jobs: { type: 'string' },
    profile: { type: 'string' },
    rule: { type: 'string', multiple: true },
    'max-size': { type: 'string' },
    'max-warnings': { type: 'string' },
    config: { type: 'string' },
    'list-rules': { type: 'boolean' },
    stdio: { type: 'boolean' },
    version: { type: 'boolean', short: 'v' },
  });
  const { values: v, positionals } = parsed;
  if (v.help) return { kind: 'help' };
  if (v.version) return { kind: 'version' };
  if (v['list-rules']) return { kind: 'list-rules' };
  if (v.stdio) return { kind: 'stdio' };

  const format = v.format ?? 'text';
  if (format !== 'text' && format !== 'json' && format !== 'sarif' && format !== 'html') {
    throw new UsageError(`--format 只能是 text、json、sarif 或 html，而不是 "${format}"`);
  }
  let jobs = 0;
  if (v.jobs !== undefined) {
    if (!/^\d+$/.test(v.jobs) || Number(v.jobs) < 1) throw new UsageError(`--jobs 应为正整数，而不是 "${v.jobs}"`);
    jobs = Number(v.jobs);
  }

  const rules: CliOptions['rules'] = {};
  for (const r of v.rule ?? []) {
    const m = /^([\w-]+)=(\w+)$/.exec(r);
    if (!m) throw new UsageError(`--rule 的格式应为 RULE=LEVEL，而不是 "${r}"`);
    if (!knownRules.has(m[1])) throw new UsageError(`未知规则 "${m[1]}"（用 --list-rules 查看全部规则）`);
    if (!levels.has(m[2])) throw new UsageError(`规则级别只能是 error|warning|info|hint|off，而不是 "${m[2]}"`);
    rules[m[1]] = m[2] as Severity | 'off';
  }

  let maxSize = defaultMaxSize;
  if (v['max-size'] !== undefined) {
    maxSize = Number(v['max-size']);
    if (!/^\d+$/.test(v['max-size']) || !Number.isSafeInteger(maxSize)) {
      throw new UsageError(`--max-size 应为字节数，而不是 "${v['max-size']}"`);
    }
  }

  let maxWarnings = -1;
  if (v['max-warnings'] !== undefined) {
    if (!/^\d+$/.test(v['max-warnings'])) throw new UsageError(`--max-warnings 应为非负整数，而不是 "${v['max-warnings']}"`);
    maxWarnings = Number(v['max-warnings']);
  }

  if (v.profile !== undefined && !/^[\w-]+$/.test(v.profile)) throw new UsageError(`--profile 应为报告类型 id（如 shufa），而不是 "${v.profile}"`);
  if (v.config !== undefined && v['no-config']) throw new UsageError('--config 与 --no-config 不能同时使用');
  if (v.config === '') throw new UsageError('--config 后应为配置文件的路径');

  if (positionals.length === 0) throw new UsageError('没有指定要检查的文件');
  return {
    kind: 'check',
    options: {
      format,
      profile: v.profile,
      rules,
      maxSize,
      maxWarnings,
      config: v.config,
      noConfig: !!v['no-config'],
      summary: !!v.summary,
      output: v.output,
      jobs,
      files: positionals,
    },
  };
}
