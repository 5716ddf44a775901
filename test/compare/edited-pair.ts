// Last year's report and this year's, built from a real report (test/fixtures/reports/
// shufa-2022-filled.txt, the sample with its slots filled): this year's copy rewrites two practice
// paragraphs and the plans, keeps the problems part word for word, keeps some figures, changes
// others (one against the text's 增长), and keeps a copied sentence with last year's year.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { root } from '../helpers/paths';

export const realReport = readFileSync(join(root, 'test', 'fixtures', 'reports', 'shufa-2022-filled.txt'), 'utf8');

/** A sentence with its year, added to last year's fourth practice paragraph and copied this year. */
export const yearSentence = '2022年，镇党委先后召开专题会议研究法治建设重点工作，推动各项任务落地见效。';

const NEW_PRACTICE_1 =
  '一是压实领导责任，健全工作机制。调整充实镇全面依法治镇委员会，明确各站所主要负责人为本单位法治建设第一责任人，建立月调度、季通报工作制度，把法治建设成效纳入年度绩效考核，考核结果与评先评优直接挂钩。';
const NEW_PRACTICE_3 =
  '三是规范执法行为，提升执法质效。全面落实行政执法公示、执法全过程记录、重大执法决定法制审核制度，组织执法人员参加省级执法资格考试，开展执法案卷评查，对发现的文书不规范、程序不完整等问题逐一整改销号。';
const NEW_PLANS = [
  '一是深化镇村两级合法性审查，推动村规民约修订全覆盖，确保重大事项决策程序合法。',
  '二是健全矛盾纠纷多元化解机制，建强人民调解组织，推动基层治理重心下移、力量下沉。',
  '三是加强执法队伍培训考核，完善执法监督评议制度，提升综合行政执法规范化水平。',
];

/** Last year's report: the real report, plus one sentence with its year in the fourth practice paragraph. */
export function lastYearReport(): string {
  const lines = realReport.split('\n');
  lines[5] = `${lines[5]}${yearSentence}`;
  return lines.join('\n');
}

export function thisYearReport(): string {
  const lines = lastYearReport().split('\n');
  lines[0] = lines[0].replace('2022年以来', '2023年以来');
  lines[2] = NEW_PRACTICE_1;
  lines[3] = lines[3].replace('286项', '301项');
  lines[4] = NEW_PRACTICE_3;
  lines[5] = lines[5].replace('有效处置各类矛盾纠纷213件', '有效处置各类矛盾纠纷190件，同比增长10%').replace('信访事项46件', '信访事项52件，较上年有所增加');
  lines.splice(9, 3, ...NEW_PLANS);
  return lines.join('\n');
}
