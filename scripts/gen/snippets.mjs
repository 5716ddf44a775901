// Generates snippets/report.code-snippets.
import { writeFileSync } from 'node:fs';

const CN = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
const SCOPE = 'markdown,plaintext';
const DATE = '${CURRENT_YEAR}年${CURRENT_MONTH/^0//}月${CURRENT_DATE/^0//}日';

/**
 * Numbers tab stops in order; `t.stop(text)` → ${n:text}, `t.choice(list)` → ${n|a,b|}${n+1}.
 *
 * Accepting an option of a choice (Enter or Tab) also moves to the next tab stop in VS Code. The
 * empty stop right after each choice takes that move: the cursor waits after the chosen words
 * (to add to them), and the next Tab goes on to the next field whether the writer accepted with
 * Enter or with Tab, so a Tab pressed out of habit never skips a field (issue 12, docs/snippets.md).
 */
class Stops {
  n = 0;
  stop(text) { return `\${${++this.n}:${text}}`; }
  choice(list) {
    for (const c of list) if (/[,|$}\\]/.test(c)) throw new Error(c);
    const choice = `\${${++this.n}|${list.join(',')}|}`;
    return `${choice}\${${++this.n}}`;
  }
  next() { return ++this.n; }
}
const rotate = (list, k) => [...list.slice(k % list.length), ...list.slice(0, k % list.length)];

/** "一是<topic>。<detail>" paragraphs, blank-line separated, each topic a choice starting at a different item. */
function yishi(t, count, topics, detail) {
  const out = [];
  for (let i = 0; i < count; i++) {
    if (i > 0) out.push('');
    out.push(`${CN[i]}是${t.choice(rotate(topics, i))}。${t.stop(`【待补充：${detail}】`)}`);
  }
  return out;
}
/** （一）<topic> headings, each followed by a body paragraph. */
function parenItems(t, count, topics, detail, first = 0) {
  const out = [];
  for (let i = 0; i < count; i++) {
    if (i > 0) out.push('');
    out.push(`（${CN[first + i]}）${t.choice(rotate(topics, i))}`, '', t.stop(`【待补充：${detail}】`));
  }
  return out;
}
function signature(t, who) {
  return [t.stop(who), t.stop(DATE)];
}

const SHUFA_PRACTICE = ['加强组织领导，压实第一责任人职责', '带头尊法学法，提升法治思维', '坚持依法决策，规范权力运行', '严格规范执法，推进依法行政', '抓实普法宣传，营造法治氛围', '化解矛盾纠纷，维护和谐稳定', '支持司法工作，不干预司法活动'];
const SHUFA_PROBLEMS = ['法治建设责任压力传导不够', '党员干部法治素养有待提升', '普法宣传的针对性和实效性不强', '依法决策和规范执法仍有短板'];
const SHUFA_PLANS = ['加大学法用法力度，提升依法履职能力', '认真履行第一责任人职责，推进法治建设', '深化普法宣传，营造良好法治氛围', '强化执法监督，严格规范公正文明执法'];
const FZ_MEASURES = ['深化“放管服”改革，优化法治化营商环境', '健全依法决策机制，提高决策质量', '严格规范公正文明执法', '强化行政权力制约监督', '依法有效化解社会矛盾纠纷', '推进普法和依法治理'];
const FZ_SHORT = ['法治政府建设推进还不够平衡', '依法行政能力有待提升', '行政执法规范化水平仍需提高', '法治宣传教育的覆盖面和实效性不足'];
const FZ_PLANS = ['深入学习贯彻习近平法治思想', '健全依法行政制度体系', '深化行政执法体制改革', '加强行政权力制约和监督', '提升法治宣传教育实效'];
const WORK = ['聚焦中心工作，推动重点任务落实', '坚持依法行政，提升工作质效', '深化改革创新，增强发展动能', '强化服务意识，解决群众急难愁盼问题', '加强队伍建设，夯实工作基础'];
const PROBLEMS = ['理论学习的深度和系统性还不够', '工作创新意识有待增强', '抓落实的力度还需加大', '调查研究还不够深入'];
const PLANS = ['持续加强理论学习，提高政治站位', '聚焦重点任务，狠抓工作落实', '加强队伍建设，提升履职能力', '坚持改革创新，推动工作提质增效'];

const snippets = {};
function add(key, prefix, description, build) {
  const t = new Stops();
  const body = build(t);
  snippets[key] = { scope: SCOPE, prefix, description, body: [...body, '$0'].flatMap((l, i, a) => (i === a.length - 1 && l === '$0' ? [] : [l])) };
  // `$0` goes at the end of the last line.
  snippets[key].body[snippets[key].body.length - 1] += '$0';
}

// --- Full reports, one per built-in profile --------------------------------------------------
add('述法报告（全文）', ['sfbg', 'report-shufa'], '述法报告全文骨架：标题、导语、主要做法和取得成效（一是…四是）、存在的问题（一是…三是）、下一步打算（一是…三是）、落款。Full 述法报告 skeleton.', (t) => {
  const title = t.stop('XX镇党委书记×××');
  const year = t.stop('20XX');
  const yearRef = `$${t.n}`;
  return [
    `${title}${year}年度述法报告`,
    '',
    `${yearRef}年以来，本人坚持以习近平新时代中国特色社会主义思想为指导，深入学习贯彻习近平法治思想，${t.stop('【待补充：总体情况】')}，现将本人履行推进法治建设第一责任人职责情况报告如下：`,
    '',
    '一、主要做法和取得成效',
    '',
    ...yishi(t, 4, SHUFA_PRACTICE, '具体做法和成效'),
    '',
    '二、存在的问题',
    '',
    ...yishi(t, 3, SHUFA_PROBLEMS, '具体表现'),
    '',
    '三、下一步打算',
    '',
    ...yishi(t, 3, SHUFA_PLANS, '具体措施'),
    '',
    ...signature(t, '×××'),
  ];
});

add('法治政府建设年度报告（全文）', ['fzzfbg', 'report-fazhi-zhengfu'], '法治政府建设年度报告全文骨架（厅字〔2019〕28号第二十五条五项内容）：举措和成效（含第一责任人履职情况）、不足和原因、下一年度安排、其他情况、落款。Full 法治政府建设年度报告 skeleton.', (t) => {
  const org = t.stop('XX区');
  const year = t.stop('20XX');
  const y = `$${t.n}`;
  return [
    `${org}${year}年法治政府建设年度报告`,
    '',
    `${y}年，${t.stop('XX区委、区政府')}坚持以习近平新时代中国特色社会主义思想为指导，深入学习贯彻习近平法治思想，${t.stop('【待补充：总体情况】')}。现将${y}年法治政府建设情况报告如下：`,
    '',
    `一、${y}年推进法治政府建设的主要举措和成效`,
    '',
    '（一）党政主要负责人履行推进法治建设第一责任人职责情况',
    '',
    t.stop('【待补充：履职情况】'),
    '',
    ...parenItems(t, 3, FZ_MEASURES, '具体举措和成效', 1),
    '',
    `二、${y}年推进法治政府建设存在的不足和原因`,
    '',
    ...yishi(t, 3, FZ_SHORT, '具体表现和原因'),
    '',
    '三、下一年度推进法治政府建设的主要安排',
    '',
    ...yishi(t, 3, FZ_PLANS, '具体安排'),
    '',
    '四、其他需要报告的情况',
    '',
    t.stop('【待补充：没有则删除本部分】'),
    '',
    ...signature(t, 'XX区人民政府'),
  ];
});

add('述职报告（全文）', ['szbg', 'report-shuzhi'], '述职报告全文骨架：标题、称谓、导言、理论学习、履职情况和工作实绩、廉洁自律、存在的问题和不足、今后工作打算、结尾、落款。Full 述职报告 skeleton.', (t) => {
  const who = t.stop('×××');
  const year = t.stop('20XX');
  const y = `$${t.n}`;
  return [
    `${who}${year}年度述职报告`,
    '',
    t.choice(['各位领导、同志们：', '尊敬的各位领导、同志们：']),
    '',
    `本人自${t.stop('20XX年X月')}起任${t.stop('XX')}职务，主要负责${t.stop('【待补充：分管工作】')}。${y}年，${t.stop('【待补充：总体情况】')}。现将${y}年度履职情况报告如下，请予评议。`,
    '',
    '一、加强理论学习，提高政治素质',
    '',
    t.stop('【待补充：学习情况】'),
    '',
    '二、履职情况和工作实绩',
    '',
    ...parenItems(t, 3, WORK, '具体工作和成效'),
    '',
    '三、廉洁自律情况',
    '',
    t.stop('【待补充：廉洁自律情况】'),
    '',
    '四、存在的问题和不足',
    '',
    ...yishi(t, 3, PROBLEMS, '具体表现'),
    '',
    '五、今后工作打算',
    '',
    ...yishi(t, 3, PLANS, '具体措施'),
    '',
    '特此报告，请予评议。',
    '',
    ...signature(t, '×××'),
  ];
});

add('年度工作总结（全文）', ['gzzj', 'report-gongzuo-zongjie'], '年度工作总结全文骨架：标题、导语、基本情况、主要工作及成效、存在的问题与不足、下一步工作打算、落款。Full 年度工作总结 skeleton.', (t) => {
  const org = t.stop('XX单位');
  const year = t.stop('20XX');
  const y = `$${t.n}`;
  return [
    `${org}${year}年工作总结`,
    '',
    `${y}年，${t.stop('XX单位')}在${t.stop('XX')}的正确领导下，${t.stop('【待补充：总体情况】')}。现将${y}年工作总结如下：`,
    '',
    '一、基本情况',
    '',
    t.stop('【待补充：基本情况】'),
    '',
    '二、主要工作及成效',
    '',
    ...parenItems(t, 3, WORK, '具体工作和成效'),
    '',
    '三、存在的问题与不足',
    '',
    ...yishi(t, 3, PROBLEMS, '具体表现'),
    '',
    '四、下一步工作打算',
    '',
    ...yishi(t, 3, PLANS, '具体措施'),
    '',
    ...signature(t, 'XX单位'),
  ];
});

// --- Parts on their own -------------------------------------------------------------------------
add('导语（述法报告）', ['dy', 'report-leadin'], '述法报告导语：“20XX年以来，本人……现将本人履行推进法治建设第一责任人职责情况报告如下：”。Lead-in of a 述法报告.', (t) => [
  `${t.stop('20XX')}年以来，本人坚持以习近平新时代中国特色社会主义思想为指导，深入学习贯彻习近平法治思想，${t.stop('【待补充：总体情况】')}，现将本人履行推进法治建设第一责任人职责情况报告如下：`,
]);
add('部分：主要做法和成效', ['zyzf', 'report-section-practice'], '“主要做法和取得成效”部分（一是…三是），标题可选各类报告的写法。The practice/measures/work part.', (t) => [
  `${t.choice(CN)}、${t.choice(['主要做法和取得成效', '推进法治政府建设的主要举措和成效', '履职情况和工作实绩', '主要工作及成效'])}`,
  '',
  ...yishi(t, 3, SHUFA_PRACTICE, '具体做法和成效'),
]);
add('部分：存在的问题', ['czwt', 'report-section-problems'], '“存在的问题”部分（一是…三是），标题可选各类报告的写法。The problems/shortcomings part.', (t) => [
  `${t.choice(CN)}、${t.choice(['存在的问题', '推进法治政府建设存在的不足和原因', '存在的问题和不足', '存在的问题与不足'])}`,
  '',
  ...yishi(t, 3, SHUFA_PROBLEMS, '具体表现'),
]);
add('部分：下一步打算', ['xybds', 'report-section-plans'], '“下一步打算”部分（一是…三是），标题可选各类报告的写法。The plans part.', (t) => [
  `${t.choice(CN)}、${t.choice(['下一步打算', '下一年度推进法治政府建设的主要安排', '今后工作打算', '下一步工作打算'])}`,
  '',
  ...yishi(t, 3, SHUFA_PLANS, '具体措施'),
]);
add('部分：第一责任人职责履行情况', ['dyzrr', 'report-section-responsible'], '法治政府建设年度报告中党政主要负责人履行推进法治建设第一责任人职责情况，常作“（一）”。The 第一责任人 item of a 法治政府建设年度报告.', (t) => [
  `（${t.choice(CN)}）党政主要负责人履行推进法治建设第一责任人职责情况`,
  '',
  t.stop('【待补充：履职情况】'),
]);
add('部分：基本情况', ['jbqk', 'report-section-overview'], '工作总结的“基本情况”部分。The overview part of a 工作总结.', (t) => [
  `${t.choice(CN)}、基本情况`,
  '',
  t.stop('【待补充：基本情况】'),
]);
add('部分：理论学习', ['llxx', 'report-section-study'], '述职报告的“加强理论学习，提高政治素质”部分。The study part of a 述职报告.', (t) => [
  `${t.choice(CN)}、加强理论学习，提高政治素质`,
  '',
  t.stop('【待补充：学习情况】'),
]);
add('部分：廉洁自律', ['ljzl', 'report-section-integrity'], '述职报告的“廉洁自律情况”部分。The integrity part of a 述职报告.', (t) => [
  `${t.choice(CN)}、廉洁自律情况`,
  '',
  t.stop('【待补充：廉洁自律情况】'),
]);
add('部分：其他需要报告的情况', ['qtqk', 'report-section-other'], '法治政府建设年度报告的“其他需要报告的情况”部分（可选）。The optional “other matters” part.', (t) => [
  `${t.choice(CN)}、其他需要报告的情况`,
  '',
  t.stop('【待补充：没有则删除本部分】'),
]);

// --- Items and headings -----------------------------------------------------------------------
add('分项：一是、二是、三是', ['ys', 'report-items-yishi'], '段内分项“一是……二是……三是……”。Run-in items 一是…二是…三是.', (t) =>
  yishi(t, 3, SHUFA_PRACTICE, '具体内容'),
);
add('分项：（一）（二）（三）', ['ky', 'report-items-paren'], '二级标题“（一）（二）（三）”各带一段正文（楷体）。Second-level items （一）（二）（三）.', (t) => {
  const out = [];
  for (let i = 0; i < 3; i++) {
    if (i > 0) out.push('');
    out.push(`（${CN[i]}）${t.stop('【待补充：标题】')}`, '', t.stop('【待补充：具体内容】'));
  }
  return out;
});
add('分项：1. 2. 3.', ['yd', 'report-items-arabic'], '三级标题“1. 2. 3.”各带一段正文。Third-level items 1. 2. 3.', (t) => {
  const out = [];
  for (let i = 1; i <= 3; i++) {
    if (i > 1) out.push('');
    out.push(`${i}.${t.stop('【待补充：标题】')}`, '', t.stop('【待补充：具体内容】'));
  }
  return out;
});
add('一级标题（一、）', ['bt1', 'report-heading-1'], '一级标题“一、”（黑体）。Level-1 heading 一、', (t) => [`${t.choice(CN)}、${t.stop('【待补充：标题】')}`]);
add('二级标题（（一））', ['bt2', 'report-heading-2'], '二级标题“（一）”（楷体）。Level-2 heading （一）', (t) => [`（${t.choice(CN)}）${t.stop('【待补充：标题】')}`]);
add('三级标题（1.）', ['bt3', 'report-heading-3'], '三级标题“1.”（仿宋）。Level-3 heading 1.', (t) => [`${t.choice(['1', '2', '3', '4', '5', '6', '7', '8', '9'])}.${t.stop('【待补充：标题】')}`]);
add('四级标题（（1））', ['bt4', 'report-heading-4'], '四级标题“（1）”（仿宋）。Level-4 heading （1）', (t) => [`（${t.choice(['1', '2', '3', '4', '5', '6', '7', '8', '9'])}）${t.stop('【待补充：标题】')}`]);

// --- Closing ----------------------------------------------------------------------------------
add('结尾和落款', ['tcbg', 'report-closing'], '结尾“特此报告。”和落款（署名、成文日期，日期用阿拉伯数字写全年月日，如2023年1月5日，GB/T 9704）。Closing line and signature block.', (t) => [
  t.choice(['特此报告。', '特此报告，请予评议。']),
  '',
  ...signature(t, '×××'),
]);
add('落款', ['lk', 'report-signature'], '落款：署名和成文日期（如2023年1月5日，GB/T 9704）。Signature: name and date.', (t) => signature(t, '×××'));
add('成文日期', ['rq', 'report-date'], '今天的日期，GB/T 9704 写法（如2023年1月5日，月日不补零）。Today in GB/T 9704 form.', () => [DATE]);

writeFileSync(process.argv[2], JSON.stringify(snippets, null, 2) + '\n');
