// Where the server gets settings: workspace/configuration when the client supports it,
// else initializationOptions and didChangeConfiguration payloads.
import type { Connection } from 'vscode-languageserver/node';
import { settingsSection } from '../shared/protocol';
import { defaultSettings, readSettings, type Settings } from './settings';

export class SettingsStore {
  /** From initializationOptions. */
  private readonly initial: Settings;
  /** `initial`, updated by didChangeConfiguration payloads when the client cannot be asked. */
  private global: Settings;
  private readonly pending = new Map<string, Promise<Settings>>();
  private readonly resolved = new Map<string, Settings>();

  constructor(
    private readonly connection: Connection,
    private readonly pull: boolean,
    initializationOptions: unknown,
  ) {
    this.initial = readSettings(initializationOptions, defaultSettings);
    this.global = this.initial;
  }

  get(uri: string): Promise<Settings> {
    if (!this.pull) return Promise.resolve(this.global);
    let p = this.pending.get(uri);
    if (!p) {
      p = this.connection.workspace.getConfiguration({ scopeUri: uri, section: settingsSection }).then(
        (raw: unknown) => readSettings(raw, this.global),
        (e: unknown) => {
          this.connection.console.error(`report-lint: workspace/configuration failed: ${String(e)}`);
          return this.global;
        },
      );
      this.pending.set(uri, p);
      void p.then((s) => {
        if (this.pending.get(uri) === p) this.resolved.set(uri, s);
      });
    }
    return p;
  }

  known(uri: string): Settings {
    return this.resolved.get(uri) ?? this.global;
  }

  /** didChangeConfiguration: drop cached settings; take pushed ones when the client cannot be asked. */
  changed(pushed: unknown): void {
    this.pending.clear();
    this.resolved.clear();
    if (!this.pull) this.global = readSettings(pushed, this.initial);
  }

  forget(uri: string): void {
    this.pending.delete(uri);
    this.resolved.delete(uri);
  }
}
