// Configuration files (.reportlintrc.json): pure, reading through an injected ConfigReader.
export { findConfigFile, loadConfig, loadConfigFile, overrideConfig } from './load';
export { schemaRuleIds } from './schema';
export { CONFIG_FILE_NAME } from './types';
export type { ConfigError, ConfigReader, LoadedConfig, ReadRefusal } from './types';
export { addAllowedWord, setRuleSetting } from './edit';
