// File watchers the server registers with the client (workspace/didChangeWatchedFiles): every
// config file in the workspace, and each file a loaded config read (packs, extended files, also
// outside the workspace), re-registered when that set changes.
import { basename, dirname } from 'node:path';
import { DidChangeWatchedFilesNotification, type Connection, type Disposable, type FileSystemWatcher } from 'vscode-languageserver/node';
import { CONFIG_FILE_NAME } from '../config';
import { pathToUri } from './paths';

/** Characters with a meaning in a glob; a file name holding one is not watched by name. */
const GLOB_CHARS = /[*?[\]{}]/;

export class ConfigWatcher {
  private files: Disposable | undefined;
  private filesKey = '';
  private timer: NodeJS.Timeout | undefined;
  private disposed = false;
  /** Registrations wait for `initialized`. */
  private started = false;
  private pending: string[] | undefined;
  /** Registrations run one after the other, so an old one is never left behind. */
  private chain: Promise<void> = Promise.resolve();

  constructor(
    private readonly connection: Connection,
    private readonly relativePatterns: boolean,
  ) {}

  start(): void {
    this.started = true;
    void this.connection.client.register(DidChangeWatchedFilesNotification.type, {
      watchers: [{ globPattern: `**/*${CONFIG_FILE_NAME}` }],
    });
    if (this.pending) this.update(this.pending);
  }

  /** The files the loaded configs read now; registered after a short pause, when changed. */
  update(files: Iterable<string>): void {
    const list = [...new Set(files)].sort();
    if (!this.started) {
      this.pending = list;
      return;
    }
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.chain = this.chain.then(() => this.register(list));
    }, 100);
  }

  private watcher(file: string): FileSystemWatcher | null {
    if (this.relativePatterns) {
      const name = basename(file);
      return GLOB_CHARS.test(name) ? null : { globPattern: { baseUri: pathToUri(dirname(file)), pattern: name } };
    }
    return GLOB_CHARS.test(file) ? null : { globPattern: file };
  }

  private async register(list: string[]): Promise<void> {
    const key = list.join('\0');
    if (this.disposed || key === this.filesKey) return;
    this.filesKey = key;
    const previous = this.files;
    this.files = undefined;
    previous?.dispose();
    const watchers = list.map((f) => this.watcher(f)).filter((w): w is FileSystemWatcher => w !== null);
    try {
      if (watchers.length > 0) this.files = await this.connection.client.register(DidChangeWatchedFilesNotification.type, { watchers });
    } catch (e) {
      this.connection.console.warn(`report-lint: could not watch config files: ${String(e)}`);
    }
  }

  dispose(): void {
    this.disposed = true;
    clearTimeout(this.timer);
    this.files?.dispose();
  }
}
