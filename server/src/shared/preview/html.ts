// HTML escaping for the preview: every piece of the report reaches the page through these.

const TEXT: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for element content and for quoted attribute values alike. */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => TEXT[c]);
}

/** `name="value"` pairs, values escaped; undefined values are left out. */
export function attrs(pairs: Record<string, string | number | undefined>): string {
  let out = '';
  for (const [k, v] of Object.entries(pairs)) {
    if (v === undefined) continue;
    out += ` ${k}="${escapeHtml(String(v))}"`;
  }
  return out;
}
