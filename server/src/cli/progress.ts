// A progress bar on stderr while many files are checked: only on a terminal (never in pipes,
// files or CI logs), redrawn at most ten times a second, erased when done.
export class Progress {
  private done = 0;
  private lastDraw = 0;
  private readonly enabled: boolean;

  constructor(
    private readonly total: number,
    private readonly stream: NodeJS.WriteStream = process.stderr,
  ) {
    this.enabled = total > 1 && stream.isTTY === true && !process.env.CI;
  }

  tick(n = 1): void {
    this.done += n;
    if (!this.enabled) return;
    const now = Date.now();
    if (now - this.lastDraw < 100 && this.done < this.total) return;
    this.lastDraw = now;
    const width = 30;
    const filled = Math.round((this.done / this.total) * width);
    this.stream.write(`\r[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${this.done}/${this.total} 个文件`);
  }

  end(): void {
    if (this.enabled) this.stream.write('\r\x1b[K');
  }
}
