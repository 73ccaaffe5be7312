// W3C Web Annotation selectors for claims. Offsets are UTF-16 code units (JavaScript
// string indices), end-exclusive. The quote selector lets a claim be found again by its
// words; anchorQuote is how a reviewer's typed quote becomes a span.
import { dict } from './dict';

export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix: string;
  suffix: string;
}

export interface TextPositionSelector {
  type: 'TextPositionSelector';
  start: number;
  end: number;
}

export interface QuoteAnchor {
  found: 'unique' | 'ambiguous' | 'absent';
  start?: number;
  end?: number;
  /** How many times the quote occurs in the text (before prefix/suffix narrow it down). */
  matches: number;
}

/** Context kept on each side of a quote, in code units (W3C suggests ~32 characters). */
export const CONTEXT_LENGTH = 32;

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/** Moves a cut at `i` forward off the middle of a surrogate pair. */
function safeStart(text: string, i: number): number {
  return i > 0 && isLow(text.charCodeAt(i)) && isHigh(text.charCodeAt(i - 1)) ? i + 1 : i;
}

/** Moves a cut at `i` back off the middle of a surrogate pair. */
function safeEnd(text: string, i: number): number {
  return i < text.length && isLow(text.charCodeAt(i)) && isHigh(text.charCodeAt(i - 1)) ? i - 1 : i;
}

/** The quote selector for [start, end) of `text`: the words plus up to 32 code units around them, never half a character. */
export function textQuoteSelector(text: string, start: number, end: number): TextQuoteSelector {
  if (!(Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start < end && end <= text.length)) {
    throw new RangeError(`span [${start}, ${end}) does not fit a text of length ${text.length}`);
  }
  return {
    type: 'TextQuoteSelector',
    exact: text.slice(start, end),
    prefix: text.slice(safeStart(text, Math.max(0, start - CONTEXT_LENGTH)), start),
    suffix: text.slice(end, safeEnd(text, Math.min(text.length, end + CONTEXT_LENGTH))),
  };
}

/** The position selector for [start, end). */
export function textPositionSelector(start: number, end: number): TextPositionSelector {
  return { type: 'TextPositionSelector', start, end };
}

const QUOTES = dict({
  '\u2018': "'", '\u2019': "'", '\u201a': "'", '\u201b': "'", '\u2032': "'",
  '\u201c': '"', '\u201d': '"', '\u201e': '"', '\u201f': '"', '\u2033': '"', '\u00ab': '"', '\u00bb': '"',
});

/** Text with curly quotes straightened and whitespace runs collapsed, and where each of its characters came from. */
function fold(text: string): { folded: string; origin: number[] } {
  let folded = '';
  const origin: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (/\s/.test(ch)) {
      if (folded.endsWith(' ')) continue;
      folded += ' ';
    } else {
      folded += QUOTES[ch] ?? ch;
    }
    origin.push(i);
  }
  return { folded, origin };
}

/** Context compared without spaces, so "said " and "said" agree. */
const squeeze = (s: string) => fold(s).folded.replace(/ /g, '');

/** How many characters of `context` agree with the text next to an occurrence (from the occurrence outwards). */
function agreement(context: string, near: string, backwards: boolean): number {
  const a = backwards ? [...context].reverse() : [...context];
  const b = backwards ? [...near].reverse() : [...near];
  let n = 0;
  while (n < a.length && a[n] === b[n]) n++;
  return n;
}

/** Finds `exact` in `text` ignoring whitespace and quote-style differences; prefix/suffix pick among repeats. */
export function anchorQuote(text: string, exact: string, prefix = '', suffix = ''): QuoteAnchor {
  const needle = fold(exact).folded.trim();
  if (!needle) return { found: 'absent', matches: 0 };
  const { folded, origin } = fold(text);
  const hits: number[] = [];
  for (let i = folded.indexOf(needle); i >= 0; i = folded.indexOf(needle, i + 1)) hits.push(i);
  if (hits.length === 0) return { found: 'absent', matches: 0 };

  let best = hits;
  if (hits.length > 1 && (prefix.trim() || suffix.trim())) {
    const [pre, suf] = [squeeze(prefix), squeeze(suffix)];
    const scores = hits.map((h) => {
      const before = folded.slice(Math.max(0, h - pre.length * 2), h).replace(/ /g, '');
      const after = folded.slice(h + needle.length, h + needle.length + suf.length * 2).replace(/ /g, '');
      return agreement(pre, before, true) + agreement(suf, after, false);
    });
    const top = Math.max(...scores);
    best = top > 0 ? hits.filter((_, i) => scores[i] === top) : hits;
  }
  if (best.length > 1) return { found: 'ambiguous', matches: hits.length };
  const at = best[0]!;
  return { found: 'unique', start: origin[at]!, end: origin[at + needle.length - 1]! + 1, matches: hits.length };
}
