// Quotation spans. Quotes are found per paragraph because news style leaves a multi-paragraph
// quote unclosed at the end of every paragraph but the last; an unclosed quote therefore runs
// to the end of its paragraph instead of swallowing the article.
import type { Span } from './types';

/** A quotation, marks included, plus whether it was closed inside its paragraph. */
export interface Quote {
  span: Span;
  closed: boolean;
}

/** True when position i is at a word boundary on the left (start, space, bracket, dash). */
function openerContext(text: string, i: number): boolean {
  if (i === 0) return true;
  return /[\s([{\-—–:;,/]/.test(text.charAt(i - 1));
}

/** Find quotations inside one paragraph span. */
export function findQuotesIn(text: string, para: Span): Quote[] {
  const out: Quote[] = [];
  const [ps, pe] = para;
  let open = -1;
  let openCh = '';
  // Mixed styles (“…") happen; a straight mark closes a curly opener only when no curly
  // closer follows in the paragraph. One backward scan of this paragraph only (lastIndexOf
  // would run on to the text start when there is none: quadratic over many paragraphs).
  let lastCurlyClose = -1;
  for (let k = pe - 1; k >= ps; k--) if (text.charCodeAt(k) === 0x201d) { lastCurlyClose = k; break; }
  for (let i = ps; i < pe; i++) {
    let ch = text.charAt(i);
    // NYT style writes straight double quotes as two apostrophes ('').
    let width = 1;
    if (ch === "'" && text.charAt(i + 1) === "'") { ch = '"'; width = 2; }
    if (open < 0) {
      if (ch === '“' || ch === '«' || (ch === '"' && openerContext(text, i))) { open = i; openCh = ch; i += width - 1; }
      else if (ch === '‘' && openerContext(text, i)) { open = i; openCh = ch; }
      continue;
    }
    const closes =
      (openCh === '“' && (ch === '”' || (ch === '"' && lastCurlyClose < i))) ||
      (openCh === '«' && ch === '»') ||
      (openCh === '"' && ch === '"') ||
      (openCh === '‘' && ch === '’' && !/\p{L}/u.test(text.charAt(i + 1)));
    if (closes) {
      out.push({ span: [open, i + width], closed: true });
      open = -1;
    } else if (openCh === '“' && ch === '“') {
      // A second opener before any closer: the first one was never closed.
      out.push({ span: [open, i], closed: false });
      open = i;
    }
    i += width - 1;
  }
  if (open >= 0) {
    let e = pe;
    while (e > open + 1 && /\s/.test(text.charAt(e - 1))) e--;
    // Single-quote openers that never close are usually apostrophes or scare marks: drop them.
    if (openCh !== '‘') out.push({ span: [open, e], closed: false });
  }
  return out;
}

/** Find quotations across paragraphs. */
export function findQuotes(text: string, paragraphs: Span[]): Quote[] {
  const out: Quote[] = [];
  for (const p of paragraphs) for (const q of findQuotesIn(text, p)) out.push(q);
  return out;
}

/** Build a per-character lookup: index of the quote covering each position, or -1. */
export function quoteIndex(length: number, quotes: Quote[]): Int32Array {
  const idx = new Int32Array(length).fill(-1);
  quotes.forEach((q, k) => idx.fill(k, q.span[0], q.span[1]));
  return idx;
}
