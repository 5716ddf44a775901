// Expands a VS Code snippet body the way the editor does when the writer tabs through without
// typing: every placeholder keeps its default text, every choice its first option, mirrors copy
// their tab stop, variables are resolved (with transforms). Grammar:
// https://code.visualstudio.com/docs/editing/userdefinedsnippets#_grammar

export type Node =
  | { kind: 'text'; text: string }
  | { kind: 'tabstop'; index: number }
  | { kind: 'placeholder'; index: number; children: Node[] }
  | { kind: 'choice'; index: number; options: string[] }
  | { kind: 'variable'; name: string; children: Node[] | null; transform: Transform | null };

export interface Transform {
  regex: string;
  format: string;
  flags: string;
}

export interface TabStop {
  index: number;
  kind: 'placeholder' | 'choice' | 'empty';
  /** Default text (placeholder) or first option (choice). */
  value: string;
  options: string[];
  /** The default comes from variables (a date), not from the snippet's own text. */
  dynamic: boolean;
}

export class SnippetSyntaxError extends Error {}

class Parser {
  private pos = 0;
  constructor(private readonly src: string) {}

  parse(): Node[] {
    const nodes = this.sequence(() => false);
    if (this.pos < this.src.length) throw this.error('unexpected "}"');
    return nodes;
  }

  private error(msg: string): SnippetSyntaxError {
    return new SnippetSyntaxError(`${msg} at ${this.pos} in ${JSON.stringify(this.src.slice(Math.max(0, this.pos - 20), this.pos + 20))}`);
  }

  /** Nodes up to (not including) an unescaped "}" when `inside`, else to the end. */
  private sequence(inside: () => boolean): Node[] {
    const nodes: Node[] = [];
    let text = '';
    const flush = (): void => {
      if (text) nodes.push({ kind: 'text', text });
      text = '';
    };
    while (this.pos < this.src.length) {
      const c = this.src[this.pos];
      if (c === '\\' && this.pos + 1 < this.src.length && '$}\\'.includes(this.src[this.pos + 1])) {
        text += this.src[this.pos + 1];
        this.pos += 2;
      } else if (c === '$') {
        const node = this.dollar();
        if (node) {
          flush();
          nodes.push(node);
        } else {
          text += '$';
          this.pos++;
        }
      } else if (c === '}') {
        if (inside()) break;
        // A lone "}" outside any construct is literal text, as in VS Code.
        text += c;
        this.pos++;
      } else {
        text += c;
        this.pos++;
      }
    }
    flush();
    return nodes;
  }

  private dollar(): Node | null {
    const rest = this.src.slice(this.pos + 1);
    let m = /^[0-9]+/.exec(rest);
    if (m) {
      this.pos += 1 + m[0].length;
      return { kind: 'tabstop', index: Number(m[0]) };
    }
    m = /^[_a-zA-Z][_a-zA-Z0-9]*/.exec(rest);
    if (m) {
      this.pos += 1 + m[0].length;
      return { kind: 'variable', name: m[0], children: null, transform: null };
    }
    if (rest[0] !== '{') return null;
    this.pos += 2;
    m = /^[0-9]+/.exec(this.src.slice(this.pos));
    if (m) {
      const index = Number(m[0]);
      this.pos += m[0].length;
      const c = this.src[this.pos];
      if (c === '}') {
        this.pos++;
        return { kind: 'tabstop', index };
      }
      if (c === ':') {
        this.pos++;
        const children = this.sequence(() => true);
        this.expect('}');
        return { kind: 'placeholder', index, children };
      }
      if (c === '|') {
        this.pos++;
        const options = this.choiceOptions();
        return { kind: 'choice', index, options };
      }
      throw this.error('bad tab stop');
    }
    m = /^[_a-zA-Z][_a-zA-Z0-9]*/.exec(this.src.slice(this.pos));
    if (!m) throw this.error('bad "${"');
    const name = m[0];
    this.pos += name.length;
    const c = this.src[this.pos];
    if (c === '}') {
      this.pos++;
      return { kind: 'variable', name, children: null, transform: null };
    }
    if (c === ':') {
      this.pos++;
      const children = this.sequence(() => true);
      this.expect('}');
      return { kind: 'variable', name, children, transform: null };
    }
    if (c === '/') {
      this.pos++;
      const regex = this.until('/');
      const format = this.until('/');
      const flags = this.until('}');
      return { kind: 'variable', name, children: null, transform: { regex, format, flags } };
    }
    throw this.error('bad variable');
  }

  private expect(c: string): void {
    if (this.src[this.pos] !== c) throw this.error(`expected "${c}"`);
    this.pos++;
  }

  /** Text up to an unescaped `end`, consuming it; "\\/" stands for "/". */
  private until(end: string): string {
    let out = '';
    while (this.pos < this.src.length) {
      const c = this.src[this.pos];
      if (c === '\\' && this.src[this.pos + 1] === end) {
        out += end;
        this.pos += 2;
        continue;
      }
      if (c === end) {
        this.pos++;
        return out;
      }
      out += c;
      this.pos++;
    }
    throw this.error(`unterminated, expected "${end}"`);
  }

  private choiceOptions(): string[] {
    const options: string[] = [];
    let cur = '';
    while (this.pos < this.src.length) {
      const c = this.src[this.pos];
      if (c === '\\' && ',|\\'.includes(this.src[this.pos + 1] ?? '')) {
        cur += this.src[this.pos + 1];
        this.pos += 2;
      } else if (c === ',') {
        options.push(cur);
        cur = '';
        this.pos++;
      } else if (c === '|' && this.src[this.pos + 1] === '}') {
        options.push(cur);
        this.pos += 2;
        return options;
      } else {
        cur += c;
        this.pos++;
      }
    }
    throw this.error('unterminated choice');
  }
}

export function parseSnippet(body: string | string[]): Node[] {
  return new Parser(Array.isArray(body) ? body.join('\n') : body).parse();
}

export interface ExpandOptions {
  /** Values of snippet variables (CURRENT_YEAR …); an unknown variable is an error. */
  variables: Record<string, string>;
  /** What the writer types at a tab stop; by default its placeholder text or first choice. */
  value?: (stop: TabStop) => string;
}

/** Tab stops in order of index, each with the text it expands to. */
export function tabStops(body: string | string[], options: ExpandOptions): TabStop[] {
  const nodes = parseSnippet(body);
  const stops = new Map<number, TabStop>();
  const visit = (list: Node[]): void => {
    for (const n of list) {
      // Nested tab stops first, so a placeholder's default includes theirs.
      if (n.kind === 'placeholder') visit(n.children);
      if (n.kind === 'variable' && n.children) visit(n.children);
      if (n.kind === 'placeholder' && !stops.has(n.index)) {
        stops.set(n.index, { index: n.index, kind: 'placeholder', value: render(n.children, stops, options), options: [], dynamic: n.children.some((c) => c.kind === 'variable') });
      } else if (n.kind === 'choice' && !stops.has(n.index)) {
        stops.set(n.index, { index: n.index, kind: 'choice', value: n.options[0] ?? '', options: n.options, dynamic: false });
      }
    }
  };
  visit(nodes);
  const mentioned = (list: Node[]): void => {
    for (const n of list) {
      if (n.kind === 'tabstop' && !stops.has(n.index)) stops.set(n.index, { index: n.index, kind: 'empty', value: '', options: [], dynamic: false });
      if (n.kind === 'placeholder') mentioned(n.children);
    }
  };
  mentioned(nodes);
  return [...stops.values()].sort((a, b) => a.index - b.index);
}

/** The text the snippet inserts when every tab stop keeps its default. */
export function expandSnippet(body: string | string[], options: ExpandOptions): string {
  const nodes = parseSnippet(body);
  const chosen = tabStops(body, options).map((s) => ({ ...s, value: options.value ? options.value(s) : s.value }));
  return render(nodes, new Map(chosen.map((s) => [s.index, s])), options);
}

function render(nodes: Node[], stops: Map<number, TabStop>, options: ExpandOptions): string {
  let out = '';
  for (const n of nodes) {
    switch (n.kind) {
      case 'text':
        out += n.text;
        break;
      case 'tabstop':
        out += stops.get(n.index)?.value ?? '';
        break;
      case 'placeholder':
      case 'choice':
        out += stops.get(n.index)?.value ?? '';
        break;
      case 'variable': {
        const value = options.variables[n.name];
        if (value === undefined) throw new SnippetSyntaxError(`unknown variable ${n.name}`);
        out += n.transform ? applyTransform(value, n.transform) : value;
        break;
      }
    }
  }
  return out;
}

/** ${VAR/regex/format/flags}: only "$n" / "${n}" group references are supported in the format. */
function applyTransform(value: string, t: Transform): string {
  const re = new RegExp(t.regex, t.flags);
  return value.replace(re, (...groups: unknown[]) =>
    t.format.replace(/\$(\d+)|\$\{(\d+)\}/g, (_m, a: string | undefined, b: string | undefined) => String(groups[Number(a ?? b)] ?? '')),
  );
}
