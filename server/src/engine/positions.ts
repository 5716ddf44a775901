// Offsets <-> (line, character) in UTF-16 code units, which is what LSP uses by default and
// what JS string indices already are. Lines split at \n, \r\n and lone \r, as LSP does.

export interface Position {
  line: number;
  character: number;
}

export function computeLineStarts(text: string): number[] {
  const starts = [0];
  if (!text.includes('\r')) {
    // The common case, \n only: let indexOf find them.
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
    return starts;
  }
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 13 /* \r */) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    } else if (c === 10 /* \n */) {
      starts.push(i + 1);
    }
  }
  return starts;
}

/** Index of the line containing `offset` (binary search, O(log n)). */
export function lineOfOffset(lineStarts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = lineStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lineStarts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

export function offsetToPosition(lineStarts: readonly number[], offset: number): Position {
  const line = lineOfOffset(lineStarts, offset);
  return { line, character: offset - lineStarts[line] };
}
