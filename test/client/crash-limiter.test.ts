// The client's crash handling (client/src/crash-window.ts, used by crash-limiter.ts): restart
// a crashed server up to N times within the window, then stop with a Chinese message that says
// what to do; crashes that have left the window no longer count.
import assert from 'node:assert/strict';
import { CrashWindow } from '../../client/src/crash-window';

const minute = 60_000;

describe('client crash handling', () => {
  it('restarts 4 crashes within 3 minutes and stops at the 5th, saying what to do', () => {
    const w = new CrashWindow();
    for (let i = 0; i < 4; i++) assert.deepEqual(w.crashed(1_000 + i * 10_000), { restart: true }, `crash ${i + 1}`);
    const fifth = w.crashed(50_000);
    assert.equal(fifth.restart, false);
    assert.ok(!fifth.restart);
    assert.match(fifth.message, /3 分钟内崩溃了 5 次/);
    assert.match(fifth.message, /重启服务/, 'names the command that starts it again');
    assert.match(fifth.message, /输出/, 'points to the log');
  });

  it('does not count crashes older than the window', () => {
    const w = new CrashWindow(2, 3 * minute);
    assert.ok(w.crashed(0).restart);
    assert.ok(w.crashed(1 * minute).restart);
    // The crash at 0 is exactly 3 minutes old: out of the window.
    assert.ok(w.crashed(3 * minute).restart);
    assert.ok(!w.crashed(3 * minute + 1).restart, 'three crashes within 3 minutes (1, 3, 3+)');
  });

  it('a server that crashes now and then is restarted forever', () => {
    const w = new CrashWindow(4, 3 * minute);
    for (let i = 0; i < 1000; i++) assert.ok(w.crashed(i * minute).restart, `crash ${i}`);
  });

  it('after stopping, further crashes in the window keep it stopped; once they age out it restarts again', () => {
    const w = new CrashWindow(1, 10_000);
    assert.ok(w.crashed(0).restart);
    assert.ok(!w.crashed(1).restart);
    const again = w.crashed(2);
    assert.ok(!again.restart && /崩溃了 3 次/.test(again.message));
    assert.ok(w.crashed(20_000).restart);
  });

  it('honours the configured count and window in its message', () => {
    const w = new CrashWindow(0, 5 * minute);
    const first = w.crashed(0);
    assert.ok(!first.restart && /5 分钟内崩溃了 1 次/.test(first.message));
  });

  it('continues after the first three connection errors only', () => {
    assert.deepEqual([undefined, 1, 2, 3, 4, 10].map(CrashWindow.continueAfterError), [false, true, true, true, false, false]);
  });
});
