// Optional YAML front matter: `---` on the first line, closed by `---` or `...`.
import { parse as parseYaml, YAMLParseError } from 'yaml';
import type { FrontMatter } from '../types';

const OPEN = /^---[ \t]*\r?\n/;
const CLOSE = /^(?:---|\.\.\.)[ \t]*$/m;

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
  try {
    const data: unknown = parseYaml(yamlText, { maxAliasCount: 10 });
    if (data && typeof data === 'object' && !Array.isArray(data)) fm.data = data as Record<string, unknown>;
  } catch (e) {
    const line = e instanceof YAMLParseError && e.linePos ? e.linePos[0].line : 1;
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
