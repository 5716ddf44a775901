// What the CLI prints may hold text from others: file names (a checked-out pull request can
// name a file "\x1b]0;…\x07" or "\x1b[2J"), config values and report text quoted in messages.
// Terminal control characters in them would act on the terminal or rewrite CI logs, so they are
// shown as escapes instead: C0 controls but tab and line feed, DEL, C1 controls (\x9b is a CSI),
// and the bidirectional overrides that reorder what a reader sees.
const CONTROL = /[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]/g;

const hex = (c: string): string => {
  const code = c.charCodeAt(0);
  return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
};

/** `text` with terminal control characters shown as \xNN / \uNNNN. */
export function printable(text: string): string {
  return text.replace(CONTROL, hex);
}

/**
 * JSON text with the same characters as \u escapes (JSON.stringify leaves C1 controls and the
 * bidi overrides raw); they can only occur inside strings, where the escape means the same.
 */
export function printableJson(json: string): string {
  return json.replace(CONTROL, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
