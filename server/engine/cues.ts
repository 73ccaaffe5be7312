// Cue detection: speech, belief and intent predicates ("said", "according to", "believes",
// "wants", a colon before a quote). Scores come from a lexicon fitted on annotated news
// (cue-model.json, counts only) with context classes; a small seed list keeps common cues
// working for words the fitted lexicon never saw.
import type { Token } from './tokens';
import { prevClass, nextClass } from './cue-features';
import MODEL from './cue-model.json';

type Counts = Record<string, [number, number] | undefined>;
const WORDS = MODEL.words as unknown as Counts;
const CTX = MODEL.ctx as unknown as Counts;
const LEFT = MODEL.left as unknown as Counts;
const RIGHT = MODEL.right as unknown as Counts;

// Cue verbs the fitted lexicon may miss or under-weight in wire copy (military/diplomatic news).
const EXTRA_CUES: Record<string, number> = {
  assessed: 0.6, condemned: 0.5, urged: 0.7, denied: 0.7, claimed: 0.6, confirmed: 0.6, warned: 0.7,
  accused: 0.6, stressed: 0.7, alleged: 0.6, reiterated: 0.7, insisted: 0.7, demanded: 0.5,
  demanding: 0.5, considers: 0.5, believes: 0.6, announced: 0.6, described: 0.5, describing: 0.5,
};
// Words that can be part of a cue span but never its head.
const NON_HEADS = new Set(['has', 'have', 'had', 'is', 'was', 'are', 'were', 'be', 'been', 'also', 'to', 'for', 'on', 'in', 'a', 'the', 'of', 'about', 'not', 'as', 'that', 'it', 'will', 'would', 'statement', 'an', 'with', 'and', 'at', 'by', 'this', 'do', 'does', 'did', 'he', 'she', 'they', 'i', 'we', 'his', 'her', 'their', '"', '“', '”', ',', '.', 'can', 'could', 'should', 'may', 'might']);

const VENUE_NOUNS = new Set(['statement', 'interview', 'speech', 'release', 'conference', 'briefing', 'tweet', 'post', 'email', 'letter', 'op-ed', 'memo', 'memoir', 'video', 'appearance', 'rally', 'debate']);

export const HEAD_THRESHOLD = 0.42;

/** Probability that token i is (part of) a cue, from the fitted lexicon with backoff. */
export function cueScore(toks: Token[], i: number): number {
  const t = toks[i];
  if (!t) return 0;
  if (NON_HEADS.has(t.lower) || VENUE_NOUNS.has(t.lower) || (t.lower.endsWith('ly') && t.lower !== 'reply')) return 0;
  const w = WORDS[t.lower];
  const extra = EXTRA_CUES[t.lower] ?? 0;
  if (!w) return extra;
  const pw = w[0] / (w[1] + 1);
  const pc = prevClass(toks[i - 1]);
  const c = CTX[`${t.lower}|${pc}|${nextClass(toks[i + 1])}`];
  // After a determiner the word is a noun ("the blast"); without evidence for that exact
  // context, trust the word-level rate much less.
  const p = c ? (c[0] + 2 * pw) / (c[1] + 2) : pc === 'det' ? pw * 0.3 : pw;
  return Math.max(p, extra * 0.9);
}

/** A detected cue: token range [first, last] inclusive within the sentence tokens. */
export interface CueHit {
  head: number;
  first: number;
  last: number;
  score: number;
}

/** How likely a neighbour word belongs to the cue it touches (fitted). */
function extProb(table: Counts, w: string): number {
  const v = table[w];
  return v ? v[0] / (v[1] + 1) : 0;
}

// Only auxiliaries, negation and adverbs join a cue on its left; nouns there are the source.
const LEFT_OK = new Set(['has', 'have', 'had', 'is', 'was', 'are', 'were', 'be', 'been', 'will', 'would', 'could', 'should', 'may', 'might', 'did', 'does', 'do', 'not', "n't", 'also', 'never', 'to', "'s", 'can', 'must', 'publicly', 'repeatedly', 'previously', 'recently', 'later', 'once', 'first', 'already', 'still', 'then']);

// Particles and the "in a statement" family may join a cue on its right; content words may not.
const RIGHT_OK = new Set(['for', 'on', 'to', 'about', 'of', 'out', 'up', 'in', 'with', 'as', 'against', 'at', 'from', 'over', 'by', 'a', 'an', 'statement', 'interview', 'into', 'back', 'off', 'down', ':']);

/** May this token join the cue on its left? */
function leftOk(t: Token | undefined): boolean {
  return !!t && LEFT_OK.has(t.lower);
}

/** Find cues among tokens; `blocked[i]` marks tokens inside quotations. */
export function findCues(toks: Token[], blocked: (i: number) => boolean, threshold = HEAD_THRESHOLD): CueHit[] {
  const hits: CueHit[] = [];
  for (let i = 0; i < toks.length; i++) {
    if (blocked(i)) continue;
    const t = toks[i];
    if (!t) continue;
    let score: number;
    if (t.lower === 'according' && toks[i + 1]?.lower === 'to') score = 0.95;
    else if (t.lower === ':') score = toks[i + 1]?.kind === 'quote' ? 0.5 : 0;
    else score = cueScore(toks, i);
    if (score < threshold) continue;
    let first = i;
    let last = i;
    if (t.lower === 'according') last = i + 1;
    else {
      while (first > 0 && first > i - 3 && !blocked(first - 1) && leftOk(toks[first - 1]) && extProb(LEFT, toks[first - 1]?.lower ?? '') >= 0.5) first--;
      while (last + 1 < toks.length && last < i + 3 && !blocked(last + 1) && RIGHT_OK.has(toks[last + 1]?.lower ?? '') && toks[last + 2]?.lower !== 'condition' && extProb(RIGHT, toks[last + 1]?.lower ?? '') >= 0.5) last++;
    }
    // "said in a statement", "told CNN in an interview": the venue belongs to the cue.
    if ((toks[last]?.lower === 'in' || toks[last]?.lower === 'during') && /^(?:a|an|the|his|her|their|its)$/.test(toks[last + 1]?.lower ?? '') && VENUE_NOUNS.has(toks[last + 2]?.lower ?? '')) last += 2;
    else if (/^(?:in|during)$/.test(toks[last + 1]?.lower ?? '') && /^(?:a|an|the|his|her|their|its)$/.test(toks[last + 2]?.lower ?? '') && VENUE_NOUNS.has(toks[last + 3]?.lower ?? '')) last += 3;
    // Merge with a previous hit that this one touches ("has said", "said in a statement").
    const prev = hits[hits.length - 1];
    if (prev && first <= prev.last + 1) {
      prev.last = Math.max(prev.last, last);
      if (score > prev.score) { prev.head = i; prev.score = score; }
      i = Math.max(i, last);
      continue;
    }
    hits.push({ head: i, first, last, score });
    i = Math.max(i, last);
  }
  return hits;
}
