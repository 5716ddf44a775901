// What the extension contributes, read from its package.json as VS Code loaded it: tests of features that
// other work adds (snippets, preview, placeholder navigation) find them here and run once they exist.
import { parse } from 'jsonc-parser';
import * as vscode from 'vscode';
import { extensionId } from './helpers';

interface Contributes {
  commands?: { command: string; title: string }[];
  snippets?: { language: string; path: string }[];
}

export interface Snippet {
  language: string;
  name: string;
  prefix: string[];
  body: string;
}

function contributes(): Contributes {
  const ext = vscode.extensions.getExtension(extensionId);
  if (!ext) throw new Error(`extension ${extensionId} is not loaded`);
  return (ext.packageJSON as { contributes?: Contributes }).contributes ?? {};
}

export function commandsMatching(re: RegExp): string[] {
  return (contributes().commands ?? []).map((c) => c.command).filter((id) => re.test(id));
}

/** Every snippet of every contributed snippets file. */
export async function contributedSnippets(): Promise<Snippet[]> {
  const ext = vscode.extensions.getExtension(extensionId)!;
  const out: Snippet[] = [];
  for (const file of contributes().snippets ?? []) {
    const bytes = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(ext.extensionUri, file.path));
    const json = parse(Buffer.from(bytes).toString('utf8')) as Record<string, { prefix?: string | string[]; body: string | string[] }>;
    for (const [name, s] of Object.entries(json ?? {})) {
      const prefix = s.prefix === undefined ? [] : Array.isArray(s.prefix) ? s.prefix : [s.prefix];
      out.push({ language: file.language, name, prefix, body: Array.isArray(s.body) ? s.body.join('\n') : s.body });
    }
  }
  return out;
}
