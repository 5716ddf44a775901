// Validation of term-pack data, whether built in or from a workspace. Bad entries are reported
// with their JSON path and left out; the good ones still apply. Never throws.
import { SEVERITIES, type Severity } from '../types';
import { checkPattern } from './safe-regex';
import type { PackIssue, TermEntry } from './types';

const SEVERITY_NAMES = new Set<string>(SEVERITIES);
const MAX_TEXT = 200;
const MAX_ALLOW = 200;

export interface ValidatedTerms {
  entries: TermEntry[];
  issues: PackIssue[];
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Number of capture groups in a (valid) pattern. */
function groupCount(re: RegExp): number {
  return (new RegExp(`${re.source}|`, 'u').exec('') as RegExpExecArray).length - 1;
}

/**
 * Checks a list of term entries. `defaults` fills a missing reason/source (a workspace's own
 * entries need not cite one); the built-in pack is tested to give both on every entry.
 */
export function validateTerms(raw: unknown, path: (string | number)[] = [], defaults: { reason?: string; source?: string } = {}): ValidatedTerms {
  const entries: TermEntry[] = [];
  const issues: PackIssue[] = [];
  if (!Array.isArray(raw)) {
    issues.push({ path, message: '词条列表应为数组，形如 [{ "wrong": "抗牢", "right": "扛牢" }]。' });
    return { entries, issues };
  }
  raw.forEach((item, i) => {
    const at = [...path, i];
    const entry = validateEntry(item, at, issues, defaults);
    if (entry) entries.push(entry);
  });
  return { entries, issues };
}

function validateEntry(item: unknown, at: (string | number)[], issues: PackIssue[], defaults: { reason?: string; source?: string }): TermEntry | null {
  const fail = (field: string | null, message: string): null => {
    issues.push({ path: field === null ? at : [...at, field], message });
    return null;
  };
  if (!isRecord(item)) return fail(null, '词条应为对象，形如 { "wrong": "抗牢", "right": "扛牢" }。');
  const { wrong, pattern, right } = item;
  const hasWrong = wrong !== undefined;
  const hasPattern = pattern !== undefined;
  if (hasWrong === hasPattern) return fail(null, '每个词条须有且只有 "wrong"（固定写法）或 "pattern"（正则表达式）之一。');
  if (typeof right !== 'string' || right.length > MAX_TEXT) return fail('right', '"right"（正确写法）须为字符串（可为空字符串，表示删除）。');

  const entry: TermEntry = { right, reason: defaults.reason ?? '', source: defaults.source ?? '' };
  let regex: RegExp | null = null;
  if (hasWrong) {
    if (typeof wrong !== 'string' || wrong.length === 0 || wrong.length > MAX_TEXT) return fail('wrong', `"wrong"（错误写法）须为 1 到 ${MAX_TEXT} 个字的字符串。`);
    if (wrong === right) return fail('right', `正确写法与错误写法相同（“${wrong}”），这个词条不会起作用，请改正或删除。`);
    entry.wrong = wrong;
  } else {
    if (typeof pattern !== 'string') return fail('pattern', '"pattern" 须为正则表达式字符串。');
    const check = checkPattern(pattern);
    if (!check.ok) return fail('pattern', `模式“${pattern}”不能使用：${check.message}`);
    regex = check.regex;
    const groups = groupCount(regex);
    for (const m of right.matchAll(/\$(\d)/g)) {
      if (Number(m[1]) > groups || m[1] === '0') return fail('right', `"right" 引用了不存在的分组 $${m[1]}（模式只有 ${groups} 个分组）。`);
    }
    entry.pattern = pattern;
  }

  for (const field of ['reason', 'source'] as const) {
    const v = item[field];
    if (v === undefined || v === '') continue; // '' is what an entry without one carries after loading
    if (typeof v !== 'string' || v.trim() === '') return fail(field, `"${field}" 须为非空字符串。`);
    entry[field] = v;
  }
  if (item.severity !== undefined) {
    if (typeof item.severity !== 'string' || !SEVERITY_NAMES.has(item.severity)) return fail('severity', '"severity" 只能是 error、warning、info 或 hint。');
    entry.severity = item.severity as Severity;
  }
  if (item.allow !== undefined) {
    if (!Array.isArray(item.allow) || item.allow.length > MAX_ALLOW) return fail('allow', '"allow"（允许的语境）须为字符串数组。');
    const allow: string[] = [];
    item.allow.forEach((a, j) => {
      if (typeof a !== 'string' || a.length === 0 || a.length > MAX_TEXT) {
        issues.push({ path: [...at, 'allow', j], message: '允许的语境须为非空字符串。' });
        return;
      }
      // A context that does not contain the wrong form can never apply: say so, it is a typo.
      const covers = entry.wrong !== undefined ? a.includes(entry.wrong) : (regex as RegExp).test(a);
      if (!covers) {
        issues.push({ path: [...at, 'allow', j], message: `允许的语境“${a}”中没有出现错误写法，不会起作用；请写出包含错误写法的完整语境。` });
        return;
      }
      allow.push(a);
    });
    if (allow.length > 0) entry.allow = allow;
  }
  if (item.examples !== undefined) {
    if (!Array.isArray(item.examples) || !item.examples.every((e) => typeof e === 'string')) return fail('examples', '"examples" 须为字符串数组。');
    entry.examples = item.examples as string[];
  }
  for (const key of Object.keys(item)) {
    if (!['wrong', 'pattern', 'right', 'allow', 'reason', 'source', 'severity', 'examples'].includes(key)) {
      issues.push({ path: [...at, key], message: `未知的词条字段“${key}”，已忽略。可用字段：wrong、pattern、right、allow、reason、source、severity、examples。` });
    }
  }
  return entry;
}

/** Checks a list of allowed words. */
export function validateAllow(raw: unknown, path: (string | number)[] = []): { words: string[]; issues: PackIssue[] } {
  const issues: PackIssue[] = [];
  const words: string[] = [];
  if (!Array.isArray(raw)) {
    issues.push({ path, message: '"allow" 须为字符串数组，如 ["法制办"]。' });
    return { words, issues };
  }
  raw.forEach((w, i) => {
    if (typeof w === 'string' && w.length > 0 && w.length <= MAX_TEXT) words.push(w);
    else issues.push({ path: [...path, i], message: '允许的词须为非空字符串。' });
  });
  return { words, issues };
}
