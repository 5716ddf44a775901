// Reads the few parts of a .docx package that the import needs, with the decompressed size
// bounded: the package is fed to fflate's streaming unzip in small pieces, and inflation stops as
// soon as the parts read so far exceed the limit, so a zip bomb costs at most the limit (plus one
// piece's worth) of memory and time.
import { Unzip, UnzipInflate, UnzipPassThrough } from 'fflate';
import { DocxError } from './errors';

/** Compressed bytes handed to the unzip at a time: deflate expands at most ~1032×, so ≤ 16 MB a step. */
const PIECE = 16 * 1024;

export interface ZipLimits {
  /** Most bytes the wanted parts may decompress to, together. */
  maxDecompressed: number;
}

function mb(bytes: number): string {
  return `${Math.round(bytes / 1_000_000)} MB`;
}

/** The decompressed contents of the entries whose names `wanted` accepts. */
export function readZipParts(bytes: Uint8Array, wanted: (name: string) => boolean, limits: ZipLimits): Map<string, Uint8Array> {
  const parts = new Map<string, Uint8Array>();
  let total = 0;
  let tooBig = false;
  let badEntry: string | null = null;
  const pending = new Set<string>(); // started but not finished: the package is cut short
  const unzip = new Unzip((file) => {
    if (tooBig || !wanted(file.name)) return;
    if (file.compression !== 0 && file.compression !== 8) {
      badEntry = `${file.name} 使用了不支持的压缩方式 ${file.compression}`;
      return;
    }
    const chunks: Uint8Array[] = [];
    pending.add(file.name);
    file.ondata = (err, chunk, final) => {
      if (err) {
        badEntry = `${file.name}: ${err.message}`;
        return;
      }
      total += chunk.length;
      if (total > limits.maxDecompressed) {
        tooBig = true;
        file.terminate();
        return;
      }
      chunks.push(chunk);
      if (final) {
        parts.set(file.name, Buffer.concat(chunks));
        pending.delete(file.name);
      }
    };
    file.start();
  });
  unzip.register(UnzipInflate);
  unzip.register(UnzipPassThrough);
  try {
    for (let at = 0; at < bytes.length && !tooBig && !badEntry; at += PIECE) {
      const end = Math.min(bytes.length, at + PIECE);
      unzip.push(bytes.subarray(at, end), end === bytes.length);
    }
  } catch (e) {
    throw new DocxError(`文件已损坏，无法解压 (corrupt zip: ${e instanceof Error ? e.message : String(e)})`);
  }
  if (tooBig) throw new DocxError(`文档解压后超过 ${mb(limits.maxDecompressed)}，已跳过（可能是压缩炸弹或超大文档）(decompressed size over the limit)`);
  if (!badEntry && pending.size > 0) badEntry = `${[...pending][0]} 不完整（文件被截断）`;
  if (badEntry) throw new DocxError(`文件已损坏，无法解压 (corrupt zip: ${badEntry})`);
  return parts;
}
