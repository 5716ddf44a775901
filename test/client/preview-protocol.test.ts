// What the preview's webview may ask of the extension (client/src/preview/protocol.ts): messages
// are checked, only web and mail links are opened, images resolve inside the report's folder.
import { strict as assert } from 'node:assert';
import { externalLink, readDisableArgs, readMessage, relativeImagePath } from '../../client/src/preview/protocol';

describe('client: preview messages', () => {
  it('reads the messages preview.js posts', () => {
    assert.deepEqual(readMessage({ type: 'ready' }), { type: 'ready' });
    assert.deepEqual(readMessage({ type: 'reveal', line: 3 }), { type: 'reveal', line: 3 });
    assert.deepEqual(readMessage({ type: 'reveal', line: 3, character: 5 }), { type: 'reveal', line: 3, character: 5 });
    assert.deepEqual(readMessage({ type: 'openLink', href: 'https://example.org/' }), { type: 'openLink', href: 'https://example.org/' });
  });

  it('refuses anything else', () => {
    for (const bad of [null, 'ready', 42, {}, { type: 'eval', code: '1' }, { type: 'reveal' }, { type: 'reveal', line: -1 }, { type: 'reveal', line: 1.5 }, { type: 'reveal', line: '3' }, { type: 'openLink' }, { type: 'openLink', href: '' }, { type: 'openLink', href: 'x'.repeat(5000) }]) {
      assert.equal(readMessage(bad), null, JSON.stringify(bad)?.slice(0, 60));
    }
    // A bad character is dropped, the line still revealed.
    assert.deepEqual(readMessage({ type: 'reveal', line: 2, character: -4 }), { type: 'reveal', line: 2 });
  });
});

describe('client: links the preview opens', () => {
  it('opens http, https and mailto links', () => {
    assert.equal(externalLink('https://www.gov.cn/zhengce/'), 'https://www.gov.cn/zhengce/');
    assert.equal(externalLink('HTTP://Example.org'), 'http://example.org/');
    assert.equal(externalLink('mailto:office@example.org'), 'mailto:office@example.org');
  });

  it('never opens other schemes, relative paths or disguised ones', () => {
    for (const href of ['command:workbench.action.terminal.new', 'javascript:alert(1)', 'file:///etc/passwd', 'vscode://settings', 'data:text/html,x', '../secret.md', 'report.md', '#top', '//evil.example/x', 'java\tscript:alert(1)', ' https://example.org', 'https:', 'mailto:', 'vscode-webview://x']) {
      assert.equal(externalLink(href), null, href);
    }
  });
});

describe('client: disable-rule-here arguments', () => {
  it('reads the data-vscode-context of a finding mark', () => {
    assert.deepEqual(readDisableArgs({ webviewSection: 'diagnostic', rule: 'placeholder', rules: ['placeholder', 'term'], line: 4, preventDefaultContextMenuItems: true }), {
      rules: ['placeholder', 'term'],
      line: 4,
    });
    assert.deepEqual(readDisableArgs({ rule: 'term', line: 0, documentUri: 'file:///r.md' }), { rules: ['term'], line: 0, documentUri: 'file:///r.md' });
  });

  it('refuses rule ids that could break out of the comment, and bad lines', () => {
    assert.equal(readDisableArgs({ rule: 'x --><script>', line: 1 }), null);
    assert.equal(readDisableArgs({ rules: ['a b'], line: 1 }), null);
    assert.equal(readDisableArgs({ rule: 'term', line: -1 }), null);
    assert.equal(readDisableArgs(undefined), null);
    assert.deepEqual(readDisableArgs({ rule: 'term', rules: ['-->'], line: 2 }), { rules: ['term'], line: 2 });
  });
});

describe('client: preview images', () => {
  it('resolves relative image paths inside the report\'s folder', () => {
    assert.deepEqual(relativeImagePath('images/chart.png'), ['images', 'chart.png']);
    assert.deepEqual(relativeImagePath('./a/../b/%E5%9B%BE.png?x=1'), ['b', '图.png']);
  });

  it('refuses URLs, absolute paths and paths out of the folder', () => {
    for (const src of ['https://example.org/a.png', 'data:image/png;base64,AAA', 'file:///etc/x.png', '/etc/x.png', '\\\\server\\x.png', 'C:\\x.png', '../x.png', 'a/../../x.png', '%2e%2e/x.png', '', '%zz']) {
      assert.equal(relativeImagePath(src), null, src);
    }
  });
});
