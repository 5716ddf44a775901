// Small questions about files through VS Code's file system (local, remote or virtual workspaces).
import * as vscode from 'vscode';

/** Whether anything (file or folder) exists at `uri`. */
export async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}
