// The .reportlintrc.json files the server applies. The nearest file is looked up once per folder;
// a loaded config is shared per (config file, settings) by the documents that use it, reloaded
// when a file it read changes (on disk or in an open editor buffer), and dropped when no open
// document uses it. Its errors are published as diagnostics on the config and pack files.
import { basename, dirname } from 'node:path';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver/node';
import { CONFIG_FILE_NAME, findConfigFile, loadConfigFile, type ConfigError, type LoadedConfig, type ReadRefusal } from '../config';
import type { EngineConfig } from '../engine';
import { insideFolders, nearConfigFile, type PathPolicy } from '../node/config-paths';
import { readConfigText } from '../node/read-config-text';
import { DIAGNOSTIC_SOURCE } from '../shared/protocol';
import { containingFolder, pathToUri } from './paths';

export interface ConfigHost {
  /** The text of the open editor buffer at this path, if one is open: it wins over the disk. */
  openText(path: string): string | undefined;
  /** The exact URI of the open document at this path, if one is open. */
  openUri(path: string): string | undefined;
  publish(uri: string, diagnostics: Diagnostic[]): void;
  /** The set of files the loaded configs read may have changed (to watch them). */
  filesChanged(): void;
}

export interface ConfigOptions {
  /** False in an untrusted workspace: no config file (and so no workspace pack) is read. */
  trusted: boolean;
  /** The client shows schema errors on open config files itself (VS Code's jsonValidation). */
  jsonValidationByClient: boolean;
  /** Workspace folder paths: config files are not looked for above the one holding a document. */
  folders: string[];
}

/** Config file names: `.reportlintrc.json`, and `county.reportlintrc.json` for shared files to extend. */
export function isConfigFileName(path: string): boolean {
  return basename(path).endsWith(CONFIG_FILE_NAME);
}

/** Inside the workspace folders; a single file opened without a folder: the CLI's rule. */
function policyFor(folders: string[]): PathPolicy {
  return folders.length > 0 ? insideFolders(folders) : nearConfigFile();
}

function configDiagnostic(e: ConfigError): Diagnostic {
  return {
    range: { start: { line: e.line - 1, character: e.column - 1 }, end: { line: e.endLine - 1, character: e.endColumn - 1 } },
    severity: e.severity === 'error' ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
    source: DIAGNOSTIC_SOURCE,
    code: 'config',
    message: e.message,
  };
}

interface Entry {
  configFile: string;
  base: EngineConfig;
  loaded: LoadedConfig;
  /** Open documents (reports, or the config file itself) that use this entry. */
  users: Set<string>;
}

export interface UsedConfig {
  config: EngineConfig;
  configFile: string | null;
}

export class WorkspaceConfigs {
  /** Folder -> nearest config file at or above it (null: none). */
  private readonly nearestByFolder = new Map<string, string | null>();
  private readonly entries = new Map<string, Entry>();
  /** User (document URI) -> the key of the entry it uses. */
  private readonly usedBy = new Map<string, string>();
  /** Path -> the diagnostics last published on it (JSON), for files with any. */
  private readonly published = new Map<string, string>();

  readonly read = (path: string): string | null | ReadRefusal => this.host.openText(path) ?? readConfigText(path);
  /** Where extends/packs may read: the workspace folders (config-paths.ts). */
  private allowed: PathPolicy;

  constructor(
    private readonly host: ConfigHost,
    private options: ConfigOptions,
  ) {
    this.allowed = policyFor(options.folders);
  }

  get trusted(): boolean {
    return this.options.trusted;
  }

  /** The engine config of a report: its settings (`base`) with the nearest config file over them. */
  forDocument(user: string, path: string | null, base: EngineConfig): UsedConfig {
    const configFile = path && this.options.trusted ? this.nearest(dirname(path)) : null;
    if (!configFile) {
      this.release(user);
      return { config: base, configFile: null };
    }
    const loaded = this.use(user, configFile, base);
    return { config: loaded.config, configFile: loaded.configFile };
  }

  /** An open config file, loaded on its own so its errors show even with no report open. */
  openConfigFile(user: string, path: string, base: EngineConfig): void {
    if (this.options.trusted) this.use(user, path, base);
  }

  /** The user (a closed document) no longer needs its config; unused entries are dropped. */
  release(user: string): void {
    const key = this.usedBy.get(user);
    if (key === undefined) return;
    this.usedBy.delete(user);
    const entry = this.entries.get(key);
    if (!entry) return;
    entry.users.delete(user);
    if (entry.users.size === 0) {
      this.entries.delete(key);
      this.publishFiles(entry.loaded.files);
      this.host.filesChanged();
    }
  }

  /**
   * A file changed on disk, or its buffer was edited, opened or closed: the entries that read it
   * reload. A created or deleted file may change which config file is nearest, or fill in a
   * missing `extends` or pack: then every entry reloads. Returns the users of reloaded entries.
   */
  fileChanged(paths: string | string[], kind: 'changed' | 'created' | 'deleted'): Set<string> {
    const list = typeof paths === 'string' ? [paths] : paths;
    const everything = kind !== 'changed';
    if (everything) this.nearestByFolder.clear();
    const users = new Set<string>();
    // Only files some config read (or reads now) can have diagnostics of ours to update.
    const touched = new Set<string>(list.length === 1 ? list : list.filter((p) => this.reads(p)));
    for (const entry of this.entries.values()) {
      if (!everything && !list.some((p) => entry.loaded.files.includes(p))) continue;
      for (const f of entry.loaded.files) touched.add(f);
      entry.loaded = loadConfigFile(entry.configFile, this.read, { base: entry.base, allowed: this.allowed });
      for (const f of entry.loaded.files) touched.add(f);
      for (const u of entry.users) users.add(u);
    }
    this.publishFiles(touched);
    this.host.filesChanged();
    return users;
  }

  /** Whether any loaded config read this file. */
  reads(path: string): boolean {
    for (const entry of this.entries.values()) if (entry.loaded.files.includes(path)) return true;
    return false;
  }

  /** Every file the loaded configs read (to watch for changes). */
  files(): Set<string> {
    const out = new Set<string>();
    for (const entry of this.entries.values()) for (const f of entry.loaded.files) out.add(f);
    return out;
  }

  /** Trust granted or withdrawn: everything is dropped; the caller re-analyses the documents. */
  setTrusted(trusted: boolean): void {
    this.options = { ...this.options, trusted };
    this.reset();
  }

  setFolders(folders: string[]): void {
    this.options = { ...this.options, folders };
    this.allowed = policyFor(folders);
    this.reset();
  }

  /** An open config file's schema errors may now be shown by the client, or no longer: republish. */
  republish(path: string): void {
    this.publishFiles([path]);
  }

  private reset(): void {
    const files = this.files();
    this.entries.clear();
    this.usedBy.clear();
    this.nearestByFolder.clear();
    this.publishFiles(files);
    this.host.filesChanged();
  }

  private nearest(folder: string): string | null {
    let hit = this.nearestByFolder.get(folder);
    if (hit === undefined) {
      hit = findConfigFile(folder, this.read, containingFolder(folder, this.options.folders));
      this.nearestByFolder.set(folder, hit);
    }
    return hit;
  }

  private use(user: string, configFile: string, base: EngineConfig): LoadedConfig {
    const key = `${configFile}\0${JSON.stringify(base)}`;
    let entry = this.entries.get(key);
    if (!entry) {
      entry = { configFile, base, loaded: loadConfigFile(configFile, this.read, { base, allowed: this.allowed }), users: new Set() };
      this.entries.set(key, entry);
      this.publishFiles(entry.loaded.files);
      this.host.filesChanged();
    }
    if (this.usedBy.get(user) !== key) {
      this.release(user);
      entry.users.add(user);
      this.usedBy.set(user, key);
    }
    return entry.loaded;
  }

  private diagnosticsFor(path: string): Diagnostic[] {
    // VS Code's JSON service validates an open config file against the same schema.
    const skipSchema = this.options.jsonValidationByClient && isConfigFileName(path) && this.host.openUri(path) !== undefined;
    const seen = new Set<string>();
    const errors: ConfigError[] = [];
    for (const entry of this.entries.values()) {
      if (!entry.loaded.files.includes(path)) continue;
      for (const e of entry.loaded.errors) {
        if (e.file !== path || (skipSchema && e.source === 'schema')) continue;
        const id = `${e.offset}\0${e.message}`;
        if (seen.has(id)) continue;
        seen.add(id);
        errors.push(e);
      }
    }
    return errors.sort((a, b) => a.offset - b.offset).map(configDiagnostic);
  }

  private publishFiles(paths: Iterable<string>): void {
    for (const path of new Set(paths)) {
      const diagnostics = this.diagnosticsFor(path);
      const json = JSON.stringify(diagnostics);
      if ((this.published.get(path) ?? '[]') === json) continue;
      if (diagnostics.length > 0) this.published.set(path, json);
      else this.published.delete(path);
      this.host.publish(this.host.openUri(path) ?? pathToUri(path), diagnostics);
    }
  }
}
