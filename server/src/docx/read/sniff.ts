// Recognises what a file that should be a .docx really is, from its first bytes, so a wrong file
// gets a message that says what it is and what to do instead of a zip or XML error.
import { DocxError } from './errors';

const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

/** Whether the UTF-16LE form of `name` occurs in `bytes` (OLE stream names are stored so). */
function hasUtf16Name(bytes: Uint8Array, name: string): boolean {
  const needle = Buffer.from(name, 'utf16le');
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(needle);
}

/**
 * Throws a DocxError unless `bytes` is a zip file (an Office Open XML package). An OLE compound
 * file is either a password-protected .docx (Word wraps the encrypted package in one) or an old
 * binary .doc; RTF, HTML and text saved with a .docx name are named as such.
 */
export function assertZipPackage(bytes: Uint8Array): void {
  if (bytes.length === 0) throw new DocxError('文件是空的，不是 Word 文档 (empty file)');
  if (startsWith(bytes, ZIP_MAGIC)) return;
  if (startsWith(bytes, OLE_MAGIC)) {
    if (hasUtf16Name(bytes, 'EncryptedPackage') || hasUtf16Name(bytes, 'EncryptionInfo')) {
      throw new DocxError('文档设有打开密码（已加密），请在 Word 中取消密码后另存再检查 (password-protected)');
    }
    if (hasUtf16Name(bytes, 'WordDocument')) {
      throw new DocxError('这是旧版 Word 97-2003 文档（.doc），请在 Word 或 WPS 中另存为 .docx 再检查 (.doc is not supported)');
    }
    throw new DocxError('这是 Office 旧版二进制文件，不是 .docx，请另存为 .docx 再检查 (OLE compound file)');
  }
  const head = Buffer.from(bytes.subarray(0, 512)).toString('latin1').trimStart();
  if (head.startsWith('{\\rtf')) throw new DocxError('这是 RTF 文件，不是 .docx，请在 Word 中另存为 .docx 再检查 (RTF)');
  if (/^(?:<!doctype html|<html|<\?xml[^>]*>\s*<html)/i.test(head)) {
    throw new DocxError('这是网页（HTML）文件，不是 .docx，请在 Word 中另存为 .docx 再检查 (HTML)');
  }
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46])) throw new DocxError('这是 PDF 文件，不是 .docx (PDF)');
  throw new DocxError('不是有效的 Word 文档（.docx 应为 zip 格式），文件可能已损坏或只是改了扩展名 (not a .docx)');
}
