// Command and view ids of the authoring features. Stable: package.json, keybindings, the README
// and the real-editor tests name them.
export const commandIds = {
  openPreview: 'reportLint.openPreview',
  openPreviewToSide: 'reportLint.openPreviewToSide',
  /** Context menu of a finding in the preview (menus: webview/context); hidden from the palette. */
  disableRuleHere: 'reportLint.preview.disableRuleHere',
  /** Test hook, not contributed: what each open preview last showed. */
  previewSnapshot: 'reportLint.preview.snapshot',
  nextPlaceholder: 'reportLint.nextPlaceholder',
  previousPlaceholder: 'reportLint.previousPlaceholder',
  listFindings: 'reportLint.listFindings',
} as const;

export const previewViewType = 'reportLint.preview';
