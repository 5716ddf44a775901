// Optional YAML front matter: `---` on the first line, closed by `---` or `...`.
import type * as Yaml from 'yaml';
import type { FrontMatter } from '../types';

/** The YAML library, loaded with the first front matter: most reports have none. */
let yamlLib: typeof Yaml | null = null;
const yamlModule = (): typeof Yaml => (yamlLib ??= require('yaml') as typeof Yaml);

const OPEN = /^---[ \t]*(?:\r\n|\r|\n)/; // any line break LSP knows, CR alone included
const CLOSE = /^(?:---|\.\.\.)[ \t]*$/m;

/**
 * YAML this long or this deeply nested is not handed to the parser. It recurses once per level,
 * and in Node 20 a stack overflow inside it can take the whole process down on a later call
 * (seen with "---\n[[[[…" of 1,000 then 2,000 brackets: a fatal RegExpCompiler out-of-memory).
 * Real front matter is a few short lines.
 */
const MAX_YAML_LENGTH = 64 * 1024;
const MAX_YAML_DEPTH = 64;

/**
 * A cheap upper bound on the nesting of `yaml`: indentation, open [ and {, and the compact
 * block marks ("- ", "? ", ": ") on a line. Brackets in quoted strings count too (an overestimate).
 */
function nestingBound(yaml: string): number {
  let max = 0;
  let flow = 0;
  let indent = 0;
  let marks = 0;
  let lineStart = true;
  for (let i = 0; i < yaml.length; i++) {
    const c = yaml[i];
    if (c === '\n') {
      lineStart = true;
      indent = marks = 0;
      continue;
    }
    if (lineStart && (c === ' ' || c === '\t')) indent++;
    else {
      lineStart = false;
      if (c === '[' || c === '{') flow++;
      else if ((c === ']' || c === '}') && flow > 0) flow--;
      else if ((c === '-' || c === '?' || c === ':') && (yaml[i + 1] === ' ' || yaml[i + 1] === '\t')) marks++;
    }
    max = Math.max(max, indent + flow + marks);
  }
  return max;
}

export function readFrontMatter(text: string): FrontMatter | null {
  const open = OPEN.exec(text);
  if (!open) return null;
  const body = text.slice(open[0].length);
  const close = CLOSE.exec(body);
  if (!close) return null;
  const yamlText = body.slice(0, close.index);
  let end = open[0].length + close.index + close[0].length;
  if (text[end] === '\r') end++;
  if (text[end] === '\n') end++;
  const fm: FrontMatter = { span: { start: 0, end }, data: {} };
  const yaml = yamlText.replace(/\r\n?/g, '\n');
  if (yaml.length > MAX_YAML_LENGTH) {
    fm.error = { message: `front matter 过长（超过 ${MAX_YAML_LENGTH / 1024} KB），未读取：请只在 --- 之间写 profile、year、title 等几行。`, line: 2 };
    return fm;
  }
  if (nestingBound(yaml) > MAX_YAML_DEPTH) {
    fm.error = { message: `front matter 嵌套过深（超过 ${MAX_YAML_DEPTH} 层），未读取：请检查 --- 之间的 YAML 写法。`, line: 2 };
    return fm;
  }
  try {
    // The YAML parser does not take a CR alone as a line break; the line count stays the same.
    // logLevel 'error': YAML warnings would otherwise be printed to the server's stderr.
    const { parse: parseYaml } = yamlModule();
    const data: unknown = parseYaml(yaml, { maxAliasCount: 10, logLevel: 'error' });
    if (data && typeof data === 'object' && !Array.isArray(data)) fm.data = data as Record<string, unknown>;
  } catch (e) {
    const line = e instanceof yamlModule().YAMLParseError && e.linePos ? e.linePos[0].line : 1;
    // +1: the opening '---' is line 1 of the file.
    fm.error = { message: e instanceof Error ? e.message.split('\n')[0] : String(e), line: line + 1 };
  }
  const { profile, year, title } = fm.data;
  if (typeof profile === 'string') fm.profile = profile.trim();
  if (typeof year === 'number' && Number.isInteger(year)) fm.year = year;
  else if (typeof year === 'string' && /^\d{4}$/.test(year.trim())) fm.year = Number(year.trim());
  if (typeof title === 'string') fm.title = title.trim();
  return fm;
}
