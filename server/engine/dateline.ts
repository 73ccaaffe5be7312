// Datelines ("BAGHDAD (AFP) -", "CAIRO, Jan. 3 (UPI) —") open wire stories. They are
// never part of a source, so sentence processing starts after them.
import type { Span } from './types';

const DATELINE_RE = /^\p{Lu}[\p{Lu}\p{M} .'’-]{1,40}(?:,\s*[\p{L}.]+(?:\s+\d{1,2})?)?\s*(?:\([\p{L}. ]{1,24}\))?\s*(?:--|—|–|-)\s+/u;

/** Start of the sentence text after any dateline (the span's start when there is none). */
export function skipDateline(text: string, s: Span): number {
  const head = text.slice(s[0], Math.min(s[1], s[0] + 120));
  const m = DATELINE_RE.exec(head);
  // The capitalised run must be a real all-caps place name, not an ordinary first word.
  if (!m || !/^\p{Lu}{2,}/u.test(head)) return s[0];
  return s[0] + m[0].length;
}
