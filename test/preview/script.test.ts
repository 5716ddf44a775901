// client/media/preview.js, run against a minimal stand-in for the webview's DOM: what it posts to
// the extension on clicks, and how it follows the editor (scroll) and swaps in live updates.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';

const script = readFileSync(join(__dirname, '..', '..', 'client', 'media', 'preview.js'), 'utf8');

class FakeElement {
  parent: FakeElement | null = null;
  classes = new Set<string>();
  classList = { add: (c: string) => this.classes.add(c), remove: (c: string) => this.classes.delete(c) };
  offsetWidth = 0;
  innerHTML = '';
  constructor(
    public tagName: string,
    private readonly attributes: Record<string, string> = {},
    public top = 0,
  ) {}
  getAttribute(name: string): string | null {
    return this.attributes[name] ?? null;
  }
  matches(selector: string): boolean {
    if (selector === 'a' || selector === 'a.link') return this.tagName === 'A';
    if (selector === '[data-line]') return 'data-line' in this.attributes;
    if (selector === '#zoom') return this.attributes.id === 'zoom';
    throw new Error(`selector ${selector} not supported by the fake DOM`);
  }
  closest(selector: string): FakeElement | null {
    for (let el: FakeElement | null = this; el; el = el.parent) if (el.matches(selector)) return el;
    return null;
  }
  getBoundingClientRect(): { top: number } {
    return { top: this.top - fakeWindow.scrollY };
  }
  child(el: FakeElement): FakeElement {
    el.parent = this;
    return el;
  }
}

let fakeWindow: { scrollY: number };

function load(bodyLine?: number, paneWidth = 900) {
  const posted: Record<string, unknown>[] = [];
  /** The page's layout reports, apart from the messages the other tests look at. */
  const layouts: Record<string, unknown>[] = [];
  const bodyStyle = new Map<string, string>();
  const zoom = new FakeElement('BUTTON', { id: 'zoom' });
  (zoom as unknown as { textContent: string }).textContent = '100%';
  const scrolls: number[] = [];
  const handlers: Record<string, ((e: unknown) => void)[]> = {};
  const on = (type: string, fn: (e: unknown) => void): void => {
    (handlers[type] ??= []).push(fn);
  };
  const root = new FakeElement('DIV', { id: 'root' });
  const blocks = [new FakeElement('H1', { 'data-line': '0' }, 100), new FakeElement('P', { 'data-line': '2' }, 200), new FakeElement('P', { 'data-line': '6' }, 400)];
  const mark = blocks[1].child(new FakeElement('MARK', { 'data-line': '2', 'data-character': '7' }));
  const link = blocks[1].child(new FakeElement('A', { class: 'link', 'data-href': 'https://example.com/' }));
  let selectionCollapsed = true;
  const win = {
    scrollY: 0,
    scrollTo: (_x: number, y: number) => {
      scrolls.push(y);
      win.scrollY = y;
    },
    addEventListener: on,
    getSelection: () => ({ isCollapsed: selectionCollapsed }),
  };
  fakeWindow = win;
  const state: { value: unknown } = { value: undefined };
  const context = {
    // Messages cross from the script's realm: copy them as the webview's postMessage would.
    acquireVsCodeApi: () => ({ postMessage: (m: Record<string, unknown>) => (m.type === 'layout' ? layouts : posted).push(structuredClone(m)), getState: () => state.value, setState: (s: unknown) => (state.value = structuredClone(s)) }),
    document: {
      getElementById: (id: string) => (id === 'root' ? root : id === 'zoom' ? zoom : null),
      addEventListener: on,
      body: {
        getAttribute: (n: string) => (n === 'data-line' && bodyLine !== undefined ? String(bodyLine) : null),
        style: { setProperty: (k: string, v: string) => bodyStyle.set(k, v) },
      },
      documentElement: { clientWidth: paneWidth, scrollWidth: paneWidth },
    },
    getComputedStyle: () => ({ paddingLeft: '8px', paddingRight: '8px' }),
    window: win,
    Element: FakeElement,
  };
  // The script selects blocks with querySelectorAll; the fake returns them with their marks.
  Object.assign(root, {
    querySelectorAll: (selector: string) => (selector === 'p.signature' ? [] : [blocks[0], blocks[1], mark, blocks[2]]),
    querySelector: () => null,
  });
  runInNewContext(script, context);
  const fire = (type: string, event: Record<string, unknown>): void => {
    for (const h of handlers[type] ?? []) h(event);
  };
  const click = (target: FakeElement): { prevented: boolean } => {
    const e = { target, prevented: false, preventDefault: () => (e.prevented = true) };
    fire('click', e);
    return e;
  };
  return { posted, layouts, bodyStyle, zoom, scrolls, root, blocks, mark, link, click, fire, state, select: (v: boolean) => (selectionCollapsed = !v) };
}

describe('client/media/preview.js', () => {
  it('says it is ready, and starts at the line the page was opened on', () => {
    const p = load(2);
    assert.deepEqual(p.posted, [{ type: 'ready' }]);
    assert.deepEqual(p.scrolls, [200 - 16]);
  });

  it('reveals a block’s line, or a mark’s exact place, on click', () => {
    const p = load();
    p.click(p.blocks[2]);
    p.click(p.mark);
    assert.deepEqual(p.posted.slice(1), [
      { type: 'reveal', line: 6, character: undefined },
      { type: 'reveal', line: 2, character: 7 },
    ]);
    assert.ok(p.mark.classes.has('flash'));
  });

  it('does not jump while the writer selects text', () => {
    const p = load();
    p.select(true);
    p.click(p.blocks[1]);
    assert.deepEqual(p.posted, [{ type: 'ready' }]);
  });

  it('asks the extension to open a link instead of navigating', () => {
    const p = load();
    const e = p.click(p.link);
    assert.ok(e.prevented);
    assert.deepEqual(p.posted.slice(1), [{ type: 'openLink', href: 'https://example.com/' }]);
  });

  it('follows the editor’s scroll, between blocks in proportion', () => {
    const p = load();
    p.fire('message', { data: { type: 'scroll', line: 4 } });
    // Line 4 is halfway between the blocks of lines 2 (y 200) and 6 (y 400).
    assert.deepEqual(p.scrolls, [300 - 16]);
    assert.deepEqual(p.state.value, { line: 4 });
  });

  it('swaps in a live update and keeps the reading position', () => {
    const p = load();
    p.fire('message', { data: { type: 'scroll', line: 6 } });
    p.fire('message', { data: { type: 'update', html: '<main class="page"></main>' } });
    assert.equal(p.root.innerHTML, '<main class="page"></main>');
    assert.deepEqual(p.scrolls, [384, 384]);
    p.fire('message', { data: { type: 'update', html: 'x', extra: '<script>' } });
    p.fire('message', { data: 'not an object' });
    p.fire('message', { data: { type: 'update', html: 42 } });
    assert.equal(p.root.innerHTML, 'x');
  });

  it('fits the A4 page to a narrow pane and toggles to 100% and back, remembering the choice', () => {
    const p = load(undefined, 500);
    const a4 = (210 / 25.4) * 96;
    assert.equal(Number(p.bodyStyle.get('--fit')), (500 - 16) / a4);
    assert.equal((p.zoom as unknown as { textContent: string }).textContent, '100%');
    p.click(p.zoom);
    assert.equal(p.bodyStyle.get('--fit'), '1');
    assert.equal((p.zoom as unknown as { textContent: string }).textContent, '适应宽度');
    assert.deepEqual(p.state.value, { actualSize: true });
    assert.deepEqual(p.posted, [{ type: 'ready' }], 'the toggle is the page’s own business');
    p.click(p.zoom);
    assert.equal(Number(p.bodyStyle.get('--fit')), (500 - 16) / a4);
    assert.deepEqual(p.layouts.map((l) => [l.scale === 1, l.actualSize, l.paneWidth]), [[false, false, 500], [true, true, 500], [false, false, 500]]);
  });

  it('never enlarges the page beyond print size in a wide pane', () => {
    const p = load(undefined, 2000);
    assert.equal(p.bodyStyle.get('--fit'), '1');
  });
});
