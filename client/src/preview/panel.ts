// One report preview: a webview panel showing a document as the printed page (renderPreview), kept
// up to date while the writer types, following the editor's scroll, and answering the page's
// clicks (reveal the line, open a web link).
import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';
import { renderPreview, renderPreviewBody, type PreviewFinding } from '../../../server/src/shared/preview/render';
import { escapeHtml } from '../../../server/src/shared/preview/html';
import { previewViewType } from '../command-ids';
import { externalLink, readMessage, relativeImagePath, type PreviewLayout } from './protocol';

/** Pause after typing before the page is rendered again. */
const PREVIEW_DEBOUNCE_MS = 150;

export interface PreviewHost {
  extensionUri: vscode.Uri;
  findings(doc: vscode.TextDocument): PreviewFinding[];
  /** The report kind the server detected, when it has said. */
  profileName(uri: vscode.Uri): string | undefined;
  /** Why the document is not checked, when it is not. */
  unchecked(uri: vscode.Uri): string | undefined;
}

/** What a preview shows, for the test hook (reportLint.preview.snapshot). */
export interface PreviewSnapshot {
  documentUri: string;
  title: string;
  visible: boolean;
  active: boolean;
  /** Document version of the last page content rendered. */
  version: number;
  /** The inner HTML last rendered (renderPreviewBody). */
  html: string;
  /** Times the page's script said 'ready' (it ran under the CSP), and live updates it accepted. */
  ready: number;
  updates: number;
  /** The page's last report of its size in the pane (preview.js). */
  layout: PreviewLayout | null;
}

function findDocument(uri: vscode.Uri): vscode.TextDocument | undefined {
  const key = uri.toString();
  return vscode.workspace.textDocuments.find((d) => d.uri.toString() === key);
}

/** The folder a document's relative images and links start from; none for unsaved documents. */
function folderOf(uri: vscode.Uri): vscode.Uri | undefined {
  return uri.scheme === 'untitled' ? undefined : vscode.Uri.joinPath(uri, '..');
}

function baseName(uri: vscode.Uri): string {
  return uri.path.split('/').pop() || uri.path;
}

/** The body renderPreview put into the page (inside <div id="root">), for the snapshot. */
function bodyOf(page: string): string {
  const open = '<div id="root">';
  const start = page.indexOf(open);
  const end = page.lastIndexOf('</div>\n<script');
  return start >= 0 && end > start ? page.slice(start + open.length, end) : '';
}

export class ReportPreview implements vscode.Disposable {
  readonly panel: vscode.WebviewPanel;
  private readonly subscriptions: vscode.Disposable[] = [];
  private readonly disposed = new vscode.EventEmitter<void>();
  readonly onDidDispose = this.disposed.event;
  private timer: NodeJS.Timeout | undefined;
  /** Bumped whenever what the page should show changes without the document changing (findings, profile). */
  private generation = 0;
  /** Key of the content the page set as webview.html shows (what the page shows again after a reload). */
  private readonly pageKey: string;
  /** Key of the content the page shows now. */
  private shownKey: string;
  /** The body last rendered, and the document version it is of (for the snapshot). */
  private lastHtml = '';
  private lastVersion = -1;
  private isDisposed = false;
  private readyCount = 0;
  private updateCount = 0;
  private lastLayout: PreviewLayout | null = null;

  constructor(
    readonly uri: vscode.Uri,
    private readonly host: PreviewHost,
    column: vscode.ViewColumn,
    preserveFocus: boolean,
    line: number | undefined,
  ) {
    const media = vscode.Uri.joinPath(host.extensionUri, 'client', 'media');
    const folder = folderOf(uri);
    this.panel = vscode.window.createWebviewPanel(
      previewViewType,
      `预览：${baseName(uri)}`,
      { viewColumn: column, preserveFocus },
      {
        enableScripts: true,
        enableCommandUris: false,
        enableFindWidget: true,
        localResourceRoots: folder ? [media, folder] : [media],
      },
    );
    const webview = this.panel.webview;
    const nonce = randomBytes(18).toString('base64');
    const doc = findDocument(uri);
    const text = doc?.getText() ?? '';
    this.lastVersion = doc?.version ?? -1;
    this.pageKey = this.shownKey = this.key();
    try {
      const page = renderPreview(text, doc ? host.findings(doc) : [], nonce, {
        ...this.bodyOptions(),
        cspSource: webview.cspSource,
        scriptUri: webview.asWebviewUri(vscode.Uri.joinPath(media, 'preview.js')).toString(),
        title: baseName(uri),
        line,
      });
      webview.html = page;
      this.lastHtml = bodyOf(page);
    } catch (e) {
      webview.html = `<!DOCTYPE html><meta charset="utf-8"><p>报告预览出错：${escapeHtml(e instanceof Error ? e.message : String(e))}</p>`;
    }
    this.subscriptions.push(
      this.disposed,
      webview.onDidReceiveMessage((raw) => void this.onMessage(raw)),
      this.panel.onDidDispose(() => this.dispose()),
    );
  }

  private key(): string {
    const doc = findDocument(this.uri);
    return `${doc?.version ?? -1}:${this.generation}`;
  }

  private bodyOptions() {
    const folder = folderOf(this.uri);
    const webview = this.panel.webview;
    return {
      profileName: this.host.profileName(this.uri),
      unchecked: this.host.unchecked(this.uri),
      resolveImage: (src: string): string | null => {
        const parts = folder && relativeImagePath(src);
        return parts ? webview.asWebviewUri(vscode.Uri.joinPath(folder, ...parts)).toString() : null;
      },
    };
  }

  private renderBody(doc: vscode.TextDocument): string {
    try {
      return renderPreviewBody(doc.getText(), this.host.findings(doc), this.bodyOptions());
    } catch (e) {
      // A renderer bug must not leave the page frozen on old text without a word.
      return `<main class="page"><p class="empty">报告预览出错：${escapeHtml(e instanceof Error ? e.message : String(e))}</p></main>`;
    }
  }

  /** The document changed: render again once the writer pauses. */
  documentChanged(): void {
    this.schedule();
  }

  /** Findings or the report kind changed. */
  invalidate(): void {
    this.generation++;
    this.schedule();
  }

  private schedule(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.update();
    }, PREVIEW_DEBOUNCE_MS);
  }

  /** Posts the current content unless the page shows it already. */
  private async update(force = false): Promise<void> {
    const doc = findDocument(this.uri);
    if (!doc) return; // closed: the page keeps the last text shown
    const key = this.key();
    if (!force && key === this.shownKey) return;
    const html = this.renderBody(doc);
    this.lastHtml = html;
    this.lastVersion = doc.version;
    // A hidden page is gone (no retained context); it reloads and says 'ready' when shown again.
    if (await this.panel.webview.postMessage({ type: 'update', html })) {
      this.shownKey = key;
      this.updateCount++;
    }
  }

  /** Follow the editor: `line` is its first visible line. */
  scrollTo(line: number): void {
    if (this.panel.visible) void this.panel.webview.postMessage({ type: 'scroll', line });
  }

  private async onMessage(raw: unknown): Promise<void> {
    const msg = readMessage(raw);
    if (!msg) return;
    switch (msg.type) {
      case 'ready':
        // A (re)loaded page shows the HTML the panel was created with.
        this.readyCount++;
        this.shownKey = this.pageKey;
        await this.update();
        break;
      case 'layout':
        this.lastLayout = msg.layout;
        break;
      case 'reveal':
        await this.reveal(msg.line, msg.character ?? 0);
        break;
      case 'openLink': {
        const link = externalLink(msg.href);
        if (link) await vscode.env.openExternal(vscode.Uri.parse(link, true));
        else void vscode.window.showInformationMessage(`预览中只能打开网页（http、https）和邮件链接，未打开：${msg.href.slice(0, 200)}`);
        break;
      }
    }
  }

  /** Shows the document's line in an editor (the one already showing it, else beside the preview). */
  private async reveal(line: number, character: number): Promise<void> {
    const key = this.uri.toString();
    const visible = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === key);
    const doc = visible?.document ?? (await vscode.workspace.openTextDocument(this.uri));
    const position = doc.validatePosition(new vscode.Position(line, character));
    const column = visible?.viewColumn ?? (this.panel.viewColumn === vscode.ViewColumn.One ? vscode.ViewColumn.Beside : vscode.ViewColumn.One);
    const editor = await vscode.window.showTextDocument(doc, { viewColumn: column, preserveFocus: false });
    editor.selection = new vscode.Selection(position, position);
    editor.revealRange(new vscode.Range(position, position), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }

  snapshot(): PreviewSnapshot {
    return {
      documentUri: this.uri.toString(),
      title: this.panel.title,
      visible: this.panel.visible,
      active: this.panel.active,
      version: this.lastVersion,
      html: this.lastHtml,
      ready: this.readyCount,
      updates: this.updateCount,
      layout: this.lastLayout,
    };
  }

  dispose(): void {
    if (this.isDisposed) return;
    this.isDisposed = true;
    clearTimeout(this.timer);
    this.timer = undefined;
    this.disposed.fire();
    for (const s of this.subscriptions.splice(0)) s.dispose();
    this.panel.dispose();
  }
}
