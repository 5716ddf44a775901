// Tokenizes text with the injection grammar over a base grammar, the way VS Code does, using
// vscode-textmate and the Oniguruma WebAssembly build.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as oniguruma from 'vscode-oniguruma';
import * as vsctm from 'vscode-textmate';

const root = join(__dirname, '..', '..');
export const INJECTION_SCOPE = 'text.report.injection';

const grammarFiles: Record<string, string> = {
  'text.html.markdown': join(root, 'test/grammar/base/markdown.tmLanguage.json'),
  'text.plain': join(root, 'syntaxes/plaintext.tmLanguage.json'),
  [INJECTION_SCOPE]: join(root, 'syntaxes/report.injection.tmLanguage.json'),
};

const registries = new Map<boolean, vsctm.Registry>();

function getRegistry(withInjection: boolean): vsctm.Registry {
  let registry = registries.get(withInjection);
  if (registry) return registry;
  const wasm = readFileSync(join(root, 'node_modules/vscode-oniguruma/release/onig.wasm'));
  const onigLib = loadOniguruma(wasm).then(() => ({
    createOnigScanner: (patterns: string[]) => new oniguruma.OnigScanner(patterns),
    createOnigString: (s: string) => new oniguruma.OnigString(s),
  }));
  registry = new vsctm.Registry({
    onigLib,
    loadGrammar: async (scopeName) => {
      const file = grammarFiles[scopeName];
      return file ? vsctm.parseRawGrammar(readFileSync(file, 'utf8'), file) : null;
    },
    // As package.json's injectTo does in VS Code.
    getInjections: (scopeName) => (withInjection && (scopeName === 'text.html.markdown' || scopeName === 'text.plain') ? [INJECTION_SCOPE] : undefined),
  });
  registries.set(withInjection, registry);
  return registry;
}

let wasmLoaded: Promise<void> | null = null;
function loadOniguruma(wasm: Buffer): Promise<void> {
  wasmLoaded ??= oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength) as ArrayBuffer);
  return wasmLoaded;
}

export interface Token {
  text: string;
  scopes: string[];
}

/** Tokens of each line of `text`, tokenized as a document in the given base language. */
export async function tokenize(text: string, base: 'text.html.markdown' | 'text.plain', withInjection = true): Promise<Token[][]> {
  const grammar = await getRegistry(withInjection).loadGrammar(base);
  if (!grammar) throw new Error(`no grammar for ${base}`);
  let stack = vsctm.INITIAL;
  const out: Token[][] = [];
  for (const line of text.split(/\r?\n/)) {
    const r = grammar.tokenizeLine(line, stack);
    out.push(r.tokens.map((t) => ({ text: line.slice(t.startIndex, t.endIndex), scopes: t.scopes })));
    stack = r.ruleStack;
  }
  return out;
}

/** The texts of the tokens that carry a scope starting with `prefix`, one per token. */
export function textsWithScope(line: Token[], prefix: string): string[] {
  return line.filter((t) => t.scopes.some((s) => s.startsWith(prefix))).map((t) => t.text);
}

/** Pieces that repeated to a 20,000-character line stress the grammar's patterns (tests and test/perf). */
export const HOSTILE_LINE_UNITS = ['一是强化担当。学习*次，建议**件，答复率100%。', '***a', '*件', '一、', '《', '（一）', '**件，**项', '【待', '12.5万元，', '　'];
