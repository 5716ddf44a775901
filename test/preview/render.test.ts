// The preview page: a strict CSP with the nonce, nothing from the report ever executable,
// placeholders as marked slots (never bold), findings marked where they are with their message,
// headings by level with the GB/T 9704 look, blocks tied to source lines.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { analyze } from '../../server/src/engine';
import { renderPreview, renderPreviewBody, type PreviewFinding } from '../../server/src/shared/preview/render';
import { expandSnippet } from '../snippets/expand';
import { assertBalanced, elementsWithClass, scanTags, visibleText, type Tag } from './html-scan';

const root = join(__dirname, '..', '..');
const sample = readFileSync(join(root, 'samples/shufa-report-2022.txt'), 'utf8');
const NONCE = 'R2VuZXJhdGVkTm9uY2UxMjM0NTY3OA==';
const CSP_SOURCE = 'https://*.vscode-cdn.net';
const SCRIPT = 'https://file+.vscode-resource.vscode-cdn.net/ext/client/media/preview.js';

function page(text: string, findings?: readonly PreviewFinding[], extra: Partial<Parameters<typeof renderPreview>[3]> = {}): string {
  const r = analyze(text);
  return renderPreview(text, findings ?? r.findings, NONCE, { cspSource: CSP_SOURCE, scriptUri: SCRIPT, document: r.document, ...extra });
}
const body = (html: string): string => html.slice(html.indexOf('<body'), html.indexOf('</body>') + 7);
const tagsOf = (html: string): Tag[] => scanTags(html.replace(/^<!DOCTYPE html>/, ''));

/** Elements and attributes the renderer may write; anything else came from the report. */
const ALLOWED: Record<string, string[]> = {
  html: ['lang'],
  head: [],
  meta: ['charset', 'http-equiv', 'content', 'name'],
  title: [],
  style: ['nonce'],
  script: ['nonce', 'src'],
  body: ['data-line'],
  div: ['id', 'class', 'data-line'],
  button: ['id', 'type', 'title'],
  header: ['class'],
  main: ['class'],
  span: ['class', 'data-rule', 'data-line', 'data-character', 'title', 'data-vscode-context'],
  mark: ['class', 'data-rule', 'data-line', 'data-character', 'data-slot', 'title', 'data-vscode-context'],
  ul: ['class', 'data-line'],
  ol: ['class', 'data-line', 'start'],
  li: ['class', 'data-line'],
  p: ['class', 'data-line'],
  h1: ['class', 'data-line'],
  h2: ['class', 'data-line'],
  h3: ['class', 'data-line'],
  h4: ['class', 'data-line'],
  h5: ['class', 'data-line'],
  h6: ['class', 'data-line'],
  blockquote: ['class', 'data-line'],
  table: ['class', 'data-line'],
  thead: ['class', 'data-line'],
  tbody: ['class', 'data-line'],
  tr: ['class', 'data-line'],
  th: ['class', 'data-line'],
  td: ['class', 'data-line'],
  pre: ['class', 'data-line'],
  code: [],
  hr: ['data-line'],
  br: [],
  strong: [],
  em: [],
  s: [],
  a: ['class', 'data-href', 'title', 'role', 'tabindex'],
  img: ['src', 'alt', 'title'],
};

function assertSafe(html: string): void {
  const tags = tagsOf(html);
  for (const t of tags) {
    assert.ok(t.name in ALLOWED, `element <${t.name}>`);
    for (const [k, v] of Object.entries(t.attrs)) {
      assert.ok(ALLOWED[t.name].includes(k), `attribute ${k} on <${t.name}>`);
      assert.ok(!/^\s*(?:javascript|vbscript|data):/i.test(v) || k === 'title' || k === 'content', `${k}="${v}"`);
      if (k === 'data-href') assert.ok(/^(?:https?:|mailto:)/i.test(v) || !/^(?:\/\/|[a-z][a-z0-9+.-]*:)/i.test(v), `link to ${v}`);
    }
  }
  const scripts = tags.filter((t) => t.name === 'script' && !t.closing);
  assert.equal(scripts.length, 1, 'one script');
  assert.deepEqual(scripts[0].attrs, { nonce: NONCE, src: SCRIPT });
  assert.equal(tags.filter((t) => t.name === 'img').length, 0, 'no image without a resolver');
  assert.ok(!tags.some((t) => 'href' in t.attrs), 'no element navigates');
  assertBalanced(body(html));
}

describe('preview page', () => {
  it('has a strict Content-Security-Policy with the nonce, and only the nonce’d style and script', () => {
    const html = page(sample);
    const meta = tagsOf(html).find((t) => t.name === 'meta' && t.attrs['http-equiv'] === 'Content-Security-Policy');
    assert.ok(meta, 'CSP meta');
    const csp = meta.attrs.content.split(';').map((s) => s.trim());
    assert.deepEqual(csp.slice(0, 4), ["default-src 'none'", `img-src ${CSP_SOURCE}`, `style-src 'nonce-${NONCE}'`, `script-src 'nonce-${NONCE}'`]);
    assert.ok(!/unsafe-|\*\s*;|data:/.test(meta.attrs.content.replace(CSP_SOURCE, '')), meta.attrs.content);
    assert.ok(html.indexOf('http-equiv="Content-Security-Policy"') < html.indexOf('<style'), 'CSP comes before any resource');
    const styles = tagsOf(html).filter((t) => t.name === 'style' && !t.closing);
    assert.deepEqual(styles.map((s) => s.attrs.nonce), [NONCE]);
    assertSafe(html);
  });

  it('refuses a nonce or a cspSource that could break out of the policy', () => {
    const opts = { cspSource: CSP_SOURCE, scriptUri: SCRIPT };
    assert.throws(() => renderPreview('x', [], "abc' 'unsafe-inline", opts));
    assert.throws(() => renderPreview('x', [], 'short', opts));
    assert.throws(() => renderPreview('x', [], NONCE, { ...opts, cspSource: "https://a; script-src 'unsafe-inline'" }));
  });

  it('never lets a hostile report run anything', () => {
    const hostile = [
      '<script>alert(1)</script>',
      '',
      '<img src=x onerror=alert(1)>',
      '',
      '[点我](javascript:alert(1)) [x](vbscript:msgbox) [y](data:text/html,<script>alert(1)</script>) [z](command:workbench.action.quit) [w](//evil.example/a)',
      '',
      '<iframe src="https://evil.example"></iframe>',
      '',
      '<svg onload=alert(1)><circle/></svg>',
      '',
      '一、<b onclick="alert(1)">标题</b>',
      '',
      '![x](https://evil.example/track.png) ![y](data:image/png;base64,AAAA)',
      '',
      '<a href="javascript:alert(1)">a</a> <style>body{display:none}</style> <meta http-equiv="refresh" content="0;url=https://evil.example">',
      '',
      '```html',
      '<script>alert(2)</script>',
      '```',
      '',
      '`<script>alert(3)</script>` \uE000\uE010\uE001 \uE002\uE010\uE001x\uE003\uE010\uE001',
    ].join('\n');
    const html = page(hostile);
    assertSafe(html);
    const text = visibleText(body(html));
    // Shown as text, exactly as written.
    for (const s of ['<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '<iframe src="https://evil.example"></iframe>', '<svg onload=alert(1)><circle/></svg>', '<script>alert(2)</script>']) {
      assert.ok(text.includes(s), s);
    }
    assert.ok(!/[\uE000-\uE01F]/.test(html), 'no sentinel characters leak');
  });

  it('renders links as links that never navigate (the script asks the extension to open them)', () => {
    const html = page('参见[《法治政府建设实施纲要》](https://www.gov.cn/zhengce/2021-08/11/content_5630802.htm)和[附件](./附件1.md)。');
    const links = tagsOf(html).filter((t) => t.name === 'a' && !t.closing);
    assert.deepEqual(
      links.map((l) => l.attrs['data-href']),
      ['https://www.gov.cn/zhengce/2021-08/11/content_5630802.htm', './%E9%99%84%E4%BB%B61.md'],
    );
    assertSafe(html);
  });

  it('shows images only through the resolver the extension passes, else as their text', () => {
    const text = '![组织架构图](images/org.png)\n\n![外链](https://example.com/a.png)';
    const withResolver = page(text, undefined, { resolveImage: (src) => (src.startsWith('images/') ? `https://file+.vscode-resource.vscode-cdn.net/doc/${src}` : null) });
    const imgs = tagsOf(withResolver).filter((t) => t.name === 'img');
    assert.deepEqual(imgs.map((i) => [i.attrs.src, i.attrs.alt]), [['https://file+.vscode-resource.vscode-cdn.net/doc/images/org.png', '组织架构图']]);
    assert.ok(visibleText(withResolver).includes('[图片：外链]'));
    assertSafe(page(text));
  });

  describe('placeholders', () => {
    it('are marked slots in the sample report, all eight, never bold', () => {
      const html = page(sample);
      const marks = elementsWithClass(html, 'placeholder');
      assert.deepEqual(
        marks.map((m) => m.inner),
        ['*', '**', '**', '**', '***', '***', '***', '***'],
      );
      for (const m of marks) {
        assert.equal(m.name, 'mark');
        assert.match(m.attrs.title, /未填写的占位符/);
        assert.match(m.attrs.class, /severity-warning/);
      }
      assert.ok(!/<strong>|<em>/.test(html));
    });

    it('keep “建议**件，…事项**项” as two slots in Markdown, while real emphasis still renders', () => {
      const html = page('年内办理答复人大代表建议**件，答复率100%。梳理服务事项**项。\n\n这是**重点工作**。');
      assert.deepEqual(
        elementsWithClass(html, 'placeholder').map((m) => m.inner),
        ['**', '**'],
      );
      const strong = html.match(/<strong>(.*?)<\/strong>/g) ?? [];
      assert.deepEqual(strong, ['<strong>重点工作</strong>']);
    });

    it('are marked even when the placeholder rule is off, so a slot is never turned into bold', () => {
      const text = '建议**件，事项**项。';
      const html = page(text, []);
      assert.deepEqual(elementsWithClass(html, 'placeholder').map((m) => [m.inner, m.attrs.class]), [
        ['**', 'placeholder'],
        ['**', 'placeholder'],
      ]);
      assert.ok(!html.includes('<strong>'));
    });

    it('in an image that cannot be shown, and in a code span markdown-it reads across a line break', () => {
      for (const t of ['![×××]()', '`【待补充】\n`']) {
        const html = page(t);
        assert.equal(elementsWithClass(html, 'placeholder').length, 1, t);
        assertSafe(html);
      }
    });

    it('in a heading, a link and a table cell', () => {
      const html = page('## 一、XX镇20XX年工作\n\n[XX文件](a.md)\n\n| 项目 | 数量 |\n| --- | --- |\n| 案件 | **件 |');
      assert.deepEqual(
        elementsWithClass(html, 'placeholder').map((m) => m.inner),
        ['XX', 'XX', 'XX', '**'],
      );
      assertSafe(html);
    });
  });

  describe('findings', () => {
    const text = '2023年述法报告\n\n2023年以来，本人认真履职。现将有关情况报告如下：\n\n一、主要做法和取得成效\n\n一是学法。三是用法。\n\n三、下一步打算\n\n一是深化学习。';
    it('are marked where they are, with the message on hover and the line to reveal', () => {
      const r = analyze(text);
      const expected = r.findings.filter((f) => f.rule === 'ordinal-sequence' || f.rule === 'heading-sequence' || f.rule === 'required-section');
      assert.ok(expected.length >= 3, JSON.stringify(r.findings.map((f) => f.rule)));
      const html = page(text);
      const marks = [...elementsWithClass(html, 'diagnostic'), ...elementsWithClass(html, 'diagnostic-point')];
      for (const f of expected) {
        const line = r.document.lineStarts.filter((s) => s <= f.span.start).length - 1;
        const mark = marks.find((m) => m.attrs.title.includes(f.message));
        assert.ok(mark, `${f.rule}: ${f.message}`);
        assert.equal(mark.attrs['data-line'], String(line));
        assert.ok(mark.attrs['data-rule'].split(' ').includes(f.rule));
        const context = JSON.parse(mark.attrs['data-vscode-context']);
        assert.equal(context.webviewSection, 'diagnostic');
        assert.equal(context.line, line);
      }
      const ordinal = marks.find((m) => m.attrs['data-rule'] === 'ordinal-sequence');
      assert.equal(ordinal?.inner, '三是');
      assertSafe(html);
    });

    it('across emphasis stay well-formed, and overlapping ones too', () => {
      const t = '正文**重点工作**之后的文字。';
      const findings: PreviewFinding[] = [
        { rule: 'a', severity: 'warning', message: '甲', span: { start: 0, end: 7 } },
        { rule: 'b', severity: 'error', message: '乙', span: { start: 4, end: 12 } },
        { rule: 'c', severity: 'info', message: '丙', span: { start: 2, end: 2 } },
      ];
      const html = page(t, findings);
      assertBalanced(body(html));
      assert.equal(visibleText(html.slice(html.indexOf('<main'))).trim(), '正文重点工作之后的文字。');
      assert.ok(html.includes('<strong>'));
      for (const m of ['甲', '乙', '丙']) assert.ok(html.includes(`title="`) && html.includes(m), m);
    });

    it('with nothing to mark on their line are listed above the page', () => {
      const t = '正文\n\n---\n\n结尾';
      const html = page(t, [{ rule: 'x', severity: 'warning', message: '分隔线上的问题', span: { start: 4, end: 7 } }]);
      const summary = html.slice(html.indexOf('<header'), html.indexOf('</header>'));
      assert.ok(summary.includes('分隔线上的问题'));
      assert.ok(summary.includes('data-line="2"'));
    });
  });

  describe('layout', () => {
    it('turns numbered lines pasted from Word into headings by level, the title centred', () => {
      const t = ['XX镇2023年工作总结', '2023年，全镇工作取得新成效。现将2023年工作总结如下：', '一、主要工作及成效', '（一）抓党建', '1.强化理论武装', '（1）开展专题学习', '正文一段。', '二、存在的问题与不足', '一是学习不够深入。'].join('\n');
      const html = page(t);
      const heads = tagsOf(html).filter((x) => /^h[1-6]$/.test(x.name) && !x.closing);
      assert.deepEqual(
        heads.map((h) => [h.name, h.attrs.class, h.attrs['data-line']]),
        [
          ['h1', 'title', '0'],
          ['h2', 'heading level-1', '2'],
          ['h3', 'heading level-2', '3'],
          ['h4', 'heading level-3', '4'],
          ['h5', 'heading level-4', '5'],
          ['h2', 'heading level-1', '7'],
        ],
      );
      const paras = tagsOf(html).filter((x) => x.name === 'p' && !x.closing);
      assert.deepEqual(
        paras.map((p) => p.attrs['data-line']),
        ['1', '6', '8'],
      );
      assertBalanced(body(html));
    });

    it('gives Markdown headings their level classes and the front-matter title', () => {
      const t = '---\ntitle: 2023年度述法报告\nprofile: shufa\n---\n\n## 一、主要做法\n\n### （一）强化领导\n\n正文。\n\n## 二、存在的问题\n\n#### 参考资料';
      const html = page(t);
      const heads = tagsOf(html).filter((x) => /^h[1-6]$/.test(x.name) && !x.closing);
      assert.deepEqual(
        heads.map((h) => [h.name, h.attrs.class, h.attrs['data-line']]),
        [
          ['h1', 'title', '0'],
          ['h2', 'heading level-1', '5'],
          ['h3', 'heading level-2', '7'],
          ['h2', 'heading level-1', '11'],
          ['h4', 'heading level-3 unnumbered', '13'],
        ],
      );
      assert.ok(!visibleText(html).includes('profile: shufa'), 'front matter is not shown');
    });

    it('sets off the title of a run-in heading', () => {
      const html = page('一、主要举措\n（一）强化组织领导。区政府常务会议研究法治工作4次。');
      const run = elementsWithClass(html, 'run-in');
      assert.equal(run.length, 1);
      assert.equal(run[0].name, 'p');
      assert.match(run[0].attrs.class, /level-2/);
      const title = elementsWithClass(html, 'run-in-title');
      assert.deepEqual(title.map((x) => visibleText(x.inner)), ['（一）强化组织领导。']);
    });

    it('hides comments, so inline directives do not show', () => {
      const t = '<!-- report-lint-disable-next-line placeholder -->\n如确需保留的占位示例：XX镇。<!-- 备注 -->';
      const html = page(t);
      assert.ok(!visibleText(html).includes('report-lint'));
      assert.ok(!visibleText(html).includes('备注'));
      assert.ok(visibleText(html).includes('如确需保留的占位示例'));
    });

    it('ties every block to its 0-based source line', () => {
      const t = '# 标题\n\n第一段\n续行\n\n> 引用\n\n- 列表\n- 第二项\n\n```\ncode\n```\n\n| a | b |\n| - | - |\n| 1 | 2 |';
      const html = page(t);
      const lines = tagsOf(html)
        .filter((x) => !x.closing && x.attrs['data-line'] !== undefined && ['h1', 'p', 'blockquote', 'li', 'pre', 'table'].includes(x.name))
        .map((x) => [x.name, x.attrs['data-line']]);
      assert.deepEqual(lines, [
        ['h1', '0'],
        ['p', '2'],
        ['blockquote', '5'],
        ['p', '5'],
        ['li', '7'],
        ['li', '8'],
        ['pre', '10'],
        ['table', '14'],
      ]);
    });

    it('prints in the GB/T 9704 look: A4 page, 仿宋 body, 黑体 and 楷体 headings, two-character indent', () => {
      const html = page(sample);
      const css = html.slice(html.indexOf('<style'), html.indexOf('</style>'));
      for (const rule of ['width: 210mm', 'padding: 37mm 26mm 35mm 28mm', 'text-indent: 2em', 'text-align: center', '@page { size: A4']) assert.ok(css.includes(rule), rule);
      assert.match(css, /\.heading\.level-1[^{]*\{ font-family: var\(--heiti\)/);
      assert.match(css, /\.heading\.level-2[^{]*\{ font-family: var\(--kaiti\)/);
      assert.match(css, /--fangsong: "仿宋_GB2312", "仿宋", "FangSong".*"STFangsong".*"Noto Serif CJK SC".*serif/);
    });

    it('renders an empty document as an empty page', () => {
      const html = page('');
      assert.ok(visibleText(html).includes('空白文档'));
      assertSafe(html);
    });
  });

  it('gives the same body for a live update as in the page', () => {
    const r = analyze(sample);
    const full = renderPreview(sample, r.findings, NONCE, { cspSource: CSP_SOURCE, scriptUri: SCRIPT });
    const update = renderPreviewBody(sample, r.findings);
    assert.ok(full.includes(`<div id="root">${update}</div>`));
  });

  it('stays well-formed and script-free on the snippets and on random Markdown', () => {
    const snippets: Record<string, { body: string[] }> = JSON.parse(readFileSync(join(root, 'snippets/report.code-snippets'), 'utf8'));
    for (const s of Object.values(snippets)) {
      assertSafe(page(expandSnippet(s.body, { variables: { CURRENT_YEAR: '2023', CURRENT_MONTH: '01', CURRENT_DATE: '05' } })));
    }
    const pieces = ['一、', '（一）', '1.', '一是', '**', '*', '__', '件', 'XX', '×××', '【待补充】', '`', '[', ']', '(', ')', '<', '>', '!', '![', '](', '\\', '#', '## ', '> ', '- ', '1. ', '\n', '\n\n', '|', '| - |', '---', '<!--', '-->', '&amp;', '"', "'", '。', '，', '文字', ' ', '\t', '　', '\uE002'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 60 }), (parts) => {
        const text = parts.join('');
        const r = analyze(text);
        const html = renderPreview(text, r.findings, NONCE, { cspSource: CSP_SOURCE, scriptUri: SCRIPT, document: r.document });
        assertSafe(html);
        // Every placeholder the engine flags is a marked slot.
        const slots = elementsWithClass(html, 'placeholder').length;
        assert.equal(slots, r.findings.filter((f) => f.rule === 'placeholder').length);
      }),
      { numRuns: 300 },
    );
  });

  it('renders a 2 MB report (its time and growth are measured in test/perf)', function () {
    this.timeout(10 * 60_000);
    const text = sample.repeat(400);
    const r = analyze(text);
    const html = renderPreview(text, r.findings, NONCE, { cspSource: CSP_SOURCE, scriptUri: SCRIPT, document: r.document });
    assert.ok(html.length > text.length);
  });
});
