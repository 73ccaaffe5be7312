// Sentence splitter with character offsets. natural's SentenceTokenizer is quadratic on big
// strings, splits "U.S."/"Gen."/"Jan. 5", ignores newlines and breaks inside quotes; this is a
// single linear scan that fixes all four.
import type { Span } from './types';
import { firstChar } from './tokens';

// Words that end with a period without ending a sentence (lower-cased, without the period).
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sr', 'jr', 'st', 'gen', 'maj', 'col', 'lt', 'capt', 'cpt', 'sgt',
  'cpl', 'pvt', 'adm', 'cmdr', 'gov', 'sen', 'rep', 'reps', 'sens', 'rev', 'hon', 'pres', 'supt', 'insp',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'no', 'nos', 'vol', 'vs', 'v', 'etc', 'inc', 'corp', 'co', 'ltd', 'bros', 'dept', 'univ', 'assn',
  'approx', 'est', 'fig', 'al', 'ft', 'mt', 'ave', 'blvd', 'rd', 'calif', 'fla', 'mass', 'conn', 'penn',
  'ill', 'ariz', 'colo', 'ga', 'va', 'wash', 'md', 'mich', 'minn', 'wis', 'ore', 'nev', 'tenn', 'ky',
  'la', 'okla', 'ala', 'miss', 'mo', 'ark', 'kan', 'neb', 'del', 'pa', 'tex', 'n.y', 'd.c',
]);
// Abbreviations that may legitimately end a sentence only when the next word is lower-case
// anyway; for these we never split (titles are always followed by a name).
const TITLE_ABBREVIATIONS = new Set(['mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'maj', 'col', 'lt', 'capt',
  'sgt', 'adm', 'gov', 'sen', 'rep', 'rev', 'hon', 'st', 'no', 'vs', 'v', 'cpl', 'pvt', 'cmdr', 'supt']);

const SPEECH_AFTER_QUOTE = /^\s+[^.!?"“”\n]{0,45}?\b(?:said|says|asked|asks|added|adds|told|tells|wrote|writes|replied|explained|continued|tweeted|recalled|noted|insisted|shouted|declared)\b/;
const OPEN_QUOTE = '“';
const CLOSE_QUOTE = '”';
// A quote longer than this without closing is treated as unbalanced so one stray mark cannot
// glue a whole article into one sentence.
const MAX_QUOTE_SENTENCE = 1500;

/** The word (letters and dots) that ends just before position i, lower-cased. */
function wordBefore(text: string, i: number): string {
  let j = i;
  while (j > 0 && j > i - 12 && /[\p{L}.]/u.test(text.charAt(j - 1))) j--;
  return text.slice(j, i).toLowerCase();
}

/** Is the period at position i part of an abbreviation or initial rather than a full stop? */
function isAbbreviationPeriod(text: string, i: number, next: string): boolean {
  const w = wordBefore(text, i);
  if (w.length === 0) return false;
  const bare = w.replace(/^\.+/, '');
  if (TITLE_ABBREVIATIONS.has(bare)) return true;
  // "U.S." / "D.C." are sentence-final only when followed by a capitalised function word.
  if (/^(?:\p{L}\.)+\p{L}$/u.test(bare)) return !/^(?:The|A|An|In|On|He|She|It|They|But|And|We|I|This|That|There|Its|His|Her)\b/.test(next);
  if (w.length === 1 && /\p{Lu}/u.test(text.charAt(i - 1)) && !/[\p{L}]/u.test(text.charAt(i - 2))) return true; // initial: "George W. Bush"
  if (ABBREVIATIONS.has(bare)) return !/^(?:The|He|She|It|They|But|We|I|This)\b/.test(next);
  return false;
}

/** Split text into sentence spans (UTF-16, end-exclusive, trimmed of surrounding space). */
export function splitSentences(text: string): Span[] {
  const out: Span[] = [];
  const n = text.length;
  let start = 0;
  let inCurly = false;
  let inStraight = false;
  let quoteStart = 0;
  const push = (s: number, e: number): void => {
    while (s < e && /\s/.test(text.charAt(s))) s++;
    while (e > s && /\s/.test(text.charAt(e - 1))) e--;
    if (e > s) out.push([s, e]);
  };
  for (let i = 0; i < n; i++) {
    const ch = text.charAt(i);
    if (ch === '\n' || ch === '\r') {
      push(start, i);
      start = i + 1;
      inCurly = inStraight = false;
      continue;
    }
    if (ch === OPEN_QUOTE) { inCurly = true; quoteStart = i; continue; }
    if (ch === CLOSE_QUOTE) { inCurly = false; continue; }
    if (ch === '"' || (ch === "'" && text.charAt(i + 1) === "'")) {
      if (ch === "'") i++;
      inStraight = !inStraight;
      if (inStraight) quoteStart = i;
      continue;
    }
    if (ch !== '.' && ch !== '!' && ch !== '?' && ch !== '…') continue;
    // Extend over a run of terminators ("?!", "...") and closing quotes/brackets.
    let j = i + 1;
    while (j < n && /[.!?…]/.test(text.charAt(j))) j++;
    const isEllipsis = j - i > 1 || ch === '…';
    let k = j;
    while (k < n && /[”"'’)\]]/.test(text.charAt(k))) {
      if (text.charAt(k) === '”') inCurly = false;
      if (text.charAt(k) === '"' || text.charAt(k) === "'") inStraight = false;
      k++;
    }
    if (k >= n || !/[ \t\u00a0]/.test(text.charAt(k))) { i = k - 1; continue; }
    // '"Why is he blaming me?" the mayor asked.': a quotation ending in ?/!/. stays with the
    // attribution that follows it.
    if (k > j && ch !== '.' && /["”']/.test(text.charAt(k - 1)) && SPEECH_AFTER_QUOTE.test(text.slice(k, k + 60))) { i = k - 1; continue; }
    let m = k;
    while (m < n && /[ \t\u00a0]/.test(text.charAt(m))) m++;
    const next = text.slice(m, m + 12);
    const nextCh = firstChar(next);
    // A sentence must start with a capital, digit, quote or bracket.
    if (!/[\p{Lu}\p{N}"“‘'([]/u.test(nextCh)) { i = k - 1; continue; }
    if (ch === '.' && !isEllipsis && isAbbreviationPeriod(text, i, next)) { i = k - 1; continue; }
    if (isEllipsis && !/\p{Lu}/u.test(nextCh)) { i = k - 1; continue; }
    if ((inCurly || inStraight) && i - quoteStart < MAX_QUOTE_SENTENCE) { i = k - 1; continue; }
    inCurly = inStraight = false;
    push(start, k);
    start = k;
    i = k - 1;
  }
  push(start, n);
  return out;
}

/** Paragraph spans: text separated by newlines (blank or not), trimmed. */
export function splitParagraphs(text: string): Span[] {
  const out: Span[] = [];
  let s = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || text.charAt(i) === '\n') {
      let a = s;
      let b = i;
      while (a < b && /\s/.test(text.charAt(a))) a++;
      while (b > a && /\s/.test(text.charAt(b - 1))) b--;
      if (b > a) out.push([a, b]);
      s = i + 1;
    }
  }
  return out;
}
