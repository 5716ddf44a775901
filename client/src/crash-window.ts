// The counting behind the client's crash handling, free of VS Code so it can be unit-tested:
// a server that crashes at most `maxRestarts` times within `windowMs` is restarted; one more
// crash in that window stops it, with a message that says what to do.

export type CrashDecision = { restart: true } | { restart: false; message: string };

export class CrashWindow {
  private closes: number[] = [];

  constructor(
    readonly maxRestarts = 4,
    readonly windowMs = 3 * 60_000,
  ) {}

  /** Records a crash at `now` (ms) and decides whether to restart. */
  crashed(now: number): CrashDecision {
    // Crashes older than the window no longer count: a server that crashes rarely is always restarted.
    this.closes = this.closes.filter((t) => now - t < this.windowMs);
    this.closes.push(now);
    if (this.closes.length <= this.maxRestarts) return { restart: true };
    return {
      restart: false,
      message:
        `报告检查服务在 ${Math.round(this.windowMs / 60_000)} 分钟内崩溃了 ${this.closes.length} 次，已停止运行。` +
        '请查看“输出”面板中“报告检查”的日志，然后运行命令“报告检查：重启服务”。',
    };
  }

  /** Whether a connection error is worth continuing after: the first three of a connection are. */
  static continueAfterError(count: number | undefined): boolean {
    return count !== undefined && count <= 3;
  }
}
