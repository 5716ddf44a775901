// Which report kind a real text is read as. Shapes from real reports (test corpus of issue 11):
// titles after a pasted outline, titles broken over two lines, 述职 lead-ins, texts without titles.
import { strict as assert } from 'node:assert';
import { analyze } from '../../server/src/engine';
import { builtinProfiles } from '../../server/src/engine/profiles/builtin';
import { profilePattern } from '../../server/src/engine/profiles/match';

const kindOf = (text: string): string => analyze(text).profile.id;

const cases: { name: string; text: string; kind: string }[] = [
  {
    name: 'a 述职述廉报告 whose lead-in mentions 述法 is a 述职报告 (title beats lead-in)',
    text: '20xx年区城管局副局长述职述廉报告（分管党务，纪检监察，信访等）\n\n今年以来，本人狠抓各项工作的落实，现将本人一年来的述职、述学、述法情况报告如下：\n\n一、述职情况\n\n正文。\n',
    kind: 'shuzhi',
  },
  {
    name: '个人述职报告 with a 现将…报告如下 lead-in',
    text: '镇政府镇长个人述职报告\n\n尊敬的各位领导、同志们：\n\n本人自2021年1月起任镇党委副书记、镇长。现将三年来各方面情况报告如下。\n\n一、抓好学习这个根本前提\n\n正文。\n',
    kind: 'shuzhi',
  },
  {
    name: 'title, salutation and body run together on one pasted line',
    text: '乡镇镇长述职报告各位领导、同志们：我是今年二月份调入吉昌镇，负责政府全面工作的。下面，我就一年来的工作情况汇报如下。\n',
    kind: 'shuzhi',
  },
  {
    name: 'a lead-in 向…述职 without a title',
    text: '根据县委安排，现向县委常委会述职，请予评议。\n一、主要工作\n正文。\n二、存在的不足\n正文。\n',
    kind: 'shuzhi',
  },
  {
    name: 'no title; the lead-in states the post (我作为镇党委副书记、镇长)',
    text: '2024年是“十四五”规划关键之年，我作为镇党委副书记、镇长，坚持以习近平新时代中国特色社会主义思想为指导，确保全镇全年目标如期完成。\n1.服务“两区”稳打稳扎。正文。\n',
    kind: 'shuzhi',
  },
  {
    name: 'a title after a pasted outline (【提纲】…) is still the title',
    text: '【提纲】一、工作情况。（一）强化政治引领。二、存在问题。三、整改措施\n2025年度镇党委主要负责人履行推进法治建设第一责任人职责情况的报告\n本年度，我始终以习近平法治思想为指导。\n',
    kind: 'shufa',
  },
  {
    name: 'a title broken over two lines',
    text: '桐木漯瑶族乡人民政府关于2023年度法治政府建设\n工作的报告\n2023年，全乡深入学习贯彻党的二十大精神。现将有关情况报告如下：\n一、推进法治政府建设的主要举措与成效\n正文。\n',
    kind: 'fazhi-zhengfu',
  },
  {
    name: 'no title; 现将本年度工作情况报告如下 is no 述职 lead-in; the subject is 法治政府建设',
    text: '市委、市政府：\n\n2025年以来，我委紧扣法治政府建设总体目标，系统推进各项工作。现将本年度工作情况报告如下：\n\n一、工作完成情况\n\n正文。\n',
    kind: 'fazhi-zhengfu',
  },
  {
    name: 'no title; a 法治政府 report opening with its 第一责任人 part',
    text: '2025年，郑庄镇全面落实《法治政府建设实施纲要（2021—2025年）》，推动法治政府建设与乡村振兴深度融合。现将本年度工作情况报告如下：\n一、履行推进法治建设第一责任人职责情况\n正文。\n',
    kind: 'fazhi-zhengfu',
  },
  {
    name: '工作总结 whose lead-in says 报告如下',
    text: '镇2023年工作总结和2024年工作谋划\n\n今年以来，全镇经济社会发展取得了新的进步。现将镇2023年工作推进情况及2024年工作谋划报告如下。\n\n一、2023年工作推进情况\n\n正文。\n',
    kind: 'gongzuo-zongjie',
  },
  {
    name: 'a 述法报告 title',
    text: '2024年市信访局主要责任人述法报告\n2023年，我严格履行推进法治建设第一责任人职责，现将个人履职情况报告如下：\n一、履职基本情况\n正文。\n',
    kind: 'shufa',
  },
  {
    name: 'no title or lead-in: a 述法 opening at 一、履职情况 shows its subject in its headings (四个亲自, 第一责任人职责)',
    text: '一、履职情况\n（一）强化法治建设主体责任，落实“四个亲自”工作机制\n主持召开专题会议4次。\n（二）严格履行法治建设第一责任人职责\n制定责任清单27条。\n二、存在问题\n正文。\n',
    kind: 'shufa',
  },
  {
    name: 'no title: 履行党建第一责任人职责 is a 抓党建 述职, not a 述法',
    text: '一、履行党建第一责任人职责情况\n我始终坚持书记抓、抓书记的党建工作责任制，履行负总责、带好头的职责。\n二、存在的主要问题和原因分析\n正文。\n',
    kind: 'shuzhi',
  },
  {
    name: 'a lead-in citing the annual-report system beats its own 总结如下',
    text: '根据《全面深化法治领域改革纲要（2023—2027年）》提出“实行法治建设年度报告制度”，街道全面深入开展法治政府建设。现对2023年所做工作总结如下：\n一、推进法治建设的主要举措和突出成效\n正文。\n',
    kind: 'fazhi-zhengfu',
  },
  {
    name: 'no title: a top-level heading that names a report (一、2023年工作总结) names the kind',
    text: '2023年，在县委、县政府的坚强领导下，县司法局各项工作取得了新进展新成效。\n一、2023年工作总结\n1.系统谋划县域法治建设。正文。\n',
    kind: 'gongzuo-zongjie',
  },
  {
    name: 'a 述职 mentioned in passing (年终述职核心内容) in the body does not outweigh the lead-in’s subject 法治政府建设',
    text: '市委、市政府：\n2025年以来，我委紧扣法治政府建设总体目标，系统推进各项工作。现将本年度工作情况报告如下：\n一、工作完成情况\n（一）压实组织领导，筑牢法治建设根基\n将法治建设纳入领导干部年终述职核心内容。\n',
    kind: 'fazhi-zhengfu',
  },
  {
    name: 'a 述职 at a workers’ congress: 述职 and 干部评议 in the opening',
    text: '各位代表：\n此次职代会我代表院党政班子所做的工作报告，基本上体现了班子和我本人过去一年所做的主要工作，也标志着对医院今后工作的述职。\n职代会前，通过院工会组织的对院行政干部评议，看到职工群众对我本人工作给予了充分肯定。\n',
    kind: 'shuzhi',
  },
  {
    name: 'a government work report: 总书记亲自部署 is no 述法 subject',
    text: '各位代表：\n现在，我代表自治区人民政府，向大会报告工作，请予审议。\n一、2025年工作回顾\n习近平总书记亲自部署、亲自推动的重大工程顺利推进。\n二、2026年工作安排\n正文。\n',
    kind: 'generic',
  },
  {
    name: 'one subject word is no kind: generic',
    text: '2025年，我局认真履职，各项工作取得新成效。\n一、经济发展\n正文。\n二、民生改善\n正文。\n',
    kind: 'generic',
  },
];

describe('profile detection on real report shapes', () => {
  for (const c of cases) it(`${c.name} → ${c.kind}`, () => assert.equal(kindOf(c.text), c.kind));

  it('every built-in profile pattern is accepted by the safe-pattern check (a rejected one never matches)', () => {
    for (const p of builtinProfiles) {
      const all = [...p.recognise.title, ...p.recognise.leadIn, ...(p.recognise.topic ?? []), ...p.parts.flatMap((x) => [...x.headings, ...(x.content ?? [])])];
      for (const source of all) assert.ok(profilePattern(source), `${p.id}: ${source}`);
    }
  });

  it('every built-in profile says whether its order is fixed, with a source', () => {
    for (const p of builtinProfiles.filter((x) => x.parts.length > 0)) {
      assert.ok(p.order && p.order.source.length > 0, p.id);
      for (const id of p.order.fixed) assert.ok(p.parts.some((x) => x.id === id), `${p.id}: ${id}`);
    }
  });
});
