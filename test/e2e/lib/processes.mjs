// Starting and stopping whole process groups: code-server's extension hosts and language servers outlive
// the browser and the code-server parent, so everything is started in its own group and the group is killed.
import { spawn } from 'node:child_process';

const groups = new Set();

function alive(pgid) {
  try {
    process.kill(-pgid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Sends SIGTERM to the group, then SIGKILL to whatever is left after `graceMs`. */
export async function killGroup(pgid, graceMs = 5000) {
  groups.delete(pgid);
  if (!alive(pgid)) return;
  try { process.kill(-pgid, 'SIGTERM'); } catch { /* gone */ }
  const deadline = Date.now() + graceMs;
  while (alive(pgid) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
  if (alive(pgid)) {
    try { process.kill(-pgid, 'SIGKILL'); } catch { /* gone */ }
  }
}

/** Spawns `cmd` as the leader of a new process group that is killed when this process exits. */
export function spawnGroup(cmd, args, options) {
  const child = spawn(cmd, args, { ...options, detached: true });
  groups.add(child.pid);
  return child;
}

function killAllNow() {
  for (const pgid of groups) {
    try { process.kill(-pgid, 'SIGKILL'); } catch { /* gone */ }
  }
  groups.clear();
}

process.on('exit', killAllNow);
for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(sig, () => {
    killAllNow();
    process.exit(128 + (sig === 'SIGINT' ? 2 : sig === 'SIGTERM' ? 15 : 1));
  });
}
