// Configuration files (.reportlintrc.json): pure, reading through an injected ConfigReader.
export { findConfigFile, loadConfig, loadConfigFile, overrideConfig } from './load';
export { CONFIG_FILE_NAME } from './types';
export type { ConfigError, LoadedConfig, ReadRefusal } from './types';
