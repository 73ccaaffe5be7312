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
}

const TELL = new Set(['told', 'tell', 'tells', 'telling', 'asked', 'asking', 'warned', 'assured', 'informed', 'reminded', 'briefed', 'promised', 'urged', 'convinced', 'notified']);
const TIME_WORDS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'yesterday', 'tonight', 'earlier', 'later', 'recently', 'previously', 'last', 'this', 'week', 'month', 'year', 'night', 'morning', 'afternoon', 'evening', 'repeatedly', 'often', 'once', 'again', 'publicly', 'privately', 'separately', 'then', 'now']);
const CLAUSE_SEP = new Set([',', 'and', 'but', ';', 'while', 'whereas', '--', '—', '–']);
const DASHES = new Set(['--', '—', '–', '(', ')']);

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
    if (t.kind === 'quote' || t.lower === 'that') return false;
    if (coarse(t) === 'verb' && !TIME_WORDS.has(t.lower) && t.lower !== 'according') return false;
  }
  const f = toks[from];
  return !!f && (coarse(f) === 'prep' || TIME_WORDS.has(f.lower) || f.lower === ',' || coarse(f) === 'adv' || /^[A-Z]/.test(f.text) && to - from <= 2);
}

/** Token-range to character span. */
function span(toks: Token[], a: number, b: number): Span | null {
  const s = toks[a];
  const e = toks[b];
  return s && e && a <= b ? [s.start, e.end] : null;
}

/** Source NP to the left of the cue, handling appositives and "who". */
function sourceLeft(ctx: SentenceCtx, cue: CueHit, floor: number): [number, number] | null {
  const { toks } = ctx;
  let end = cue.first - 1;
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
      if (name >= 0 && d && (coarse(d) === 'det' || coarse(d) === 'adj' || coarse(d) === 'noun')) return [name, end - 1];
    }
    return null;
  }
  if (before.lower === 'who' || before.lower === 'which') {
    let e2 = end - 1;
    if (toks[e2]?.lower === ',') e2--;
    const s2 = npLeft(toks, e2, floor);
    return s2 >= 0 ? [s2, e2] : null;
  }
  const s = npLeft(toks, end, floor);
  return s >= 0 ? [s, end] : null;
}

/** Build frames for the cues of one sentence. */
export function buildFrames(ctx: SentenceCtx, cues: CueHit[]): Frame[] {
  const { toks } = ctx;
  const frames: Frame[] = [];
  const lastContent = contentEnd(toks);
  cues.forEach((cue, ci) => {
    const next = cues[ci + 1];
    const prevFrame = frames[frames.length - 1];
    const floor = prevFrame ? prevFrame.cue.last + 1 : 0;
    const head = toks[cue.head];
    if (!head) return;
    if (head.lower === 'according') {
      frames.push(accordingFrame(ctx, cue, lastContent));
      return;
    }
    const after = cue.last + 1;
    const restIsAdjunct = isAdjunct(toks, after, lastContent) || (next !== undefined && isAdjunct(toks, after, next.first - 1) && false);
    const beforeTok = toks[cue.first - 1];
    // Inverted: "…,” said Pentagon spokesman Maj. Gen. Pat Ryder."
    if (beforeTok && (beforeTok.lower === ',' || beforeTok.kind === 'quote') && cue.first > 1) {
      const e = npRight(toks, after, lastContent);
      if (e >= 0 && isAdjunct(toks, e + 1, lastContent)) {
        let ce = cue.first - 1;
        if (beforeTok.lower === ',') ce--;
        const c = span(toks, floor, ce);
        if (c) { frames.push({ cue, source: [after, e], content: [c], shape: 'backward' }); return; }
      }
    }
    const src = sourceLeft(ctx, cue, floor);
    if (restIsAdjunct && src && src[0] > floor) {
      // "…, X said." — content is what precedes the source.
      let ce = src[0] - 1;
      while (ce >= floor && (toks[ce]?.lower === ',' || DASHES.has(toks[ce]?.text ?? ''))) ce--;
      const c = span(toks, floor, ce);
      if (c) { frames.push({ cue, source: src, content: [c], shape: 'backward' }); return; }
    }
    // Forward content.
    let cs = after;
    if (TELL.has(head.lower)) {
      // Skip the addressee: "told AFP that …", "urged" keeps its object (it is the content).
      const e = npRight(toks, cs, lastContent);
      const n = toks[e + 1];
      if (e >= 0 && n && (n.lower === 'that' || n.kind === 'quote' || n.lower === ',' || n.lower === ':') && head.lower !== 'urged') cs = e + 1;
    }
    // Skip adjuncts before "that" or an opening quote: "said on Tuesday that …".
    for (let k = cs; k <= Math.min(lastContent, cs + 8); k++) {
      const t = toks[k];
      if (!t) break;
      if (t.lower === 'that' || (t.kind === 'quote' && ctx.inQuote(k))) { if (isAdjunct(toks, cs, k - 1)) cs = k; break; }
    }
    while (cs <= lastContent && (toks[cs]?.lower === ',' || toks[cs]?.lower === ':')) cs++;
    let ceTok = lastContent;
    if (next) {
      // Stop before a coordinated or separate following attribution, not a nested "that X said".
      const nsrc = sourceLeft(ctx, next, after);
      const boundary = nsrc ? nsrc[0] : next.first;
      let b = boundary - 1;
      while (b > cs && CLAUSE_SEP.has(toks[b]?.lower ?? '')) b--;
      if (b < boundary - 1 && b >= cs) ceTok = b;
    }
    // "The strike -- which sources said left four dead -- was …": stop at the closing dash.
    if (src && src[0] > 0 && (toks[src[0] - 1]?.lower === 'which' || DASHES.has(toks[src[0] - 1]?.text ?? ''))) {
      for (let k = cs; k <= ceTok; k++) if (DASHES.has(toks[k]?.text ?? '')) { ceTok = k - 1; break; }
    }
    const c = span(toks, cs, ceTok);
    if (!c) return;
    let source = src;
    let shared = false;
    if (!source && prevFrame?.source && beforeTok && (beforeTok.lower === 'and' || beforeTok.lower === ',')) { source = prevFrame.source; shared = true; }
    frames.push({ cue, source, content: [c], shape: 'forward', sharedSource: shared });
  });
  return frames;
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
