// Clause-level helpers for attribution frames: where content ends, which stretches are mere
// adjuncts ("on Tuesday", "in a statement"), and where a quotation sits before a cue.
import type { Span } from './types';
import type { Token } from './tokens';
import { isCapitalised } from './tokens';
import { coarse } from './pos';

export const WEEKDAYS: ReadonlySet<string> = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);
export const TIME_WORDS = new Set([...WEEKDAYS, 'today', 'yesterday', 'tonight', 'earlier', 'later', 'recently', 'previously', 'last', 'this', 'week', 'month', 'year', 'night', 'morning', 'afternoon', 'evening', 'repeatedly', 'often', 'once', 'again', 'publicly', 'privately', 'separately', 'then', 'now']);
export const DASHES = new Set(['--', '—', '–', '(', ')']);
const VENUES = new Set(['statement', 'interview', 'speech', 'release', 'conference', 'briefing', 'tweet', 'post', 'email', 'letter', 'anonymity', 'radio', 'television', 'rally', 'debate']);

/** Sentence-level inputs shared by the frame builders. */
export interface SentenceCtx {
  text: string;
  toks: Token[];
  inQuote: (i: number) => boolean;
}

/** Index of the last token that carries content (drops final . ! ? outside quotes). */
export function contentEnd(toks: Token[]): number {
  let e = toks.length - 1;
  // A wire credit closing the sentence ("… said.--AFP", "(Reuters)") is not content.
  if (e >= 1 && /^\p{Lu}{2,}$/u.test(toks[e]?.text ?? '') && (DASHES.has(toks[e - 1]?.text ?? '') || toks[e - 1]?.text === '-')) e -= 2;
  else if (e >= 2 && toks[e]?.text === ')' && /^\p{Lu}{2,}$/u.test(toks[e - 1]?.text ?? '') && toks[e - 2]?.text === '(') e -= 3;
  while (e >= 0 && /^[.!?;:]$|^\.{2,}$/.test(toks[e]?.text ?? '')) e--;
  return e;
}

// "that night", "that day": a time, not a that-clause.
const TIME_THAT = /^(?:night|day|morning|afternoon|evening|week|month|year|time)$/;

/** Is the stretch a mere adjunct ("on Tuesday", "in a statement", "in an interview with CNN")? */
export function isAdjunct(toks: Token[], from: number, to: number): boolean {
  if (from > to) return true;
  const f0 = toks[from];
  // "said Monday on Radio Four's “Today.”": a titled venue may carry quotation marks.
  const venueLead = !!f0 && (/^(?:on|in|at|during)$/.test(f0.lower) || TIME_WORDS.has(f0.lower));
  if (to - from > (venueLead ? 12 : 9)) return false;
  for (let i = from; i <= to; i++) {
    const t = toks[i];
    if (!t) continue;
    const timeThat = t.lower === 'that' && TIME_THAT.test(toks[i + 1]?.lower ?? '');
    if ((t.kind === 'quote' && !venueLead) || (t.lower === 'that' && !timeThat) || t.lower === ':') return false;
    if (coarse(t) === 'verb' && !TIME_WORDS.has(t.lower)) return false;
  }
  const f = toks[from];
  if (!f) return true;
  let venue = false;
  for (let i = from; i <= to; i++) if (VENUES.has(toks[i]?.lower ?? '')) venue = true;
  if (venue && to - from <= 5 && /^(?:in|on|at|during|via|through)$/.test(toks[from]?.lower ?? '')) return true;
  return coarse(f) === 'prep' || TIME_WORDS.has(f.lower) || f.lower === ',' || coarse(f) === 'adv' || (f.lower === 'that' && TIME_THAT.test(toks[from + 1]?.lower ?? ''));
}

/** Where forward content stops at a dash: a lone spaced dash ends it ("… next month -- one of
 * the biggest …"); paired dashes or brackets enclose an aside inside it. A hyphen inside a word
 * ("U.S.-born", "62%-32%") is neither. */
export function dashCut(toks: Token[], from: number, to: number, inQuote: (i: number) => boolean): number {
  for (let k = from + 1; k <= to; k++) {
    const t = toks[k];
    if (!t || inQuote(k) || !(DASHES.has(t.text) || t.text === '-')) continue;
    const bracket = t.text === '(' || t.text === ')';
    if (!bracket && t.start === toks[k - 1]?.end) continue;
    const close = t.text === '(' ? ')' : t.text;
    let m = k + 1;
    while (m <= to && toks[m]?.text !== close) m++;
    if (m <= to && t.text !== ')') { k = m; continue; }
    return k - 1;
  }
  return to;
}

/** Token-range to character span. */
export function span(toks: Token[], a: number, b: number): Span | null {
  const s = toks[a];
  const e = toks[b];
  return s && e && a <= b ? [s.start, e.end] : null;
}

/** Start of the clause subject at or after `floor`, skipping an introductory phrase. */
export function subjectStart(toks: Token[], floor: number, limit: number): number {
  let s = floor;
  const f = toks[s];
  if (f && (coarse(f) === 'prep' || coarse(f) === 'adv' || f.lower === 'but' || f.lower === 'and' || f.lower === 'so')) {
    let k = s + 1;
    while (k < limit && k - s < 12 && toks[k]?.lower !== ',') k++;
    s = toks[k]?.lower === ',' && k < limit ? k + 1 : s + (f.lower === 'but' || f.lower === 'and' || f.lower === 'so' ? 1 : 0);
  }
  return s;
}

/** Pronouns that the adverb skipper must not step over. */
export function isPronounLike(t: Token | undefined): boolean {
  return !!t && /^(?:he|she|it|they|we|i|who)$/.test(t.lower);
}

/** The closed quotation tokens [open, close] ending before token `before`, if the stretch
 * between them is quote-free (a "“…,” X said" layout). */
export function quoteBefore(ctx: SentenceCtx, from: number, before: number): [number, number] | null {
  const { toks } = ctx;
  let close = -1;
  for (let k = before - 1; k >= from; k--) {
    const t = toks[k];
    if (!t) break;
    if (t.kind === 'quote' && ctx.inQuote(k)) { close = k; break; }
  }
  if (close < 0) return null;
  let open = close - 1;
  while (open >= from && !(toks[open]?.kind === 'quote' && ctx.inQuote(open) && (open === from || !ctx.inQuote(open - 1) || toks[open - 1]?.kind === 'quote'))) open--;
  if (open < from) return null;
  // The stretch between the closing quote and the cue must be a noun phrase, not a clause.
  for (let k = close + 1; k < before; k++) {
    const t = toks[k];
    if (t && !isCapitalised(t) && coarse(t) === 'verb' && !/(?:ed|ing)$/.test(t.lower) && t.lower !== 'is' && t.lower !== 'was') return null;
  }
  return [open, close];
}

