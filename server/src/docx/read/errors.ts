// A .docx that cannot be read: the reason is a one-line message for the writer (Chinese, with an
// English gloss), printed after the file name by the CLI and shown by the editor.
export class DocxError extends Error {
  constructor(readonly reason: string) {
    super(reason);
    this.name = 'DocxError';
  }
}
