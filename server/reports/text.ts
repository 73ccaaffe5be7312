// Text safety for the report formats: whatever a source name, claim or rationale holds
// (article text is untrusted input), it comes out as inert text in every format.

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for HTML element content and attribute values. */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]!);
}

/**
 * Escapes text for Markdown: every character that can start inline markup (links, images,
 * emphasis, code, tables, raw HTML) is backslash-escaped, < > & become entities so no
 * renderer sees a tag, and a value that would start a heading, list or quote block is
 * escaped at its start. Line breaks become spaces (one paragraph per value).
 */
export function escapeMarkdown(s: string): string {
  return s
    .replace(/\r?\n|\r/g, ' ')
    .replace(/[\\`*_{}[\]()#!|~]/g, '\\$&')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/^(\s*)([-+=])/, '$1\\$2')
    .replace(/^(\s*\d+)([.)])/, '$1\\$2');
}

// A spreadsheet reads a cell starting with one of these as a formula (CSV injection).
const FORMULA_START = /^[=+\-@\t\r]/;

/** Neutralises a CSV cell a spreadsheet would read as a formula, by prefixing an apostrophe. */
export function neutraliseCell(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** Shortens `s` to at most `max` characters at a word boundary, ending with an ellipsis. */
export function truncateAtWord(s: string, max: number): string {
  const text = s.replace(/\s+/g, ' ').trim();
  if (text.length <= max) return text;
  const room = text.slice(0, max - 1);
  const cut = room.lastIndexOf(' ');
  const head = (cut > max / 3 ? room.slice(0, cut) : room).replace(/[\s,;:.\-–—]+$/, '');
  return `${head}…`;
}

/** A date as "26 November 2026" (UTC), the way a newsroom writes it. */
export function longDate(d: Date | string): string {
  const date = typeof d === 'string' ? new Date(`${d}T00:00:00Z`) : d;
  return date.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}

/** A timestamp as "26 November 2026, 14:05 UTC". */
export function longDateTime(d: Date): string {
  const time = d.toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit', timeZone: 'UTC' });
  return `${longDate(d)}, ${time} UTC`;
}
