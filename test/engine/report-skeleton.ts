// A small 述法报告 around the text under test: title (gives the year), lead-in, the three parts.
export interface Skeleton {
  practice?: string;
  problems?: string;
  plans?: string;
  leadIn?: string;
  year?: number | null;
}

export function report({ practice = '开展工作。', problems = '法治宣传仍需加强。', plans = '继续加强学法用法。', leadIn, year = 2022 }: Skeleton): string {
  const title = year === null ? '述法报告' : `关于${year}年度履行推进法治建设第一责任人职责情况的报告`;
  const lead = leadIn ?? `${year ?? 2022}年以来，本人认真履职，现将本人履行推进法治建设第一责任人职责情况报告如下：`;
  return `${title}\n${lead}\n一、主要做法和取得成效\n${practice}\n二、存在的问题\n${problems}\n三、下一步打算\n${plans}\n`;
}
