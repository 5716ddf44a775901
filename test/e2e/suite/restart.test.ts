// The language server comes back after it is killed, and on “报告检查：重启服务”.
import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import { activateExtension, closeAll, currentServerPid, isAlive, openReport, pollFor, waitForCount } from './helpers';

describe('server restart', () => {
  before(activateExtension);
  afterEach(closeAll);

  it('restarts the server after it is killed, and checks again', async () => {
    const editor = await openReport('placeholders.md');
    const doc = editor.document;
    await waitForCount(doc.uri, 'placeholder', 3);
    const pid = await currentServerPid();
    process.kill(pid, 'SIGKILL');
    await pollFor(() => (isAlive(pid) ? undefined : true), `server ${pid} to die`);
    const next = await currentServerPid(pid);
    assert.notEqual(next, pid);
    // The new server has the open document: an edit is checked.
    assert.ok(await editor.edit((b) => b.insert(doc.lineAt(16).range.end, '三是**项制度尚未落实。')));
    await waitForCount(doc.uri, 'placeholder', 4, 'the new server to check the edit');
  });

  it('restarts on the reportLint.restartServer command', async () => {
    const editor = await openReport('placeholders.md');
    const doc = editor.document;
    await waitForCount(doc.uri, 'placeholder', 3);
    const pid = await currentServerPid();
    await vscode.commands.executeCommand('reportLint.restartServer');
    await pollFor(() => (isAlive(pid) ? undefined : true), `old server ${pid} to exit`);
    const next = await currentServerPid(pid);
    assert.notEqual(next, pid);
    await waitForCount(doc.uri, 'placeholder', 3, 'diagnostics from the restarted server');
    assert.ok(await editor.edit((b) => b.replace(doc.lineAt(8).range, '召开常务会议研究法治工作6次，组织专题学习4次。')));
    await waitForCount(doc.uri, 'placeholder', 2, 'the restarted server to check the edit');
  });
});
