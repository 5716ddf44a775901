import { strict as assert } from 'node:assert';
import { applyFix } from '../helpers/rule-tester';
import { findingsOf, testLanguageRule } from './helpers';

testLanguageRule('term', {
  valid: [
    { name: 'allow-list: 对抗牢笼', text: '在对抗牢笼般的旧观念中，我们坚持改革。' },
    { name: 'allow-list: 法制审核 is a legal-review term', text: '严格落实重大执法决定法制审核制度，法制审核覆盖率100%。' },
    { name: 'allow-list: the Constitution’s own wording', text: '国家维护社会主义法制的统一和尊严。' },
    { name: 'allow-list: 自己经历 holds 己经', text: '他结合自己经历讲授法治课，自己经常学法。' },
    { name: 'allow-list: 检查院内设施', text: '检查院内消防设施，排查安全隐患。' },
    // Word boundaries (Intl.Segmenter): a match that begins or ends inside a word is no match.
    { name: 'word boundary: 学习|总书记 holds no 习总书记', text: '认真学习总书记重要讲话精神，深入学习总书记关于法治建设的重要论述。' },
    { name: 'word boundary: 悦|己|经济 holds no 己经', text: '培育悦己经济、银发经济等消费新增长点。' },
    { name: 'the plans with their right year spans', text: '贯彻《法治政府建设实施纲要（2021—2025年）》《法治政府建设实施纲要（2015—2020年）》《法治社会建设实施纲要（2020—2025年）》《湖南省法治政府建设实施纲要（2022—2025年）》。' },
    { name: 'the plenary sessions by their full names', text: '深入学习贯彻党的二十大和二十届三中全会精神，二十届四中全会精神。' },
    { name: '县县 and 即时 where they are right', text: '实现县县通高速，全省县县建成法治广场；建设即时通讯平台，即时办结。' },
    { name: 'reduplication the language uses is not a repeated word', text: '常常看看，一个个，一天一天地变好，一步一步推进，层层压实，家家户户，哈哈哈哈，事事有人管。' },
    { name: 'a name before a word it ends with is not a repeated word', text: '中节能节能环保产业园动工建设。' },
    { name: '司法独立 quoted or named as the West’s, and the official wording', text: '坚决抵制西方“司法独立”等错误观点，反对所谓司法独立；支持司法机关依法独立公正行使职权。' },
    { name: '并有 before a month that is not a time adverbial', text: '数据并有3月份报表佐证，并于二月份在镇人代会上当选。' },
    { name: '截止 with no time after it', text: '报名截止日期为12月31日，逾期不再受理，活动截止。' },
    { name: '泄漏 of gas is right', text: '防范燃气泄漏事故。' },
    { name: '必需 before a noun', text: '保障群众生活必需品供应。' },
    { name: '既使…又使…', text: '既使群众满意，又使企业受益。' },
    { name: 'standard political names', text: '坚持以习近平新时代中国特色社会主义思想为指导，深入学习贯彻习近平法治思想，认真学习习近平总书记重要讲话精神。' },
    { name: 'standard fixed forms', text: '增强“四个意识”、坚定“四个自信”、做到“两个维护”，深刻领悟“两个确立”的决定性意义，落实“八五”普法规划，服务“一带一路”倡议。' },
    { name: 'the 19th Congress theme uses commas', text: '不忘初心，牢记使命，高举中国特色社会主义伟大旗帜。' },
    { name: 'the education campaign name with 顿号', text: '巩固“不忘初心、牢记使命”主题教育成果。' },
    { name: 'right forms of confusables', text: '四是扛牢政治责任。认真部署，截至目前已作出决定，亟待解决，交代清楚，其他事项，泄露秘密，含义深刻，必须坚持，人民检察院，扫黑除恶，踔厉奋发，一如既往，严于律己，已经完成，即使困难。' },
    { name: 'inline code and link targets are not prose', text: '见`抗牢`与[链接](http://example.com/法制宣传)。' },
    { name: 'a word allowed by config', text: '组织法制宣传周活动。', config: { rules: { term: { options: { allow: ['法制宣传周'] } } } } },
  ],
  invalid: [
    {
      name: 'a real draft: 以总书记新时代中国特色社会主义思想为指导',
      text: '坚持以总书记新时代中国特色社会主义思想为指导。',
      errors: [{ text: '总书记新时代中国特色社会主义思想', message: '习近平新时代中国特色社会主义思想' }],
      output: '坚持以习近平新时代中国特色社会主义思想为指导。',
    },
    {
      name: 'a real draft: 学习总书记法治思想 (the slip is 总书记法治思想, not 习总书记)',
      text: '学习总书记法治思想。',
      errors: [{ text: '总书记法治思想', message: '习近平法治思想' }],
    },
    { name: '法制政府 / 法制督察 / 法制专题讲座', text: '建设法制政府，迎接法制督察，举办法制专题讲座。', errors: [{ text: '法制政府' }, { text: '法制督察' }, { text: '法制' }] },
    { name: '二十大和三中精神', text: '学习贯彻党的二十大和三中精神。', errors: [{ text: '三中精神', message: '“二十届三中全会精神”' }], output: '学习贯彻党的二十大和二十届三中全会精神。' },
    { name: 'a wrong year span in the plan’s title', text: '落实《法治政府建设实施纲要（2020—2025年）》。', errors: [{ text: '2020—2025' }], output: '落实《法治政府建设实施纲要（2021—2025年）》。' },
    { name: 'a word typed twice', text: '全县全县开展普法活动，坚持坚持依法行政。', errors: [{ text: '全县', message: '“全县”重复了一次' }, { text: '坚持' }], output: '全县开展普法活动，坚持坚持依法行政。' },
    { name: '司法独立 as the report’s own wording (real 述法 2024)', text: '（四）严守司法独立底线，规范用权行为', errors: [{ text: '司法独立', message: '“司法独立”应为“依法独立公正行使职权”' }] },
    { name: '并有 for 并于 before a month (real 述职)', text: '我是今年二月份调入吉昌镇，并有二月份在镇人代会上当选为镇长。', errors: [{ text: '并有二月份' }], output: '我是今年二月份调入吉昌镇，并于二月份在镇人代会上当选为镇长。' },
    { name: '省县县 and 即时召开', text: '建立省县县三级联动机制，即时召开会议。', errors: [{ text: '省县县' }, { text: '即时' }] },
    {
      name: 'the sample: 抗牢',
      text: '四是抗牢政治责任，维护和谐稳定。',
      errors: [{ text: '抗牢', message: '“抗牢”应为“扛牢”' }],
      output: '四是扛牢政治责任，维护和谐稳定。',
    },
    {
      name: 'the sample: 习近平新时代法治思想',
      text: '深刻领会习近平新时代法治思想，不断增强本领。',
      errors: [{ text: '习近平新时代法治思想', message: '习近平法治思想' }],
      output: '深刻领会习近平法治思想，不断增强本领。',
    },
    {
      name: 'the sample: 法制图片展',
      text: '积极开展专题讲座、法制图片展等教育方式。',
      errors: [{ text: '法制图片展' }],
      output: '积极开展专题讲座、法治图片展等教育方式。',
    },
    {
      name: 'a literal beside its allowed context fires outside it',
      text: '对抗牢笼不改；四是抗牢责任。',
      errors: [{ text: '抗牢' }],
      output: '对抗牢笼不改；四是扛牢责任。',
    },
    {
      name: 'a pattern entry with a lookahead: 做出 + 决定',
      text: '党委做出决定，做出贡献。',
      errors: [{ text: '做出', message: '作出' }],
      output: '党委作出决定，做出贡献。',
    },
    {
      name: 'a pattern with a group in the right form: 八五普法',
      text: '全面落实八五普法规划。',
      errors: [{ text: '八五普法' }],
      output: '全面落实“八五”普法规划。',
    },
    {
      name: 'the name without 习近平',
      text: '坚持以新时代中国特色社会主义思想为指导。',
      errors: [{ text: '新时代中国特色社会主义思想' }],
      output: '坚持以习近平新时代中国特色社会主义思想为指导。',
    },
    {
      name: '习近平新时代中国特色社会主义法治思想 is replaced whole',
      text: '学习习近平新时代中国特色社会主义法治思想。',
      errors: [{ text: '习近平新时代中国特色社会主义法治思想' }],
      output: '学习习近平法治思想。',
    },
    {
      name: 'entries with their own quotes keep a readable message',
      text: '服务“一带一路”战略。',
      errors: [{ text: '“一带一路”战略', message: /应为 “一带一路”倡议：/ }],
      output: '服务“一带一路”倡议。',
    },
    {
      name: '《法制日报》 → 《法治日报》, but not 原《法制日报》',
      text: '原《法制日报》记者在《法制日报》刊发。',
      errors: [{ text: '《法制日报》' }],
      output: '原《法制日报》记者在《法治日报》刊发。',
    },
    {
      name: 'an info-level entry keeps its severity',
      text: '其它事项另行通知。',
      errors: [{ text: '其它', message: '其他' }],
      output: '其他事项另行通知。',
    },
    {
      name: 'a workspace entry from the config (literal)',
      text: '本镇综治中心运行良好。',
      config: { rules: { term: { options: { terms: [{ wrong: '综治中心', right: '综治中心（社会治理中心）', reason: '本区统一称谓' }] } } } },
      errors: [{ text: '综治中心', message: '本区统一称谓' }],
      output: '本镇综治中心（社会治理中心）运行良好。',
    },
    {
      name: 'a workspace entry from the config (pattern, deletion)',
      text: '这项工作非常非常重要。',
      config: { rules: { term: { options: { terms: [{ pattern: '(?<=非常)非常', right: '', reason: '重复' }] } } } },
      errors: [{ text: '非常', message: '应删去' }],
      output: '这项工作非常重要。',
    },
  ],
});

describe('term: severities, config and built-in switch', () => {
  it('uses the entry severity (其它 is a hint: 公文 usage, not an error) and the rule severity otherwise', () => {
    const fs = findingsOf('term', '其它事项，四是抗牢政治责任。');
    assert.deepEqual(
      fs.map((f) => f.severity),
      ['hint', 'warning'],
    );
    const err = findingsOf('term', '四是抗牢政治责任。', { rules: { term: 'error' } });
    assert.equal(err[0].severity, 'error');
  });
  it('a workspace entry wins where it overlaps a built-in one', () => {
    const text = '四是抗牢政治责任。';
    const fs = findingsOf('term', text, { rules: { term: { options: { terms: [{ wrong: '抗牢政治责任', right: '扛牢政治责任', reason: '本单位写法' }] } } } });
    assert.deepEqual(fs.map((f) => text.slice(f.span.start, f.span.end)), ['抗牢政治责任']);
  });
  it('builtin: false leaves only the workspace entries', () => {
    const fs = findingsOf('term', '四是抗牢政治责任，综治中心。', { rules: { term: { options: { builtin: false, terms: [{ wrong: '综治中心', right: '社会治理中心' }] } } } });
    assert.deepEqual(fs.map((f) => f.message.slice(0, 6)), ['“综治中心”']);
  });
  it('bad workspace entries are skipped, not thrown', () => {
    const text = '四是抗牢政治责任，aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!';
    const fs = findingsOf('term', text, { rules: { term: { options: { terms: [{ pattern: '(a+)+$', right: 'x' }, { pattern: '(', right: 'x' }, 42, { wrong: '' }] } } } });
    assert.deepEqual(fs.map((f) => text.slice(f.span.start, f.span.end)), ['抗牢']);
  });
  it('every fix is preferred and applies cleanly', () => {
    const text = '截止目前，党委做出部署，严于律已，各项工作己经完成。';
    const fs = findingsOf('term', text);
    assert.equal(fs.length, 4);
    let fixed = text;
    for (const f of [...fs].reverse()) {
      assert.equal(f.fixes?.[0].preferred, true);
      fixed = applyFix(fixed, f.fixes![0]);
    }
    assert.equal(fixed, '截至目前，党委作出部署，严于律己，各项工作已经完成。');
    assert.deepEqual(findingsOf('term', fixed), []);
  });
  it('Markdown headings and CRLF text are checked with exact offsets', () => {
    const text = '# 述法报告\r\n\r\n## 一、抗牢责任\r\n\r\n正文。\r\n';
    const [f] = findingsOf('term', text);
    assert.equal(text.slice(f.span.start, f.span.end), '抗牢');
  });
});

describe('term: directives and positions', () => {
  it('honours report-lint-disable-next-line for the rule', () => {
    const text = '<!-- report-lint-disable-next-line term -->\n四是抗牢政治责任。\n五是抗牢底线。\n';
    const fs = findingsOf('term', text);
    assert.equal(fs.length, 1);
    assert.ok(text.slice(0, fs[0].span.start).includes('五是'));
  });
  it('puts a repeated word and a plan span after emoji and CJK (UTF-16 offsets)', () => {
    const text = '标题\n👍🏻全县全县；😀《法治政府建设实施纲要（2020—2025年）》';
    const fs = findingsOf('term', text);
    assert.deepEqual(
      fs.map((f) => [f.span.start - 3, text.slice(f.span.start, f.span.end)]),
      [
        [6, '全县'],
        [23, '2020—2025'],
      ],
    );
  });
  it('puts the range on the word after an emoji (UTF-16 offsets)', () => {
    const text = '😀四是抗牢政治责任。';
    const [f] = findingsOf('term', text);
    assert.deepEqual(f.span, { start: 4, end: 6 });
  });
});

describe('term: a garbled document', () => {
  it('reports at most 1000 findings, the first ones in text order (its time is measured in test/perf)', () => {
    const text = '抗牢，'.repeat(100_000);
    const fs = findingsOf('term', text);
    assert.equal(fs.length, 1000);
    assert.equal(fs[0].span.start, 0);
  });
});
