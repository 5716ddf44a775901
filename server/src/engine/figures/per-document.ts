// A value computed once per document and profile (the figure rules share them in one analysis).
import type { ProfileData, ReportDocument } from '../types';

export function perDocument<T>(compute: (doc: ReportDocument, profile: ProfileData) => T): (doc: ReportDocument, profile: ProfileData) => T {
  const cache = new WeakMap<ReportDocument, WeakMap<ProfileData, T>>();
  return (doc, profile) => {
    let byProfile = cache.get(doc);
    if (!byProfile) cache.set(doc, (byProfile = new WeakMap()));
    let value = byProfile.get(profile);
    if (value === undefined) {
      value = compute(doc, profile);
      byProfile.set(profile, value);
    }
    return value;
  };
}
