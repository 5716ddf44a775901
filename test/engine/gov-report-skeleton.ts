// A 政府工作报告 in the shape of the provincial 2026 reports (github.com/johncodes404/
// china-provincial-gov-reports-2026): a review of the last year and of the five-year plan, the
// next plan's targets, this year's work. Headings are written as the reports write them;
// `plain` drops their numbers, as in 甘肃's report, where the parser keeps them as text lines.
export interface GovSkeleton {
  /** Body of 一、“十四五”时期和2025年工作回顾. */
  review?: string;
  /** Body of 二、“十五五”时期主要目标任务. */
  fiveYearPlan?: string;
  /** Body of 三、2026年重点工作. */
  plan?: string;
  reviewHeading?: string;
  planHeading?: string;
  plain?: boolean;
}

export function govReport({
  review = '过去一年，我们主要做了以下工作。',
  fiveYearPlan = '“十五五”时期是基本实现社会主义现代化夯实基础、全面发力的关键时期。',
  plan = '今年是“十五五”开局之年。',
  reviewHeading = '“十四五”时期和2025年工作回顾',
  planHeading = '2026年重点工作',
  plain = false,
}: GovSkeleton): string {
  const n = (k: string): string => (plain ? '' : k);
  return [
    '政府工作报告',
    '各位代表：',
    '现在，我代表省人民政府，向大会报告工作，请予审议。',
    `${n('一、')}${reviewHeading}`,
    review,
    `${n('二、')}“十五五”时期主要目标任务`,
    fiveYearPlan,
    `${n('三、')}${planHeading}`,
    plan,
    '',
  ].join('\n');
}
