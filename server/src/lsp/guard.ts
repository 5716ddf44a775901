// Callbacks the server hands to timers and event emitters: an exception thrown there escapes to
// the process (a timer's kills it). A hostile config file must never get that far, so each such
// callback is wrapped: the error is logged and the server goes on.
import type { Connection } from 'vscode-languageserver/node';
import { errorText } from './error-text';

export type Log = (message: string) => void;

/** `f`, logging instead of throwing (also a rejected promise it returns). */
export function guard<A extends unknown[]>(log: Log, what: string, f: (...args: A) => unknown): (...args: A) => void {
  return (...args: A) => {
    try {
      const r = f(...args);
      if (r instanceof Promise) r.catch((e: unknown) => log(`report-lint: ${what} failed: ${errorText(e)}`));
    } catch (e) {
      log(`report-lint: ${what} failed: ${errorText(e)}`);
    }
  };
}

/** The connection's error log, safe to call before and after the connection closes. */
export function errorLog(connection: Connection): Log {
  return (message) => {
    try {
      connection.console.error(message);
    } catch {
      // The connection is gone: nobody to tell.
    }
  };
}
