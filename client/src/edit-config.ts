// The command behind the code actions "add this word to the workspace allow-list" and "disable
// this rule in the workspace": the server cannot know which config file the writer means, so the
// client asks (Quick Pick), then edits that file with a WorkspaceEdit (comments kept, undoable)
// and saves it. Nothing is written without the writer's choice.
import * as vscode from 'vscode';
import { addAllowedWord, setRuleSetting, type ConfigEdit } from '../../server/src/config/edit';
import { CONFIG_FILE_NAME } from '../../server/src/config/types';
import type { EditConfigArgs } from '../../server/src/shared/protocol';

interface Target extends vscode.QuickPickItem {
  uri: vscode.Uri;
  create: boolean;
}

/** Arguments as the server sent them; anything else is refused. */
function readArgs(raw: unknown): EditConfigArgs | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const a = raw as Record<string, unknown>;
  if (typeof a.documentUri !== 'string') return null;
  if (a.action === 'allow' && typeof a.word === 'string' && a.word.trim()) return { action: 'allow', word: a.word, documentUri: a.documentUri };
  if (a.action === 'disable' && typeof a.rule === 'string' && /^[\w-]+$/.test(a.rule)) return { action: 'disable', rule: a.rule, documentUri: a.documentUri };
  return null;
}

async function isFile(uri: vscode.Uri): Promise<boolean> {
  // An open buffer counts: the server reads open buffers before the disk.
  if (vscode.workspace.textDocuments.some((d) => d.uri.toString() === uri.toString())) return true;
  try {
    return ((await vscode.workspace.fs.stat(uri)).type & vscode.FileType.File) !== 0;
  } catch {
    return false;
  }
}

const parentOf = (uri: vscode.Uri): vscode.Uri => vscode.Uri.joinPath(uri, '..');

/** The config file the server applies to the document: the nearest one, not above its workspace folder. */
async function nearestConfig(document: vscode.Uri, folder: vscode.WorkspaceFolder | undefined): Promise<vscode.Uri | undefined> {
  for (let dir = parentOf(document); ; ) {
    const candidate = vscode.Uri.joinPath(dir, CONFIG_FILE_NAME);
    if (await isFile(candidate)) return candidate;
    const parent = parentOf(dir);
    if ((folder && dir.path.replace(/\/$/, '') === folder.uri.path.replace(/\/$/, '')) || parent.path === dir.path) return undefined;
    dir = parent;
  }
}

/** What the writer may pick: the config file that applies, or a new one where it would apply. */
async function targets(document: vscode.Uri): Promise<Target[]> {
  const folder = vscode.workspace.getWorkspaceFolder(document);
  const nearest = await nearestConfig(document, folder);
  if (nearest) {
    return [{ label: `$(file) ${vscode.workspace.asRelativePath(nearest)}`, description: '离本文件最近的配置文件，对本文件生效', uri: nearest, create: false }];
  }
  const out: Target[] = [];
  const here = parentOf(document);
  if (folder) {
    const uri = vscode.Uri.joinPath(folder.uri, CONFIG_FILE_NAME);
    out.push({ label: `$(new-file) 新建 ${vscode.workspace.asRelativePath(uri)}`, description: '工作区根目录：对整个工作区生效', uri, create: true });
  }
  if (!folder || here.path.replace(/\/$/, '') !== folder.uri.path.replace(/\/$/, '')) {
    const uri = vscode.Uri.joinPath(here, CONFIG_FILE_NAME);
    out.push({ label: `$(new-file) 新建 ${vscode.workspace.asRelativePath(uri)}`, description: '本文件所在文件夹：对此文件夹及其子文件夹生效', uri, create: true });
  }
  return out;
}

function plan(args: EditConfigArgs): { change: (text: string) => ConfigEdit; title: string; done: string; already: string } {
  if (args.action === 'allow') {
    return {
      change: (text) => addAllowedWord(text, args.word),
      title: `将“${args.word}”加入哪个配置文件的允许词表？`,
      done: `已将“${args.word}”加入允许词表`,
      already: `“${args.word}”已在允许词表中`,
    };
  }
  return {
    change: (text) => setRuleSetting(text, args.rule, 'off'),
    title: `在哪个配置文件中禁用 ${args.rule} 规则？`,
    done: `已禁用 ${args.rule} 规则`,
    already: `${args.rule} 规则已经禁用`,
  };
}

function fullRange(doc: vscode.TextDocument): vscode.Range {
  return new vscode.Range(doc.positionAt(0), doc.positionAt(doc.getText().length));
}

/** Offers to open the file or take the change back (as an edit too, so it can be redone). */
function announce(message: string, doc: vscode.TextDocument, before: string | null): void {
  const after = doc.getText();
  void vscode.window.showInformationMessage(message, '打开配置文件', '撤销').then(async (choice) => {
    if (choice === '打开配置文件') await vscode.window.showTextDocument(doc, { preview: false });
    if (choice !== '撤销') return;
    if (doc.getText() !== after) {
      void vscode.window.showWarningMessage('配置文件此后又有改动，未撤销。请打开文件手动修改。');
      return;
    }
    const undo = new vscode.WorkspaceEdit();
    if (before === null) undo.deleteFile(doc.uri, { ignoreIfNotExists: true });
    else undo.replace(doc.uri, fullRange(doc), before);
    if ((await vscode.workspace.applyEdit(undo)) && before !== null) await doc.save();
  });
}

export async function editConfig(raw: unknown): Promise<void> {
  const args = readArgs(raw);
  if (!args) return;
  if (!vscode.workspace.isTrusted) {
    void vscode.window.showWarningMessage('受限模式下不读取配置文件。请先信任此工作区，再修改配置。');
    return;
  }
  const document = vscode.Uri.parse(args.documentUri);
  if (document.scheme !== 'file') return;
  const { change, title, done, already } = plan(args);
  const picked = await vscode.window.showQuickPick(await targets(document), { title, placeHolder: '选择要写入的配置文件（.reportlintrc.json）' });
  if (!picked) return;

  // The file may have been created since the list was made: then edit it, never overwrite it.
  const create = picked.create && !(await isFile(picked.uri));
  const edit = new vscode.WorkspaceEdit();
  let before: string | null = null;
  if (create) {
    edit.createFile(picked.uri, { ignoreIfExists: false, overwrite: false });
    edit.insert(picked.uri, new vscode.Position(0, 0), change('').text);
  } else {
    const doc = await vscode.workspace.openTextDocument(picked.uri);
    before = doc.getText();
    const result = change(before);
    if (result.edits.length === 0) {
      void vscode.window.showInformationMessage(`${already}（${vscode.workspace.asRelativePath(picked.uri)}）。`);
      return;
    }
    for (const e of result.edits) edit.replace(picked.uri, new vscode.Range(doc.positionAt(e.offset), doc.positionAt(e.offset + e.length)), e.content);
  }
  if (!(await vscode.workspace.applyEdit(edit))) {
    void vscode.window.showErrorMessage(`无法修改 ${vscode.workspace.asRelativePath(picked.uri)}，请检查文件是否只读。`);
    return;
  }
  const doc = await vscode.workspace.openTextDocument(picked.uri);
  await doc.save();
  announce(`${done}：${vscode.workspace.asRelativePath(picked.uri)}。`, doc, before);
}
