// The CLI's config files: the nearest .reportlintrc.json per report (looked up once per folder),
// or the one named by --config, or none with --no-config. Config errors are printed once each.
import { dirname, isAbsolute, relative, resolve } from 'node:path';
import { loadConfig, loadConfigFile, type ConfigError, type LoadedConfig } from '../config';
import { builtinProfiles, type EngineConfig } from '../engine';
import { nearConfigFile } from '../node/config-paths';
import { readConfigText } from '../node/read-config-text';
import { UsageError } from './args';

const none: LoadedConfig = { config: {}, configFile: null, files: [], errors: [] };

/** extends/packs only from the config file's repository (see config-paths.ts). */
const allowed = nearConfigFile();

/** A path as the user would type it from the current folder (absolute when outside it). */
function displayPath(file: string, cwd = process.cwd()): string {
  const rel = relative(cwd, file);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : file;
}

/** `file:line:col severity config message`, like a finding's line. */
function configErrorLine(e: ConfigError): string {
  return `${displayPath(e.file)}:${e.line}:${e.column} ${e.severity} config ${e.message.replace(/\r?\n/g, ' ')}`;
}

export class CliConfigs {
  private readonly byFolder = new Map<string, LoadedConfig>();
  private readonly fixed: LoadedConfig | null;
  private readonly printed = new Set<string>();
  /** Config errors printed so far (each counted once). */
  errorCount = 0;

  private readonly base: EngineConfig | undefined;

  /** `base`: settings beneath the config files (the editor's reportLint.rules/profile), as in the language server. */
  constructor(
    options: { config: string | undefined; noConfig: boolean; base?: EngineConfig },
    private readonly print: (line: string) => void,
  ) {
    this.base = options.base;
    if (options.noConfig) this.fixed = { ...none, config: options.base ?? {} };
    else if (options.config !== undefined) {
      const loaded = loadConfigFile(resolve(options.config), readConfigText, { allowed, base: options.base });
      if (!loaded.configFile) throw new UsageError(`找不到配置文件 "${options.config}"（--config）`);
      this.fixed = loaded;
    } else this.fixed = null;
  }

  /** The config for one report file; prints the errors of config files not seen before. */
  forFile(file: string): LoadedConfig {
    let loaded = this.fixed;
    if (!loaded) {
      const folder = dirname(resolve(file));
      loaded = this.byFolder.get(folder) ?? loadConfig(resolve(file), readConfigText, { allowed, base: this.base });
      this.byFolder.set(folder, loaded);
    }
    for (const e of loaded.errors) {
      const key = `${e.file}\0${e.offset}\0${e.message}`;
      if (this.printed.has(key)) continue;
      this.printed.add(key);
      this.errorCount++;
      this.print(configErrorLine(e));
    }
    return loaded;
  }
}

/** The profile ids a report can be forced to: the built-in ones and those its config defines. */
export function knownProfileIds(loaded: LoadedConfig): string[] {
  return [...new Set([...builtinProfiles.map((p) => p.id), ...(loaded.config.profiles ?? []).map((p) => p.id)])];
}
