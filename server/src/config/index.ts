// Configuration files (.reportlintrc.json): pure, reading through an injected ConfigReader.
export { applyLayer, findConfigFile, loadConfig, loadConfigFile, overrideConfig } from './load';
export { mergeRuleSetting } from './layer';
export { schemaRuleIds } from './schema';
export { CONFIG_FILE_NAME } from './types';
export type { ConfigError, ConfigReader, LoadOptions, LoadedConfig, ReadRefusal } from './types';
export { addAllowedWord, setRuleSetting } from './edit';
export type { ConfigEdit } from './edit';
