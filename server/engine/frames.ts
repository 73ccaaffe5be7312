// Attribution frames within one sentence: for each cue, decide whether its content follows it
// ("X said that …"), precedes it ("…, X said." / "“…,” said X"), or surrounds an
// "according to X", then bound the source noun phrase and the content.
import type { Span } from './types';
import type { Token } from './tokens';
import type { CueHit } from './cues';
import { npLeft, npRight } from './phrases';
import { coarse } from './pos';

/** One attribution found in a sentence, as token ranges (inclusive) and content spans. */
export interface Frame {
  cue: CueHit;
  /** Source token range, or null when the sentence states none. */
  source: [number, number] | null;
  content: Span[];
  /** 'forward' (content after cue), 'backward' (content before), 'according' (according to X). */
  shape: 'forward' | 'backward' | 'according';
  /** True when the source was borrowed from a coordinated earlier cue ("X said … and added …"). */
  sharedSource?: boolean;
  /** Last token index this frame consumed (later cues start after it). */
  tokenEnd?: number;
}

const TELL = new Set(['told', 'tell', 'tells', 'telling', 'asked', 'asking', 'warned', 'assured', 'informed', 'reminded', 'briefed', 'promised', 'urged', 'convinced', 'notified']);
const TIME_WORDS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'yesterday', 'tonight', 'earlier', 'later', 'recently', 'previously', 'last', 'this', 'week', 'month', 'year', 'night', 'morning', 'afternoon', 'evening', 'repeatedly', 'often', 'once', 'again', 'publicly', 'privately', 'separately', 'then', 'now']);
const CLAUSE_SEP = new Set([',', 'and', 'but', ';', 'while', 'whereas', '--', '—', '–']);
const DASHES = new Set(['--', '—', '–', '(', ')']);
const VENUES = new Set(['statement', 'interview', 'speech', 'release', 'conference', 'briefing', 'tweet', 'post', 'email', 'letter', 'anonymity', 'radio', 'television', 'rally', 'debate']);
const CUT_AFTER_COMMA = new Set(['when', 'but', 'which', 'while', 'even', 'despite', 'whereas', 'where', 'yet']);
const RAISING = new Set(['seem', 'seems', 'seemed', 'appear', 'appears', 'appeared', 'expected', 'likely', 'poised', 'set']);

/** Sentence-level inputs shared by the frame builders. */
export interface SentenceCtx {
  text: string;
  toks: Token[];
  inQuote: (i: number) => boolean;
}

/** Index of the last token that carries content (drops final . ! ? outside quotes). */
function contentEnd(toks: Token[]): number {
  let e = toks.length - 1;
  while (e >= 0 && /^[.!?;:]$|^\.{2,}$/.test(toks[e]?.text ?? '')) e--;
  return e;
}

/** Is the stretch a mere adjunct ("on Tuesday", "in a statement", "in an interview with CNN")? */
function isAdjunct(toks: Token[], from: number, to: number): boolean {
  if (from > to) return true;
  if (to - from > 9) return false;
  for (let i = from; i <= to; i++) {
    const t = toks[i];
    if (!t) continue;
    if (t.kind === 'quote' || t.lower === 'that' || t.lower === ':') return false;
    if (coarse(t) === 'verb' && !TIME_WORDS.has(t.lower)) return false;
  }
  const f = toks[from];
  if (!f) return true;
  let venue = false;
  for (let i = from; i <= to; i++) if (VENUES.has(toks[i]?.lower ?? '')) venue = true;
  if (venue && to - from <= 5) return true;
  return coarse(f) === 'prep' || TIME_WORDS.has(f.lower) || f.lower === ',' || coarse(f) === 'adv';
}

/** Where forward content should stop: a clause boundary that starts a new statement. */
function clauseCut(toks: Token[], from: number, to: number, inQuote: (i: number) => boolean): number {
  for (let k = from + 1; k <= to; k++) {
    const t = toks[k];
    if (!t || inQuote(k)) continue;
    const n = toks[k + 1];
    if (t.lower === ';') return k - 1;
    if (DASHES.has(t.text) || t.text === '-') {
      // Paired dashes or brackets enclose an aside inside the content; a lone dash ends it.
      const close = t.text === '(' ? ')' : t.text;
      let m = k + 1;
      while (m <= to && toks[m]?.text !== close) m++;
      if (m <= to && t.text !== ')') { k = m; continue; }
      return k - 1;
    }
    if (t.lower === ',' && n && CUT_AFTER_COMMA.has(n.lower)) return k - 1;
  }
  return to;
}

/** Token-range to character span. */
function span(toks: Token[], a: number, b: number): Span | null {
  const s = toks[a];
  const e = toks[b];
  return s && e && a <= b ? [s.start, e.end] : null;
}

/** Start of the clause subject at or after `floor`, skipping an introductory phrase. */
function subjectStart(toks: Token[], floor: number, limit: number): number {
  let s = floor;
  const f = toks[s];
  if (f && (coarse(f) === 'prep' || coarse(f) === 'adv' || f.lower === 'but' || f.lower === 'and' || f.lower === 'so')) {
    let k = s + 1;
    while (k < limit && k - s < 12 && toks[k]?.lower !== ',') k++;
    s = toks[k]?.lower === ',' && k < limit ? k + 1 : s + (f.lower === 'but' || f.lower === 'and' || f.lower === 'so' ? 1 : 0);
  }
  return s;
}

/** Source NP to the left of the cue, handling appositives, adverbs, "who" and coordination. */
function sourceLeft(ctx: SentenceCtx, cue: CueHit, floor: number, simple = false): [number, number] | null {
  const { toks } = ctx;
  let end = cue.first - 1;
  // "X effectively acknowledged", "X, in particular, has slammed": step over adverbials.
  while (end >= floor && toks[end] && (coarse(toks[end] as Token) === 'adv' || /ly$/.test(toks[end]?.lower ?? '')) && !isPronounLike(toks[end])) end--;
  if (end < floor) return null;
  const before = toks[end];
  if (!before) return null;
  if (before.lower === ',' || DASHES.has(before.text)) {
    // Appositive: "NAME, the spokesman for X, said" or "NAME -- an alliance of … -- said".
    const sep = before.text;
    let k = end - 1;
    while (k > floor && toks[k]?.text !== sep && toks[k]?.text !== ',' && end - k < 30) k--;
    if (k > floor && (toks[k]?.text === sep || toks[k]?.text === ',')) {
      const name = npLeft(toks, k - 1, floor);
      const descStart = k + 1;
      const d = toks[descStart];
      if (name >= 0 && d && (coarse(d) === 'det' || coarse(d) === 'adj' || coarse(d) === 'noun' || coarse(d) === 'num' || coarse(d) === 'prep') && name <= subjectStart(toks, floor, end) + 1) return [name, end - 1];
    }
    if (simple || (floor > 0 && /ing$/.test(toks[cue.head]?.lower ?? ''))) return null;
    // Participial or long appositive: the sentence subject up to the comma.
    const s = subjectStart(toks, floor, end);
    const e = npRight(toks, s, end - 1);
    if (e >= 0 && end - s <= 45) return [s, e === end - 1 ? e : end - 1];
    return null;
  }
  if (before.lower === 'who' || before.lower === 'which' || before.lower === 'that') {
    let e2 = end - 1;
    if (toks[e2]?.lower === ',') e2--;
    const s2 = npLeft(toks, e2, floor);
    return s2 >= 0 ? [s2, e2] : null;
  }
  if ((before.lower === 'and' || before.lower === 'or') && !simple) {
    // Coordinated predicate: "X questioned A and criticized B". After an earlier cue the
    // caller shares that cue's source instead.
    if (floor > 0) return null;
    const s = subjectStart(toks, 0, end);
    const e = npRight(toks, s, end - 1);
    return e >= 0 ? [s, e] : null;
  }
  const s = npLeft(toks, end, floor);
  return s >= 0 ? [s, end] : null;
}

/** Pronouns that the adverb skipper must not step over. */
function isPronounLike(t: Token | undefined): boolean {
  return !!t && /^(?:he|she|it|they|we|i|who)$/.test(t.lower);
}

/** The closed quotation tokens [open, close] ending before token `before`, if the stretch
 * between them is quote-free (a "“…,” X said" layout). */
function quoteBefore(ctx: SentenceCtx, from: number, before: number): [number, number] | null {
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
    if (t && coarse(t) === 'verb' && !/(?:ed|ing)$/.test(t.lower) && t.lower !== 'is' && t.lower !== 'was') return null;
  }
  return [open, close];
}

/** Build frames for the cues of one sentence. */
export function buildFrames(ctx: SentenceCtx, cues: CueHit[]): Frame[] {
  const { toks } = ctx;
  const frames: Frame[] = [];
  const lastContent = contentEnd(toks);
  cues.forEach((cue, ci) => {
    const next = cues[ci + 1];
    const prevFrame = frames[frames.length - 1];
    const floor = prevFrame ? (prevFrame.shape === 'forward' ? prevFrame.cue.last + 1 : Math.max(prevFrame.cue.last + 1, prevFrame.tokenEnd ?? 0)) : 0;
    const head = toks[cue.head];
    if (!head) return;
    if (head.lower === 'according') {
      frames.push(accordingFrame(ctx, cue, lastContent));
      return;
    }
    const after = cue.last + 1;
    const restEnd = next ? next.first - 1 : lastContent;
    // Content before a cue may reach back over forward frames (which it then replaces).
    let backFloor = 0;
    for (const f of frames) if (f.shape !== 'forward') backFloor = Math.max(backFloor, (f.tokenEnd ?? f.cue.last) + 1);
    const restIsAdjunct = isAdjunct(toks, after, Math.min(lastContent, restEnd));
    const beforeTok = toks[cue.first - 1];
    // "“…,” X said." / "“…,” said X, “…”": the quotation before the cue is the content.
    const q = cue.first > backFloor ? quoteBefore(ctx, backFloor, cue.first) : null;
    // When the sentence opens with the quotation, whatever follows the cue ("told TMZ",
    // "said of the field", "wrote in April") is an adjunct unless it opens a that-clause.
    const opensWithQuote = q !== null && q[0] <= backFloor + 1;
    const restOpensClause = toks[after]?.lower === 'that' || toks[after]?.lower === ':';
    if (q && (restIsAdjunct || toks[after]?.kind === 'quote' || toks[after + 1]?.kind === 'quote' || beforeTok?.kind === 'quote' || beforeTok?.lower === ',' || (opensWithQuote && !restOpensClause))) {
      const qs = toks[backFloor]?.kind === 'quote' && ctx.inQuote(backFloor) ? backFloor : q[0];
      const c1 = span(toks, qs, q[1]);
      let source: [number, number] | null = null;
      let s0 = q[1] + 1;
      while (s0 < cue.first && toks[s0]?.lower === ',') s0++;
      let tokenEnd = cue.last;
      if (s0 < cue.first) {
        let e0 = cue.first - 1;
        while (e0 > s0 && toks[e0]?.lower === ',') e0--;
        // "… the Islamic State group, Rasool said": the source is the final NP unless it is
        // followed by an appositive comma.
        const np = toks[cue.first - 1]?.lower === ',' ? -1 : npLeft(toks, e0, s0);
        source = np > s0 && toks[np - 1]?.lower === ',' ? [np, e0] : [s0, e0];
      } else {
        const e = npRight(toks, after, lastContent);
        if (e >= 0) { source = [after, e]; tokenEnd = e; }
      }
      const content: Span[] = c1 ? [c1] : [];
      // A second quotation right after the cue belongs to the same attribution.
      let k = tokenEnd + 1;
      while (k <= lastContent && toks[k]?.lower === ',') k++;
      if (toks[k]?.kind === 'quote' && ctx.inQuote(k)) {
        let e = k + 1;
        while (e + 1 < toks.length && ctx.inQuote(e + 1) && !(toks[e]?.kind === 'quote' && e > k)) e++;
        const c2 = span(toks, k, Math.min(e, toks.length - 1));
        if (c2) { content.push(c2); tokenEnd = e; }
      }
      if (content.length) { frames.push({ cue, source, content, shape: 'backward', tokenEnd }); return; }
    }
    // Passive: "Both incidents were claimed by the Islamic State": agent is the source, the
    // subject the content.
    if (toks[after]?.lower === 'by' && /(?:ed|en|wn)$/.test(head.lower)) {
      const e = npRight(toks, after + 1, lastContent);
      let ce = cue.first - 1;
      while (ce >= backFloor && (toks[ce]?.lower === ',' || DASHES.has(toks[ce]?.text ?? ''))) ce--;
      const sStart = npLeft(toks, ce, backFloor);
      const c = sStart >= 0 ? span(toks, sStart, ce) : null;
      if (e >= 0 && c) { frames.push({ cue, source: [after + 1, e], content: [c], shape: 'backward', tokenEnd: e }); return; }
    }
    // Inverted without quotes: "…, said Pentagon spokesman Maj. Gen. Pat Ryder."
    if (beforeTok && beforeTok.lower === ',' && cue.first > backFloor + 1) {
      const e = npRight(toks, after, lastContent);
      if (e >= 0 && isAdjunct(toks, e + 1, lastContent)) {
        const c = span(toks, backFloor, cue.first - 2);
        if (c) { frames.push({ cue, source: [after, e], content: [c], shape: 'backward', tokenEnd: e }); return; }
      }
    }
    const src = RAISING.has(head.lower) ? null : sourceLeft(ctx, cue, floor);
    if (restIsAdjunct && src && src[0] > backFloor) {
      // "…, X said." — content is what precedes the source.
      let ce = src[0] - 1;
      while (ce >= backFloor && (toks[ce]?.lower === ',' || DASHES.has(toks[ce]?.text ?? ''))) ce--;
      const c = span(toks, backFloor, ce);
      if (c) { frames.push({ cue, source: src, content: [c], shape: 'backward', tokenEnd: cue.last }); return; }
    }
    // Forward content.
    let cs = after;
    if (TELL.has(head.lower)) {
      // Skip the addressee: "told AFP that …"; "urged" keeps its object (it is the content).
      const e = npRight(toks, cs, lastContent);
      const n = toks[e + 1];
      if (e >= 0 && n && (n.lower === 'that' || n.kind === 'quote' || n.lower === ',' || n.lower === ':') && head.lower !== 'urged') cs = e + 1;
    }
    // Skip adjuncts before "that" or an opening quote: "said on Tuesday that …".
    for (let k = cs; k <= Math.min(lastContent, cs + 20); k++) {
      const t = toks[k];
      if (!t) break;
      if (coarse(t) === 'verb' && !TIME_WORDS.has(t.lower)) break;
      if (t.lower === 'that' || (t.kind === 'quote' && ctx.inQuote(k))) { if (k - cs > 9 ? coarse(toks[cs] ?? t) === 'prep' || TIME_WORDS.has(toks[cs]?.lower ?? '') : isAdjunct(toks, cs, k - 1)) cs = k; break; }
    }
    while (cs <= lastContent && (toks[cs]?.lower === ',' || toks[cs]?.lower === ':')) cs++;
    let ceTok = lastContent;
    if (next) {
      // Stop before a coordinated or separate following attribution, not a nested "that X said".
      const nsrc = sourceLeft(ctx, next, after, true);
      const boundary = nsrc ? nsrc[0] : next.first;
      let b = boundary - 1;
      while (b > cs && CLAUSE_SEP.has(toks[b]?.lower ?? '')) b--;
      if (b < boundary - 1 && b >= cs) ceTok = b;
    }
    ceTok = clauseCut(toks, cs, ceTok, ctx.inQuote);
    // "The strike -- which sources said left four dead -- was …": stop at the closing dash.
    if (src && src[0] > 0 && (toks[src[0] - 1]?.lower === 'which' || DASHES.has(toks[src[0] - 1]?.text ?? ''))) {
      for (let k = cs; k <= ceTok; k++) if (DASHES.has(toks[k]?.text ?? '')) { ceTok = k - 1; break; }
    }
    const c = span(toks, cs, ceTok);
    if (!c) return;
    const content: Span[] = [c];
    if (RAISING.has(head.lower)) {
      // "He seems to have …": the subject is part of the content, there is no source.
      const s = npLeft(toks, cue.first - 1, floor);
      const sc = s >= 0 ? span(toks, s, cue.first - 1) : null;
      if (sc) content.unshift(sc);
    }
    let source = src;
    let shared = false;
    if (!source && !RAISING.has(head.lower) && prevFrame?.source && beforeTok && (beforeTok.lower === 'and' || beforeTok.lower === ',')) { source = prevFrame.source; shared = true; }
    frames.push({ cue, source, content, shape: 'forward', sharedSource: shared, tokenEnd: ceTok });
  });
  // A backward frame's content ("…, X said") owns the clause before it: a cue inside it was a
  // false start (PolNeAR is univocal: one role per token).
  return frames.filter((f) => !frames.some((g) => g !== f && g.shape === 'backward' && g.content.some(([a, b]) => (toks[f.cue.head]?.start ?? -1) >= a && (toks[f.cue.head]?.end ?? -1) <= b)));
}

/** "According to X, …" / "…, according to X." / "… according to X." */
function accordingFrame(ctx: SentenceCtx, cue: CueHit, lastContent: number): Frame {
  const { toks } = ctx;
  const after = cue.last + 1;
  const e = npRight(toks, after, lastContent);
  const source: [number, number] | null = e >= 0 ? [after, e] : null;
  const srcEnd = e >= 0 ? e : cue.last;
  const content: Span[] = [];
  let ce = cue.first - 1;
  while (ce >= 0 && (toks[ce]?.lower === ',' || DASHES.has(toks[ce]?.text ?? ''))) ce--;
  const left = span(toks, 0, ce);
  if (left) content.push(left);
  let rs = srcEnd + 1;
  while (rs <= lastContent && (toks[rs]?.lower === ',' || DASHES.has(toks[rs]?.text ?? ''))) rs++;
  const right = span(toks, rs, lastContent);
  if (right && rs <= lastContent) content.push(right);
  return { cue, source, content, shape: 'according' };
}
