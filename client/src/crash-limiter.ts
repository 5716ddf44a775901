// Error handler for the language client: restart a crashed server a few times, then stop
// with a message that says what to do (the counting is in crash-window.ts).
import { CloseAction, ErrorAction, type CloseHandlerResult, type ErrorHandler, type ErrorHandlerResult } from 'vscode-languageclient/node';
import { CrashWindow } from './crash-window';

export class CrashLimiter implements ErrorHandler {
  private readonly window: CrashWindow;

  constructor(maxRestarts?: number, windowMs?: number, private readonly now: () => number = Date.now) {
    this.window = new CrashWindow(maxRestarts, windowMs);
  }

  error(_error: Error, _message: unknown, count: number | undefined): ErrorHandlerResult {
    return { action: CrashWindow.continueAfterError(count) ? ErrorAction.Continue : ErrorAction.Shutdown };
  }

  closed(): CloseHandlerResult {
    const decision = this.window.crashed(this.now());
    if (decision.restart) return { action: CloseAction.Restart, handled: true };
    return { action: CloseAction.DoNotRestart, message: decision.message };
  }
}
