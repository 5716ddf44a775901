// A throw-away copy of the fixture workspace: tests edit, save and write settings into it freely.
import { copyFileSync, cpSync } from 'node:fs';
import { join } from 'node:path';
import { root, tempDir } from './code-server.mjs';

export const fixtureWorkspace = join(root, 'test', 'e2e', 'fixtures', 'workspace');

export function copyWorkspace() {
  const ws = tempDir('ws-');
  cpSync(fixtureWorkspace, ws, { recursive: true });
  // The real sample report (a .txt as pasted from Word) with its 8 placeholders.
  copyFileSync(join(root, 'samples', 'shufa-report-2022.txt'), join(ws, 'sample-2022.txt'));
  return ws;
}
