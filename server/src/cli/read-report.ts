// Reads one report file for the CLI, refusing what is not a UTF-8 text file.
import { readFileSync, statSync } from 'node:fs';

export type ReadResult = { ok: true; text: string } | { ok: false; reason: string };

const decoder = new TextDecoder('utf-8', { fatal: true });

function mb(bytes: number): string {
  return `${(bytes / 1_000_000).toFixed(1)} MB`;
}

function ioReason(e: unknown): string {
  const code = (e as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return '文件不存在 (no such file)';
    case 'EACCES':
    case 'EPERM':
      return '没有读取权限 (permission denied)';
    case 'EISDIR':
      return '这是一个目录，不是文件 (is a directory)';
    case 'ELOOP':
      return '符号链接循环，无法找到文件，请检查链接指向 (symbolic link loop)';
    default:
      return `无法读取 (${code ?? (e instanceof Error ? e.message : String(e))})`;
  }
}

export function readReport(path: string, maxSize: number): ReadResult {
  let bytes: Buffer;
  try {
    const st = statSync(path);
    if (st.isDirectory()) return { ok: false, reason: '这是一个目录，不是文件 (is a directory)' };
    // A FIFO, socket or device would block the read or never end: only regular files are read.
    if (!st.isFile()) return { ok: false, reason: '不是普通文件（管道、设备或套接字），请指定报告文件 (not a regular file)' };
    if (st.size > maxSize) return { ok: false, reason: `文件过大（${mb(st.size)}，上限 ${mb(maxSize)}），已跳过 (file too large)` };
    bytes = readFileSync(path);
  } catch (e) {
    return { ok: false, reason: ioReason(e) };
  }
  if (bytes.length > maxSize) return { ok: false, reason: `文件过大（${mb(bytes.length)}，上限 ${mb(maxSize)}），已跳过 (file too large)` };
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return { ok: false, reason: '文件是 UTF-16 编码，请另存为 UTF-8 (UTF-16 is not supported)' };
  }
  if (bytes.includes(0)) return { ok: false, reason: '这是二进制文件，不是文本 (binary file)' };
  let text: string;
  try {
    text = decoder.decode(bytes); // also drops a UTF-8 BOM
  } catch {
    return { ok: false, reason: '不是有效的 UTF-8 文本，请另存为 UTF-8 (invalid UTF-8)' };
  }
  return { ok: true, text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text };
}
