// Error handler for the language client: restart a crashed server a few times, then stop
// with a message that says what to do.
import { CloseAction, ErrorAction, type CloseHandlerResult, type ErrorHandler, type ErrorHandlerResult } from 'vscode-languageclient/node';

export class CrashLimiter implements ErrorHandler {
  private closes: number[] = [];

  constructor(
    private readonly maxRestarts = 4,
    private readonly windowMs = 3 * 60_000,
  ) {}

  error(_error: Error, _message: unknown, count: number | undefined): ErrorHandlerResult {
    return { action: count !== undefined && count <= 3 ? ErrorAction.Continue : ErrorAction.Shutdown };
  }

  closed(): CloseHandlerResult {
    const now = Date.now();
    this.closes = this.closes.filter((t) => now - t < this.windowMs);
    this.closes.push(now);
    if (this.closes.length <= this.maxRestarts) return { action: CloseAction.Restart, handled: true };
    return {
      action: CloseAction.DoNotRestart,
      message:
        `报告检查服务在 ${Math.round(this.windowMs / 60_000)} 分钟内崩溃了 ${this.closes.length} 次，已停止运行。` +
        '请查看“输出”面板中“报告检查”的日志，然后运行命令“报告检查：重启服务”。',
    };
  }
}
