// What package.json contributes for authoring, checked against the code and the package: every
// command the client registers is contributed with a Chinese and an English title (and the other
// way round), menus and keybindings name real commands, and the snippets, grammars and the
// preview's script are in the .vsix.
import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { commandIds, previewViewType } from '../../client/src/command-ids';
import { root } from '../helpers/paths';

interface Contributes {
  commands: { command: string; title: string; category?: string }[];
  menus: Record<string, { command: string; when?: string; group?: string }[]>;
  keybindings: { command: string; key: string; mac?: string; when?: string }[];
  snippets: { language: string; path: string }[];
  grammars: { scopeName: string; path: string; language?: string; injectTo?: string[] }[];
}

const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { contributes: Contributes };
const c = pkg.contributes;
const contributed = new Set(c.commands.map((x) => x.command));

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? sources(p) : p.endsWith('.ts') ? [p] : [];
  });
}
const clientSource = sources(join(root, 'client', 'src'))
  .map((p) => readFileSync(p, 'utf8'))
  .join('\n');

describe('package.json: authoring contributions', () => {
  const authoring = Object.entries(commandIds).filter(([key]) => key !== 'previewSnapshot');

  it('contributes every authoring command, titled in Chinese and English under 报告检查', () => {
    for (const [, id] of authoring) {
      const cmd = c.commands.find((x) => x.command === id);
      assert.ok(cmd, `${id} is not contributed`);
      assert.equal(cmd.category, '报告检查');
      assert.match(cmd.title, /[\u4e00-\u9fff]/, `${id}: Chinese title`);
      assert.match(cmd.title, /[A-Za-z]{3}/, `${id}: English title`);
    }
  });

  it('registers every contributed command in the client, and keeps the test hook out of the palette', () => {
    for (const [key, id] of Object.entries(commandIds)) {
      assert.ok(clientSource.includes(`registerCommand(commandIds.${key}`), `${id} is not registered`);
    }
    for (const id of contributed) {
      const key = Object.entries(commandIds).find(([, v]) => v === id)?.[0];
      assert.ok(key || clientSource.includes(`'${id}'`), `${id} is contributed but the client never registers it`);
    }
    assert.ok(!contributed.has(commandIds.previewSnapshot));
  });

  it('the first command with "preview" in its id opens the preview (the e2e suite relies on it)', () => {
    assert.equal(c.commands.map((x) => x.command).find((id) => /preview/i.test(id)), commandIds.openPreview);
    assert.equal(c.commands.map((x) => x.command).find((id) => /placeholder/i.test(id) && !/prev/i.test(id)), commandIds.nextPlaceholder);
  });

  it('menus and keybindings name contributed commands, with the documented conditions', () => {
    for (const [menu, items] of Object.entries(c.menus)) {
      for (const item of items) assert.ok(contributed.has(item.command), `${menu}: ${item.command}`);
    }
    assert.deepEqual(c.menus['webview/context'], [
      { command: commandIds.disableRuleHere, when: `webviewId == '${previewViewType}' && webviewSection == 'diagnostic'` },
    ]);
    assert.ok(c.menus['editor/title'].some((m) => m.command === commandIds.openPreviewToSide && /markdown/.test(m.when ?? '') && /plaintext/.test(m.when ?? '')));
    assert.ok(c.menus.commandPalette.some((m) => m.command === commandIds.disableRuleHere && m.when === 'false'), 'the context-menu command is hidden from the palette');
    const keys = Object.fromEntries(c.keybindings.map((k) => [k.command, k.key]));
    assert.equal(keys[commandIds.nextPlaceholder], 'ctrl+alt+]');
    assert.equal(keys[commandIds.previousPlaceholder], 'ctrl+alt+[');
    for (const k of c.keybindings) assert.ok(contributed.has(k.command) && /markdown/.test(k.when ?? '') && /plaintext/.test(k.when ?? ''));
  });

  it('snippets for Markdown and plain text, and the grammars, point at files that exist', () => {
    assert.deepEqual(c.snippets.map((s) => s.language).sort(), ['markdown', 'plaintext']);
    for (const f of [...c.snippets, ...c.grammars]) assert.ok(existsSync(join(root, f.path)), f.path);
    const injection = c.grammars.find((g) => g.injectTo);
    assert.deepEqual(injection?.injectTo, ['text.html.markdown', 'text.plain']);
    const injected = JSON.parse(readFileSync(join(root, injection!.path), 'utf8')) as { scopeName: string };
    assert.equal(injected.scopeName, injection!.scopeName);
  });

  it('the .vsix ships the snippets, the grammars, the preview script, the analysis worker and the README\'s images (vsce ls)', function () {
    this.timeout(300_000);
    const vsce = join(root, 'node_modules', '@vscode', 'vsce', 'vsce');
    if (!existsSync(vsce)) this.skip();
    const files = execFileSync(process.execPath, [vsce, 'ls', '--no-dependencies'], { cwd: root, encoding: 'utf8' }).split(/\r?\n/).filter(Boolean);
    // README images stay relative (npm run package: --no-rewrite-relative-links), so they must be in the package.
    const images = [...readFileSync(join(root, 'README.md'), 'utf8').matchAll(/!\[[^\]]*\]\(([^)\s]+)\)/g)].map((m) => m[1]).filter((src) => !/^[a-z]+:/i.test(src));
    assert.ok(images.includes('docs/preview.png'), 'the README shows the preview');
    const needed = [...c.snippets.map((s) => s.path), ...c.grammars.map((g) => g.path), 'client/media/preview.js', 'dist/client.js', 'dist/server.js', 'dist/analysis-worker.js', ...images];
    for (const p of needed) assert.ok(files.includes(relative(root, join(root, p))), `${p} is not in the package: ${files.join(', ')}`);
  });
});
