// Tokenizer with character offsets. natural's tokenizers return strings only, and recovering
// offsets with indexOf is fragile on repeated words; one sticky regex pass is linear and exact.
import type { Span } from './types';

export type TokenKind = 'word' | 'num' | 'punct' | 'quote';

/** One token with UTF-16 offsets into the original text. */
export interface Token {
  start: number;
  end: number;
  text: string;
  /** Lower-cased text with curly apostrophes normalised, for lexicon look-ups. */
  lower: string;
  kind: TokenKind;
}

// Order matters: abbreviations like "U.S." before words, numbers before words, then
// possessive "'s" split off (so "Iraq's" gives a clean head noun), dashes, ellipses, quotes.
const TOKEN_RE = new RegExp(
  [
    '(?:\\p{L}\\.){2,}', // U.S. / e.g. / D.C.
    '\\p{N}+(?:[.,:/]\\p{N}+)*(?:\\p{L}+)?(?:-[\\p{L}\\p{N}]+)*', // 2,500 / 3.5 / 40th / 9/11 / 8-point
    "[\\p{L}\\p{M}\\p{N}_]+(?:(?:[-&]|['’](?![sS](?![\\p{L}])))[\\p{L}\\p{M}\\p{N}_]+)*",
    "['’][sS](?![\\p{L}])",
    '-{2,}|—|–',
    '\\.{2,}|…',
    "''",
    '["“”‘’\'«»]',
    '\\S',
  ].join('|'),
  'gu',
);

const QUOTE_CHARS = new Set(['"', '“', '”', '‘', '’', "'", '«', '»', "''"]);

/** Classify a token's surface form. */
function kindOf(text: string): TokenKind {
  if (QUOTE_CHARS.has(text)) return 'quote';
  const c = text.codePointAt(0) ?? 0;
  if (c >= 48 && c <= 57) return 'num';
  return /[\p{L}\p{N}]/u.test(text) ? 'word' : 'punct';
}

/** Tokenize text[start, end) into tokens whose offsets index the full text. */
export function tokenize(text: string, span: Span = [0, text.length]): Token[] {
  const out: Token[] = [];
  const re = new RegExp(TOKEN_RE.source, TOKEN_RE.flags);
  re.lastIndex = span[0];
  const limit = span[1];
  for (;;) {
    const m = re.exec(text);
    if (!m || m.index >= limit) break;
    let t = m[0];
    if (m.index + t.length > limit) t = t.slice(0, limit - m.index);
    if (t.length === 0) break;
    out.push({ start: m.index, end: m.index + t.length, text: t, lower: t.toLowerCase().replace(/’/g, "'"), kind: kindOf(t) });
  }
  return out;
}

/** The first code point of a string as a string (never half a surrogate pair). */
export function firstChar(s: string): string {
  const c = s.codePointAt(0);
  return c === undefined ? '' : String.fromCodePoint(c);
}

// By Unicode category, not case mapping: capitals with no lower-case partner (mathematical
// bold letters outside the BMP) are still capitals.
const UPPER = /^[\p{Lu}\p{Lt}]/u;

/** True when the token starts with an upper-case letter. */
export function isCapitalised(tok: Token | undefined): boolean {
  return !!tok && UPPER.test(tok.text);
}

/** True when the string starts with an upper-case letter (see isCapitalised). */
export function startsUpper(s: string): boolean {
  return UPPER.test(s);
}
