// The report's year: front matter `year:`, else a year in the title (2022年 / 2022年度).
import type { ReportDocument } from './types';

export function reportYear(doc: ReportDocument): number | null {
  if (doc.frontMatter?.year) return doc.frontMatter.year;
  const m = /(?:^|[^0-9])((?:19|20)[0-9]{2})\s*年/.exec(doc.title?.text ?? '');
  return m ? Number(m[1]) : null;
}
