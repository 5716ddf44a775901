// Whether a text looks like a report, for editors to say so when it is open where it is not
// checked (issue 12: no silent pass). A profile recognised from its title or lead-in, unfilled
// placeholders in Chinese text, or two or more numbered top-level parts (一、 二、) are each enough.
import { parseReport } from './parse/document';
import { builtinProfiles } from './profiles/builtin';
import { recogniseProfile } from './profiles/select';
import { findPlaceholders } from './text/placeholders';

/** Only the start is read: a report shows what it is in its first pages; a huge log stays cheap. */
const LIKENESS_PREFIX = 20_000;

export interface ReportLikeness {
  /** The kind recognised (its Chinese name), when one is. */
  profile?: string;
  placeholders: number;
  numberedParts: number;
}

/** Why `text` looks like a report, or null when it does not. */
export function reportLikeness(text: string): ReportLikeness | null {
  const doc = parseReport(text.slice(0, LIKENESS_PREFIX));
  const profile = recogniseProfile(doc, [...builtinProfiles]);
  const placeholders = findPlaceholders(doc.prose).length;
  const numberedParts = doc.sections.filter((s) => s.heading.number !== null && s.heading.style === 'cn-comma').length;
  // A TODO in an English note is no report: placeholders count in Chinese text only.
  const chinese = /[\u4e00-\u9fff]/.test(doc.prose);
  if (!profile && numberedParts < 2 && !(placeholders > 0 && chinese)) return null;
  return { ...(profile ? { profile: profile.name } : {}), placeholders, numberedParts };
}
