// JSON-with-comments files and positions in them: parse errors and any JSON path become
// ConfigErrors with 1-based line and column computed from jsonc-parser's node offsets.
import { createScanner, parseTree, SyntaxKind, type Node, type ParseError } from 'jsonc-parser';
import { computeLineStarts, offsetToPosition } from '../engine/positions';
import type { ConfigError } from './types';

export type JsonPath = (string | number)[];

const PARSE_MESSAGES: Record<number, string> = {
  1: '无效的字符',
  2: '数字格式错误',
  3: '此处应为属性名（用双引号括起）',
  4: '此处应为一个值',
  5: '缺少冒号“:”',
  6: '缺少逗号“,”',
  7: '缺少右花括号“}”',
  8: '缺少右方括号“]”',
  9: '文件在此处应当结束，后面有多余的内容',
  10: '注释格式错误',
  11: '注释没有结束（缺少“*/”）',
  12: '字符串没有结束（缺少右引号）',
  13: '数字不完整',
  14: 'Unicode 转义错误',
  15: '无效的转义字符',
  16: '字符串中有无效字符（如未转义的换行）',
};

/** Config files need a few levels; far more means a broken or hostile file. */
const MAX_DEPTH = 64;

/**
 * Offset where `{`/`[` nesting first exceeds `max`, or -1. Uses jsonc-parser's own scanner, so
 * strings and comments end exactly where the parser ends them (at \n, \r or the end), and no
 * line ending or comment can hide brackets from this guard.
 */
function deeperThan(text: string, max: number): number {
  const scanner = createScanner(text, false);
  let depth = 0;
  for (let kind = scanner.scan(); kind !== SyntaxKind.EOF; kind = scanner.scan()) {
    if (kind === SyntaxKind.OpenBraceToken || kind === SyntaxKind.OpenBracketToken) {
      if (++depth > max) return scanner.getTokenOffset();
    } else if (kind === SyntaxKind.CloseBraceToken || kind === SyntaxKind.CloseBracketToken) depth = Math.max(0, depth - 1);
  }
  return -1;
}

export class JsonFile {
  readonly tree: Node | undefined;
  readonly value: unknown;
  readonly errors: ConfigError[] = [];
  private lineStarts: number[] | null = null;

  constructor(
    readonly file: string,
    readonly text: string,
  ) {
    const parseErrors: ParseError[] = [];
    const tooDeep = deeperThan(text, MAX_DEPTH);
    // The parser recurses per level: a hostile file must not overflow the stack. What comes
    // before the too-deep bracket is read (the parser tolerates the cut), and applies.
    const readable = tooDeep >= 0 ? text.slice(0, tooDeep) : text;
    this.tree = parseTree(readable, parseErrors, { allowTrailingComma: true, disallowComments: false });
    if (tooDeep >= 0) {
      this.value = this.tree ? nodeValue(this.tree) : undefined;
      this.errors.push(this.errorAt(tooDeep, 1, `JSON 嵌套超过 ${MAX_DEPTH} 层，此处起的内容无法读取。请检查括号是否配对；此前的设置照常生效。`, 'error', 'json'));
      return;
    }
    this.value = this.tree ? nodeValue(this.tree) : undefined;
    for (const e of parseErrors) {
      const what = PARSE_MESSAGES[e.error] ?? 'JSON 语法错误';
      this.errors.push(
        this.errorAt(e.offset, Math.max(1, e.length), `JSON 格式错误：${what}。请修正此处；修正之前，文件中能读出的其余设置照常生效。`, 'error', 'json'),
      );
    }
  }

  errorAt(offset: number, length: number, message: string, severity: ConfigError['severity'], source: ConfigError['source']): ConfigError {
    this.lineStarts ??= computeLineStarts(this.text);
    const start = offsetToPosition(this.lineStarts, Math.min(offset, this.text.length));
    const end = offsetToPosition(this.lineStarts, Math.min(offset + length, this.text.length));
    return { file: this.file, line: start.line + 1, column: start.character + 1, endLine: end.line + 1, endColumn: end.character + 1, offset, length, message, severity, source };
  }

  /** The node at a path, or the deepest ancestor that exists (so an error always has a place). */
  nodeAt(path: JsonPath): Node | undefined {
    let node = this.tree;
    for (const seg of path) {
      if (!node) return undefined;
      let next: Node | undefined;
      if (node.type === 'array' && node.children) next = node.children[Number(seg)];
      else if (node.type === 'object' && node.children) {
        const prop = node.children.find((p) => p.children?.[0]?.value === String(seg));
        next = prop?.children?.[1];
      }
      if (!next) return node;
      node = next;
    }
    return node;
  }

  /** The key node of the property at `path` (for "unknown key" errors), else the value. */
  keyAt(path: JsonPath): Node | undefined {
    const node = this.nodeAt(path);
    const parent = node?.parent;
    if (parent?.type === 'property' && parent.children && parent.children[1] === node) return parent.children[0];
    return node;
  }

  /** An error on the text at `path`; `key` puts it on the property name instead of its value. */
  error(path: JsonPath, message: string, options: { severity?: ConfigError['severity']; source?: ConfigError['source']; key?: boolean } = {}): ConfigError {
    const node = options.key ? this.keyAt(path) : this.nodeAt(path);
    // A whole object or array: mark its first line only, not every line of it.
    const offset = node?.offset ?? 0;
    let length = node?.length ?? 1;
    if (node && (node.type === 'object' || node.type === 'array')) length = 1;
    return this.errorAt(offset, length, message, options.severity ?? 'error', options.source ?? 'check');
  }
}

/** Like jsonc-parser's getNodeValue, but tolerant of the holes a broken file leaves. */
function nodeValue(node: Node): unknown {
  switch (node.type) {
    case 'array':
      return (node.children ?? []).map(nodeValue);
    case 'object': {
      const obj: Record<string, unknown> = Object.create(null);
      for (const prop of node.children ?? []) {
        const [key, value] = prop.children ?? [];
        if (key && typeof key.value === 'string' && value) obj[key.value] = nodeValue(value);
      }
      return obj;
    }
    default:
      return node.value;
  }
}
