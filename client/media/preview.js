// The report preview's only script (loaded with the page's CSP nonce). It talks to the extension:
//   to the extension:   { type: 'ready' }
//                       { type: 'reveal', line, character? }  a click on a block or a mark (0-based)
//                       { type: 'openLink', href }            a click on a link (the page never navigates)
//                       { type: 'layout', ... }               the page's size in the pane (tests read it)
//   from the extension: { type: 'update', html, line? }       new content from renderPreviewBody()
//                       { type: 'scroll', line }              follow the editor's scroll (0-based line)
// Diagnostics also carry data-vscode-context, so the webview's context menu can offer
// "disable this rule here" (menus: webview/context, when webviewSection == 'diagnostic').
// @ts-check
(function () {
  'use strict';
  // @ts-ignore acquireVsCodeApi is provided by the webview host.
  const vscode = acquireVsCodeApi();
  const root = document.getElementById('root');
  const INLINE = ['MARK', 'SPAN', 'A'];

  /** Blocks that carry a source line, in document order (marks inside them are skipped). */
  function blocks() {
    const all = root ? root.querySelectorAll('main [data-line]') : [];
    return Array.prototype.filter.call(all, (el) => INLINE.indexOf(el.tagName) < 0);
  }

  /** Scrolls so that editor line `line` is at the top, interpolating between the blocks around it. */
  function scrollToLine(line) {
    const list = blocks();
    if (list.length === 0) return;
    let before = list[0];
    let after = null;
    for (const el of list) {
      if (Number(el.getAttribute('data-line')) <= line) before = el;
      else {
        after = el;
        break;
      }
    }
    const top = (el) => el.getBoundingClientRect().top + window.scrollY;
    const from = Number(before.getAttribute('data-line'));
    let y = top(before);
    if (after) {
      const to = Number(after.getAttribute('data-line'));
      if (to > from && line > from) y += ((line - from) / (to - from)) * (top(after) - y);
    }
    window.scrollTo(0, Math.max(0, y - 16));
    vscode.setState({ ...(vscode.getState() || {}), line });
  }

  function flash(el) {
    el.classList.remove('flash');
    void el.offsetWidth; // restart the animation
    el.classList.add('flash');
  }

  // The A4 page fits the pane's width unless the writer chose 100% (kept in the webview's state).
  const PAGE_PX = (210 / 25.4) * 96;
  const zoomButton = document.getElementById('zoom');
  let actualSize = false;

  function layout() {
    const style = getComputedStyle(document.body);
    const room = document.documentElement.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
    const fit = actualSize ? 1 : Math.min(1, Math.max(0.1, room / PAGE_PX));
    document.body.style.setProperty('--fit', String(fit));
    if (zoomButton) zoomButton.textContent = actualSize ? '适应宽度' : '100%';
    const page = root && root.querySelector('main.page');
    const rect = (el) => {
      const r = el.getBoundingClientRect();
      return { left: r.left, right: r.right, top: r.top, width: r.width };
    };
    // The signature lines' text, not their boxes (a right-aligned line's box spans the type area).
    const textRect = (el) => {
      const range = document.createRange();
      range.selectNodeContents(el);
      return rect(range);
    };
    const closing = root ? Array.prototype.map.call(root.querySelectorAll('p.signature'), (el) => ({ ...textRect(el), text: el.textContent })) : [];
    vscode.postMessage({
      type: 'layout',
      scale: fit,
      actualSize,
      paneWidth: document.documentElement.clientWidth,
      scrollWidth: document.documentElement.scrollWidth,
      page: page ? rect(page) : null,
      closing,
    });
  }

  function setActualSize(on) {
    actualSize = on;
    vscode.setState({ ...(vscode.getState() || {}), actualSize });
    layout();
  }

  window.addEventListener('resize', layout);

  document.addEventListener('click', (event) => {
    const target = event.target instanceof Element ? event.target : null;
    if (!target) return;
    if (target.closest('#zoom')) {
      setActualSize(!actualSize);
      return;
    }
    const link = target.closest('a');
    if (link) {
      event.preventDefault();
      const href = link.getAttribute('data-href');
      if (href) vscode.postMessage({ type: 'openLink', href });
      return;
    }
    const selection = window.getSelection();
    if (selection && !selection.isCollapsed) return; // the writer is selecting text to copy
    const el = target.closest('[data-line]');
    if (!el) return;
    const line = Number(el.getAttribute('data-line'));
    if (!Number.isFinite(line)) return;
    const ch = el.getAttribute('data-character');
    vscode.postMessage({ type: 'reveal', line, character: ch === null ? undefined : Number(ch) });
    flash(el);
  });

  document.addEventListener('keydown', (event) => {
    const target = event.target instanceof Element ? event.target : null;
    if (event.key === 'Enter' && target && target.matches('a.link')) {
      event.preventDefault();
      const href = target.getAttribute('data-href');
      if (href) vscode.postMessage({ type: 'openLink', href });
    }
  });

  window.addEventListener('message', (event) => {
    const msg = event.data;
    if (!msg || typeof msg !== 'object') return;
    if (msg.type === 'update' && typeof msg.html === 'string' && root) {
      const y = window.scrollY;
      root.innerHTML = msg.html; // produced by renderPreviewBody(): escaped, no scripts
      layout();
      if (typeof msg.line === 'number') scrollToLine(msg.line);
      else window.scrollTo(0, y);
    } else if (msg.type === 'scroll' && typeof msg.line === 'number') {
      scrollToLine(msg.line);
    }
  });

  const state = vscode.getState();
  actualSize = !!(state && state.actualSize);
  layout();
  const initial = document.body.getAttribute('data-line');
  if (state && typeof state.line === 'number') scrollToLine(state.line);
  else if (initial !== null) scrollToLine(Number(initial));
  vscode.postMessage({ type: 'ready' });
})();
