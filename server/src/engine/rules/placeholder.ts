// placeholder: template slots left unfilled (*次, **件, ***户, *街道, *余次, 近_公里, ×××, XX镇, 20XX年,
// 21.X%, X个月, __, 某某, 〇〇, 【待补充】, TODO), and empty slots with no mark (信访 件。, 2件，件案件);
// in plain text `*…*` is never emphasis.
import type { Rule, Span } from '../types';
import { scanByLine, shiftCandidate } from '../line-scan';
import type { Candidate } from '../packs/finding-sink';
import { findEmptySlotsIn } from '../text/empty-slots';
import { FIGURE_AFTER, findPlaceholdersIn, NAME_AFTER } from '../text/placeholders';

export const placeholder: Rule = {
  id: 'placeholder',
  description: 'An unfilled template placeholder (*次, **件, ×××, XX镇, 20XX年, 【待补充】…).',
  defaultSeverity: 'warning',
  docs: {
    zh: '未填写的占位符（*次、**件、XX、×××）。',
    finds: 'unfilled template slots: empty slots with no mark (`信访 件。`, `2件，件案件`), `*次`, `**件`, `***户`, `***%`, `*余次`, `*街道`, `近_公里`, `20XX年`, `XX镇`, `21.X%`, `X个月`, `×××`, `__`, `某某`, `〇〇`, `【待补充】`, `TODO` — never Markdown emphasis such as `**重点**` (in .txt files `*…*` is never emphasis), footnote marks (`数据*。`) or masked names (王某某, 张××)',
  },
  check({ analysis, doc, format, report }) {
    // A slot lies in one line and reads one character before it; its message quotes the source.
    const [found] = scanByLine<Candidate>(analysis, {
      stage: `placeholder|${format}`,
      scan: (from, to) => [
        [
          ...findPlaceholdersIn(doc.prose, from, to, format, analysis.positions).map((p) => ({ message: messageFor(doc.text, p), span: p })),
          ...findEmptySlotsIn(doc.prose, from, to).map((e) => ({
            message: `“${e.unit}”前缺少数字（“${around(doc.text, e.span)}”）：请补上实际数字后再提交。`,
            span: e.span,
          })),
        ].sort((a, b) => a.span.start - b.span.start),
      ],
      start: (c) => c.span.start,
      shift: shiftCandidate,
    });
    for (const c of found) report(c);
  },
};

/** Units that take two characters after a slot (*余次, **多家, _公里, *平方米). */
const TWO_CHAR_UNIT = /^(?:[余多][^\s，。；、：,.;:！？!?（）()“”]|公里|公顷|公斤|平方|立方|小时|个月|季度)/;

function messageFor(text: string, p: Span): string {
  const slot = text.slice(p.start, p.end);
  const next = text.slice(p.end, p.end + 2);
  // Quote the slot with what follows it (“**件”, “*余次”, “*街道”), which is how the writer sees it.
  if (NAME_AFTER.test(next)) {
    const name = /^街道|^社区|^同志|^./.exec(next)?.[0] ?? '';
    return `未填写的占位符“${slot}${name}”：请把“${slot}”替换为实际名称后再提交。`;
  }
  // 公/平/立/小 begin a unit only as 公里, 平方米, 立方米, 小时 (_小学, *公司 name something).
  if (FIGURE_AFTER.test(next) && (!'公平立小'.includes(next[0]) || TWO_CHAR_UNIT.test(next))) {
    const unit = TWO_CHAR_UNIT.exec(next)?.[0] ?? next[0];
    return `未填写的占位符“${slot}${unit}”：请把“${slot}”替换为实际数字后再提交。`;
  }
  if (/[0-9０-９]$/.test(text.slice(Math.max(0, p.start - 1), p.start))) return `未填写的占位符“${slot}”：请把“${slot}”替换为实际数字后再提交。`;
  return `未填写的占位符“${slot}”：请填入实际内容后再提交。`;
}

/** A few characters either side of an empty slot, within its line: how the writer finds it. */
function around(text: string, s: Span): string {
  return text.slice(Math.max(0, s.start - 4), s.end + 2).split(/[\r\n]/).find((part) => part.includes(text.slice(s.start, s.end).trim())) ?? '';
}
