// What the workspace check applies to each file: the same reportLint.* settings as the language
// server's diagnostics of an open document (rules, profile, maxFileSize read by the server's own
// readSettings), beneath each report's config files, which are read only in a trusted workspace.
// No `vscode` import: the command hands in the settings section, so this is tested on its own.
import type { CheckSettings } from '../../../server/src/cli/check-file';
import { engineConfig, readSettings } from '../../../server/src/lsp/settings';

/** The part of a vscode.WorkspaceConfiguration (section "reportLint") read here. */
export interface SettingsSection {
  get<T>(key: string): T | undefined;
}

export function workspaceCheckSettings(section: SettingsSection, trusted: boolean): CheckSettings {
  const settings = readSettings({ rules: section.get('rules'), profile: section.get('profile'), maxFileSize: section.get('maxFileSize') });
  return {
    // Settings lie beneath the config files (base), as in the server; nothing overrides the files.
    profile: undefined,
    rules: {},
    base: engineConfig(settings),
    maxSize: settings.maxFileSize,
    config: undefined,
    noConfig: !trusted,
    withContext: true,
  };
}

/**
 * Files grouped by the settings that apply to them (a multi-root workspace may set them per
 * folder), in the folders' order; consecutive folders with the same settings make one group.
 */
export function settingsGroups(folders: { files: string[]; settings: CheckSettings }[]): { files: string[]; settings: CheckSettings }[] {
  const groups: { files: string[]; settings: CheckSettings; key: string }[] = [];
  for (const f of folders) {
    const key = JSON.stringify(f.settings);
    const last = groups[groups.length - 1];
    if (last && last.key === key) last.files.push(...f.files);
    else groups.push({ files: [...f.files], settings: f.settings, key });
  }
  return groups.map(({ files, settings }) => ({ files, settings }));
}
