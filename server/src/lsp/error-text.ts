// What was thrown, as text for the log: the stack when there is one. Never throws itself
// (String(Object.create(null)) would).
export function errorText(e: unknown): string {
  try {
    return e instanceof Error ? (e.stack ?? e.message) : String(e);
  } catch {
    return 'unprintable exception';
  }
}
