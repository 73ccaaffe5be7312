// Hedges: words that weaken or distance a claim ("apparent", "reportedly", "on condition of
// anonymity"). Looked for inside the attribution's own spans, so a hedge in a neighbouring
// sentence is never credited to it.
import type { Attribution, Hedge, Span } from './types';

const HEDGE_RE = /\b(?:apparent(?:ly)?|reportedly|allegedly|alleged|purported(?:ly)?|deemed|suspected|presumably|possibly|possible|likely|unlikely|unconfirmed|unverified|believed to|thought to|said to be|appears? to|appeared to|seem(?:s|ed)? to|may have|might have|could have|at least|about|around|nearly|almost|roughly|approximately|estimated|on condition of anonymity|speaking anonymously|who (?:asked|declined) not to be (?:named|identified)|not authori[sz]ed to speak)\b/gi;

/** Hedges found in the source, cue and content spans of one attribution. */
export function findHedges(text: string, att: Attribution): Hedge[] {
  const spans: Span[] = [...att.source, ...att.cue, ...att.content];
  if (spans.length === 0) return [];
  // Scan from the first to the last role character, so "said on condition of anonymity"
  // (between cue and sentence end) is caught too.
  let s = Infinity;
  let e = -Infinity;
  for (const [a, b] of spans) { s = Math.min(s, a); e = Math.max(e, b); }
  const tail = text.slice(e, Math.min(text.length, e + 60));
  const stop = tail.search(/[.!?\n]/);
  e += stop < 0 ? tail.length : stop;
  const out: Hedge[] = [];
  const re = new RegExp(HEDGE_RE.source, HEDGE_RE.flags);
  const region = text.slice(s, e);
  let m: RegExpExecArray | null;
  while ((m = re.exec(region)) !== null) out.push({ span: [s + m.index, s + m.index + m[0].length], text: m[0] });
  return out;
}
