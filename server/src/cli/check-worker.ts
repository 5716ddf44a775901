// Entry of dist/check-worker.js: a thread of the CLI's pool (check-files.ts). It checks the
// batches of files it is sent, one at a time, and answers each with the outcomes.
import { parentPort } from 'node:worker_threads';
import { checkFile, type CheckSettings, type FileOutcome } from './check-file';

export interface CheckTask {
  id: number;
  files: string[];
  settings: CheckSettings;
}

export interface CheckReply {
  id: number;
  outcomes: FileOutcome[];
}

parentPort?.on('message', (task: CheckTask) => {
  const reply: CheckReply = { id: task.id, outcomes: task.files.map((file) => checkFile(file, task.settings)) };
  parentPort?.postMessage(reply);
});
