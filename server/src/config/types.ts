// Types of the configuration loader. The loader is pure: it reads files only through the
// ConfigReader the caller gives (fs in the CLI, fs or open editor buffers in the server).
import type { EngineConfig } from '../engine';

/** The config file looked for in each folder up from the document. */
export const CONFIG_FILE_NAME = '.reportlintrc.json';

/**
 * Why a file that exists was not read: a directory, a FIFO/device/socket, over the size limit.
 * (Paths outside the allowed folders are refused by the loader itself, see LoadOptions.allowed.)
 */
export type ReadRefusal = { refused: 'directory' } | { refused: 'not-file' } | { refused: 'too-large'; bytes: number; limit: number };

/**
 * Returns a file's text, null/undefined when there is no such file, or why it was not read
 * (it may also throw: then it counts as missing).
 */
export type ConfigReader = (path: string) => string | null | undefined | ReadRefusal;

export interface ConfigError {
  /** The file the error is in (a config file or a term pack). */
  file: string;
  /** 1-based line and column (UTF-16 code units) of the start of the offending text. */
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** 0-based offsets of the offending text in the file. */
  offset: number;
  length: number;
  /** Chinese, saying what is wrong and what to do. */
  message: string;
  severity: 'error' | 'warning';
  /**
   * Who finds it: 'json' (syntax), 'schema' (the JSON schema; VS Code's JSON service shows these
   * too on a file it validates) or 'check' (patterns, paths, cycles, unknown ids: only we know).
   */
  source: 'json' | 'schema' | 'check';
}

export interface LoadedConfig {
  /** The engine config: the editor/CLI base with the config files applied on top. */
  config: EngineConfig;
  /** The nearest config file, or null when there is none (then `config` is the base). */
  configFile: string | null;
  /** Every file read: the config, what it extends, its packs (to watch for changes). */
  files: string[];
  errors: ConfigError[];
  /**
   * The folder summary's verdict thresholds set by the config file and what it extends (verdict ->
   * count -> minimum; absent when no file sets any). Not engine config: only the summary reads it.
   */
  review?: Record<string, Record<string, number>>;
}

export interface LoadOptions {
  /** Settings beneath the files (VS Code settings, CLI flags); the files win. */
  base?: EngineConfig;
  /** Do not look for config files above this folder (e.g. the workspace root). */
  stopAt?: string;
  /**
   * Whether `extends` or `packs` of the config file `from` may read `target` (both absolute):
   * null when it may, else why not (Chinese, shown in the error). Unset: anywhere but UNC paths.
   */
  allowed?: (target: string, from: string) => string | null;
}
