// Work-done progress for long analyses (LSP window/workDoneProgress): VS Code shows it in the
// status bar. Clients that did not advertise window.workDoneProgress get nothing.
import type { Connection, WorkDoneProgressServerReporter } from 'vscode-languageserver/node';

/** Begins a progress report at once (without waiting for the client); returns its end. */
export function beginProgress(connection: Connection, title: string, message: string): () => void {
  let ended = false;
  let reporter: WorkDoneProgressServerReporter | undefined;
  connection.window.createWorkDoneProgress().then(
    (r) => {
      // The run may have ended before the client answered: then there is nothing to report.
      if (ended) return;
      reporter = r;
      r.begin(title, undefined, message, false);
    },
    () => {},
  );
  return () => {
    ended = true;
    reporter?.done();
  };
}
