// Cue detection: speech, belief and intent predicates ("said", "according to", "believes",
// "wants", a colon before a quote). Heads are scored by a logistic classifier fitted on
// annotated news (cue-weights.json); cue-model.json (counts only) gives the vocabulary and how
// often neighbours join a cue. A small hand list keeps wire-copy cues working everywhere.
import type { Token } from './tokens';
import { isCapitalised } from './tokens';
import MODEL from './cue-model.json';
import WEIGHTS from './cue-weights.json';
import { cueContext, cueFeatures } from './cue-classifier';
import { wordClasses } from './word-classes';
import { HashedWeights } from './hashed-weights';
import type { CueContext } from './cue-classifier';
import { coarse } from './pos';
import { dict } from '../lib/dict';
import { WEEKDAYS } from './clauses';

type Counts = Record<string, [number, number] | undefined>;
// A Map: look-ups on a 2k-key object literal are slow, and this one is asked for most tokens.
const WORDS = new Map(Object.entries(MODEL.words as unknown as Record<string, [number, number]>));
const LEFT = dict(MODEL.left as unknown as Counts);
const RIGHT = dict(MODEL.right as unknown as Counts);

// Cue verbs the fitted lexicon may miss or under-weight in wire copy (military/diplomatic news).
const EXTRA_CUES = dict<number>({
  assessed: 0.6, condemned: 0.5, urged: 0.7, denied: 0.7, claimed: 0.6, confirmed: 0.6, warned: 0.7,
  accused: 0.6, stressed: 0.7, alleged: 0.6, reiterated: 0.7, insisted: 0.7, demanded: 0.5,
  demanding: 0.5, considers: 0.5, believes: 0.6, announced: 0.6, described: 0.5, describing: 0.5,
  // "The mayor reportedly met the developer": an unnamed report of the whole clause.
  reportedly: 0.7,
});
// Words that can be part of a cue span but never its head.
export const NON_HEADS = new Set(['has', 'have', 'had', 'is', 'was', 'are', 'were', 'be', 'been', 'also', 'to', 'for', 'on', 'in', 'a', 'the', 'of', 'about', 'not', 'as', 'that', 'it', 'will', 'would', 'statement', 'an', 'with', 'and', 'at', 'by', 'this', 'do', 'does', 'did', 'he', 'she', 'they', 'i', 'we', 'his', 'her', 'their', '"', '“', '”', ',', '.', 'can', 'could', 'should', 'may', 'might']);

const VENUE_NOUNS = new Set(['statement', 'interview', 'speech', 'release', 'conference', 'briefing', 'tweet', 'post', 'email', 'letter', 'op-ed', 'memo', 'memoir', 'video', 'appearance', 'rally', 'debate']);
// Venues that are cues in their own right elsewhere ("calls for", "reports that"): they join a
// cue after "in a" ("said in a phone call") but may still head one.
const CUE_VENUES = new Set([...VENUE_NOUNS, 'call', 'message', 'address', 'broadcast', 'communique', 'communiqué', 'report']);

export const BLEND = 0.5;
// Below this cue rate a word without a cue-like WordNet class is not worth scoring (on dev,
// gates from 0.01 to 0.15 found the same cues).
export const MIN_RATE = 0.1;

export const LONE_THRESHOLD = 0.4;
// Chosen on the fitting articles (0.55 → 0.5 raised cue and content F1 there and on held-out
// articles alike: the refitted content-end model makes the extra cues' contents usable).
export const HEAD_THRESHOLD = 0.5;
// A colon before a quotation or after a headline speaker reads as a cue about as reliably as
// a clear verb: keep it above the head threshold.
export const COLON_SCORE = 0.5;
// "Name: claim" opening a sentence is nearly always a headline attribution.
export const HEADLINE_COLON_SCORE = 0.9;

const W = new HashedWeights(WEIGHTS.weights as unknown as Record<string, number>);
const SCORER = W.scorer();
const VOCAB: ReadonlySet<string> = new Set(WORDS.keys());

/** True for the hand-listed wire-copy cue verbs ("claimed", "confirmed", "urged"): the fitted
 * models under-weight them, so the frame gate never drops their frames. */
export function isWireCue(w: string): boolean {
  return Object.prototype.hasOwnProperty.call(EXTRA_CUES, w);
}

/** How often the word was part of a cue in the fitted lexicon (0 when never seen). */
export function cueRate(w: string): number {
  const v = WORDS.get(w);
  return v ? v[0] / (v[1] + 1) : 0;
}

/** Probability that token i is (part of) a cue: the logistic classifier, floored by the
 * hand list of wire-copy cues. */
export function cueScore(toks: Token[], i: number, ctx: CueContext): number {
  const t = toks[i];
  if (!t) return 0;
  if (NON_HEADS.has(t.lower) || VENUE_NOUNS.has(t.lower) || (t.lower.endsWith('ly') && t.lower !== 'reply' && t.lower !== 'reportedly')) return 0;
  if (t.kind !== 'word') return 0;
  const extra = EXTRA_CUES[t.lower] ?? 0;
  // Words with no cue-like WordNet class that were (almost) never part of a cue could only pass
  // through the classifier's context features and stay below threshold: skip them (most tokens).
  const w = WORDS.get(t.lower);
  const pw = w ? w[0] / (w[1] + 1) : 0;
  if (pw < MIN_RATE && !wordClasses(t.lower).cueLike) return extra * 0.9;
  cueFeatures(toks, i, ctx, VOCAB, SCORER.reset());
  const clf = SCORER.probability();
  if (!w) return Math.max(clf, extra * 0.9);
  // Blend with the word's overall cue rate: the classifier alone can be swayed by one odd
  // neighbour ("the military said it") where the word itself is nearly always a cue.
  return Math.max(BLEND * clf + (1 - BLEND) * pw, extra * 0.9);
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

// "said at least 30", "said about 40 …", "on condition of", "said on Friday": the word after the
// particle shows it opens the content (or an anonymity phrase, or a time), not a longer cue.
const QUANTITY_NEXT = /^(?:condition|least|most|some|around|nearly|almost|over|more|fewer|less)$/;

// Only auxiliaries, negation and adverbs join a cue on its left; nouns there are the source.
const LEFT_OK = new Set(['has', 'have', 'had', 'is', 'was', 'are', 'were', 'be', 'been', 'will', 'would', 'could', 'should', 'may', 'might', 'did', 'does', 'do', 'not', "n't", 'also', 'never', 'to', "'s", 'can', 'must', 'publicly', 'repeatedly', 'previously', 'recently', 'later', 'once', 'first', 'already', 'still', 'then']);

// Particles and the "in a statement" family may join a cue on its right; content words may not.
const RIGHT_OK = new Set(['for', 'on', 'to', 'about', 'of', 'out', 'up', 'in', 'with', 'as', 'against', 'at', 'from', 'over', 'by', 'a', 'an', 'statement', 'interview', 'into', 'back', 'off', 'down', ':']);

/** May this token join the cue on its left? */
function leftOk(t: Token | undefined): boolean {
  return !!t && LEFT_OK.has(t.lower);
}

// Rubric labels that open headlines like speakers do ("The Latest:", "Breaking:", "Watch:").
const HEADLINE_LABELS = new Set(['the', 'breaking', 'look', 'watch', 'exclusive', 'update', 'updated', 'video', 'photos', 'analysis', 'opinion', 'editorial', 'live', 'latest', 'read', 'listen', 'must', 'first', 'fact', 'flashback']);

/** "Minister: Talks Will Resume Next Week", "Clinton to Planned Parenthood: …": a short name
 * opening the sentence, then a colon and a claim, is the headline way of attributing. */
function headlineSpeaker(toks: Token[], colon: number): boolean {
  if (colon < 1 || colon > 6 || toks.length - colon < 4) return false;
  if (HEADLINE_LABELS.has(toks[0]?.lower ?? '')) return false;
  // Title-case headlines reach here lower-cased (see uncapitaliseTitle), so only the first word
  // must still look like a name; the rest may be names or small linking words.
  if (!isCapitalised(toks[0])) return false;
  for (let k = 0; k < colon; k++) {
    const t = toks[k];
    if (!t || (t.kind !== 'word' && t.lower !== '.')) return false;
  }
  // A name ends with a capital ("Former AG Mukasey at RNC:"); a common noun before the colon
  // is a label or a lead-in ("Editor's note:", "There is good reason:").
  return colon === 1 || isCapitalised(toks[colon - 1]);
}

// 0.3 -> 0.35 on the fitting articles: with the lower head threshold fewer lone candidates are
// needed, and the weakest of them were mostly wrong.
const FIND = new Set(['find', 'finds', 'found', 'finding']);
const REFLEXIVES = new Set(['himself', 'herself', 'itself', 'themselves', 'myself', 'ourselves', 'yourself', 'yourselves']);

export const PREDICATE_LONE_THRESHOLD = 0.35;
const SUBJECT_SKIP = new Set(['has', 'have', 'had', 'is', 'was', 'are', 'were', 'will', 'would', 'could', 'should', 'may', 'might', 'must', 'can', 'did', 'does', 'do', 'not', "n't", 'also', 'still', 'now', 'never', 'already', 'just']);

/** The bar for a sentence's only candidate. A verb of saying, thinking or feeling with its
 * subject right before it ("The mayor wants to …", "The union expects …") heads its own
 * clause, and such verbs are cues most of the time they are not inside another report. */
function loneThreshold(toks: Token[], i: number): number {
  const t = toks[i];
  if (!t || coarse(t) !== 'verb' || !/^3[127]$/.test(wordClasses(t.lower).verb0)) return LONE_THRESHOLD;
  let j = i - 1;
  while (j >= 0 && SUBJECT_SKIP.has(toks[j]?.lower ?? '')) j--;
  const s = toks[j];
  const c = s ? coarse(s) : 'other';
  return c === 'pron' || c === 'proper' || c === 'noun' ? PREDICATE_LONE_THRESHOLD : LONE_THRESHOLD;
}

// "The Observatory put the death toll at 22": conflict reports give tolls this way, and the
// fitted lexicon (political news) never saw "put" as a cue.
const TOLL_VERBS = new Set(['put', 'puts', 'putting', 'placed', 'places', 'gave', 'gives', 'raised', 'raises', 'revised']);
const TOLL_NOUNS = new Set(['toll', 'count', 'tally']);
const TOLL_SCORE = 0.8;

/** "the (death|casualty|…) toll at|to" from token k: up to two modifiers before the noun. */
function tollFollows(toks: Token[], k: number): boolean {
  if (!/^(?:the|its|their|his|her|a)$/.test(toks[k]?.lower ?? '')) return false;
  for (let j = k + 1; j <= k + 3; j++) {
    const w = toks[j]?.lower ?? '';
    if (TOLL_NOUNS.has(w)) return /^(?:at|to)$/.test(toks[j + 1]?.lower ?? '');
    // "put the number of dead at 17"
    if (w === 'number' && toks[j + 1]?.lower === 'of' && TOLL_OF.has(toks[j + 2]?.lower ?? '')) return /^(?:at|to)$/.test(toks[j + 3]?.lower ?? '');
    if (toks[j]?.kind !== 'word') return false;
  }
  return false;
}
const TOLL_OF = new Set(['dead', 'deaths', 'killed', 'casualties', 'victims', 'wounded', 'injured', 'fatalities']);

/** "asked not to be named", "declined to be identified", "requested anonymity" starting at
 * token i: the index of its last token, or -1. */
export function anonymityRequest(toks: Token[], i: number): number {
  const w = (k: number): string => toks[k]?.lower ?? '';
  if (!/^(?:asked|asking|requested|requesting|declined|declining)$/.test(w(i))) return -1;
  if (w(i + 1) === 'anonymity') return i + 1;
  let k = i + 1;
  if (w(k) === 'not') k++;
  if (w(k) === 'to' && w(k + 1) === 'be' && /^(?:named|identified|quoted)$/.test(w(k + 2))) return k + 2;
  return -1;
}

// Verbs that in conflict copy mostly describe combat; with a weapon or a place as object they
// report nothing ("fired back at critics" and "attacked Clinton" remain cues).
const COMBAT_VERBS = new Set(['fired', 'fire', 'fires', 'firing', 'launched', 'launch', 'launches', 'launching', 'struck', 'strike', 'strikes', 'hit', 'hits', 'targeted', 'targeting', 'targets', 'attacked', 'attack', 'attacks', 'attacking', 'shelled', 'shelling', 'bombed', 'bombing', 'stormed', 'seized', 'captured', 'shot', 'shooting']);
const COMBAT_OBJECTS = new Set(['rocket', 'rockets', 'missile', 'missiles', 'shell', 'shells', 'mortar', 'mortars', 'round', 'rounds', 'shot', 'shots', 'drone', 'drones', 'bomb', 'bombs', 'grenade', 'grenades', 'bullet', 'bullets', 'artillery', 'gas', 'munitions', 'projectiles', 'barrage', 'airstrike', 'airstrikes', 'strikes', 'checkpoint', 'checkpoints', 'base', 'bases', 'convoy', 'convoys', 'village', 'villages', 'town', 'towns', 'city', 'cities', 'positions', 'position', 'hospital', 'hospitals', 'school', 'schools', 'camp', 'camps', 'building', 'buildings', 'neighbourhood', 'neighborhood', 'district', 'tanker', 'ship', 'vessel', 'vehicle', 'vehicles', 'tank', 'tanks', 'depot', 'airport', 'border', 'outpost', 'troops', 'soldiers', 'fighters', 'militants', 'civilians', 'protesters']);

/** A weapon or a place among the next few words, before any punctuation. */
function combatObject(toks: Token[], from: number): boolean {
  for (let k = from; k < from + 6; k++) {
    const t = toks[k];
    if (!t || (t.kind !== 'word' && t.kind !== 'num')) return false;
    if (COMBAT_OBJECTS.has(t.lower)) return true;
  }
  return false;
}

const BARE_VENUES = new Set(['remarks', 'comments', 'statements', 'interviews', 'posts', 'tweets', 'messages']);

// Where a statement was posted: "on Telegram", "on X", "on its website", "on state television".
const CHANNEL_NOUNS = new Set(['website', 'channel', 'account', 'page', 'feed', 'television', 'tv', 'radio', 'media', 'broadcaster', 'platform']);

/** "said on Telegram that …", "wrote on its website that …": the channel after "on" belongs to
 * the cue (as the annotated corpus has it: "wrote on Facebook"), when "that", a comma, a colon
 * or a quotation follows it (a comma only after a channel noun; the sentence's end after a verb
 * of posting, the head at `head`). Returns the cue's new last token. */
function channelEnd(toks: Token[], head: number, last: number): number {
  const on = toks[last]?.lower === 'on' ? last : toks[last + 1]?.lower === 'on' ? last + 1 : -1;
  if (on < 0) return last;
  let k = on + 1;
  const names = (j: number) => isCapitalised(toks[j]) && !WEEKDAYS.has(toks[j]?.lower ?? '');
  if (names(k)) while (k + 1 <= on + 3 && names(k + 1)) k++;
  else {
    // "its website", "state television", "his Telegram channel": up to three words, the last a
    // channel noun.
    let j = k;
    while (j <= on + 3 && toks[j]?.kind === 'word' && !CHANNEL_NOUNS.has(toks[j]?.lower ?? '')) j++;
    if (!CHANNEL_NOUNS.has(toks[j]?.lower ?? '')) return last;
    k = j;
  }
  // "on X, formerly Twitter, that …": the old name is part of the channel.
  if (toks[k + 1]?.lower === ',' && toks[k + 2]?.lower === 'formerly') {
    let j = k + 3;
    if (toks[j]?.lower === 'known' && toks[j + 1]?.lower === 'as') j += 2;
    if (names(j) && toks[j + 1]?.lower === ',' && toks[j + 2]?.lower === 'that') return j;
  }
  const n = toks[k + 1];
  // '"…," the spokesman wrote on X.': at the end of the sentence, after a verb of posting.
  if ((!n || n.lower === '.') && POSTING.has(toks[head]?.lower ?? '')) return k;
  // A comma after a bare name may close a place ("pinned its hopes on Ohio, a state …").
  return n && (n.lower === 'that' || n.lower === ':' || n.kind === 'quote' || (n.lower === ',' && !names(k))) ? k : last;
}
const POSTING = new Set(['said', 'says', 'wrote', 'writes', 'posted', 'posts', 'tweeted', 'tweets', 'announced', 'reported', 'stated', 'added']);

/** Does token i sit inside a noun phrase opened just before it ("the blast", "a huge blast",
 * "the second blast", "two blasts")? */
function nounPhraseBefore(toks: Token[], i: number): boolean {
  const p = toks[i - 1];
  if (!p) return false;
  if (['det', 'num', 'adj'].includes(coarse(p))) return true;
  const pp = toks[i - 2];
  return !!pp && coarse(pp) === 'det' && pp.lower !== "'s" && !isCapitalised(p);
}

/** In "…, with rebel leaders demanding a ceasefire", the first token of the noun phrase
 * between "with" and the -ing word at i, or -1. */
export function withAbsolute(toks: Token[], i: number): number {
  if (!/ing$/.test(toks[i]?.lower ?? '')) return -1;
  for (let k = i - 1; k >= Math.max(0, i - 7); k--) {
    const t = toks[k];
    if (!t) return -1;
    if (t.lower === 'with') return k + 1 < i && (toks[k - 1]?.lower === ',' || k === 0) ? k + 1 : -1;
    if (!['noun', 'proper', 'adj', 'det', 'num'].includes(coarse(t)) && !(t.kind === 'word' && /-/.test(t.text))) return -1;
  }
  return -1;
}

/** Find cues among tokens; `blocked[i]` marks tokens inside quotations. A sentence with no
 * cue above `threshold` still gets its best candidate if that clears `LONE_THRESHOLD`
 * (a sentence usually reports something when it has a likely cue at all). */
export function findCues(toks: Token[], blocked: (i: number) => boolean, threshold = HEAD_THRESHOLD): CueHit[] {
  const hits: CueHit[] = [];
  const ctx = cueContext(toks, blocked);
  let best = -1;
  let bestScore = 0;
  let segmentHits = 0;
  for (let i = 0; i < toks.length; i++) {
    if (blocked(i)) continue;
    const t = toks[i];
    if (!t) continue;
    // Clause boundaries (";", ", but") close a segment: a segment without a cue keeps its best
    // candidate too, as a whole sentence does.
    if ((t.lower === ';' || (t.lower === ',' && /^(?:but|while|whereas)$/.test(toks[i + 1]?.lower ?? '')))) {
      if (hits.length === segmentHits && best >= 0 && bestScore >= loneThreshold(toks, best)) i = Math.max(i, addHit(toks, hits, best, bestScore, blocked));
      segmentHits = hits.length;
      best = -1;
      bestScore = 0;
      continue;
    }
    let score: number;
    if (t.lower === 'according') score = toks[i + 1]?.lower === 'to' ? 0.95 : 0;
    // A colon before a quotation is a cue only when no verb cue already introduced it.
    else if (t.lower === ':') score = headlineSpeaker(toks, i) ? HEADLINE_COLON_SCORE : toks[i + 1]?.kind === 'quote' && !hits.some((h) => i - h.last <= 5) ? COLON_SCORE : 0;
    else if (TOLL_VERBS.has(t.lower) && tollFollows(toks, i + 1)) score = TOLL_SCORE;
    // "an official who asked not to be named said …": the request marks an anonymous source
    // (see sources.ts); it reports nothing.
    else if (anonymityRequest(toks, i) > i) score = 0;
    // "The army fired dozens of rockets", "attacked a checkpoint": combat, not a report.
    else if (COMBAT_VERBS.has(t.lower) && combatObject(toks, i + 1)) score = 0;
    // "The second blast hit a bus station": after a determiner, number or adjective, "blast" is
    // the explosion, not the verb of "Senators blast the plan".
    else if ((t.lower === 'blast' || t.lower === 'blasts') && nounPhraseBefore(toks, i)) score = 0;
    // "found himself in the middle of it": finding oneself somewhere reports nothing.
    else if (FIND.has(t.lower) && REFLEXIVES.has(toks[i + 1]?.lower ?? '')) score = 0;
    else score = cueScore(toks, i, ctx);
    // "…, with rebel leaders demanding a ceasefire": a report in an absolute "with" phrase.
    if (score < threshold && score >= 0.3 && withAbsolute(toks, i) >= 0) score = threshold;
    if (score < threshold) {
      // A lone candidate must read as a predicate, not a noun after a determiner ("the blast").
      if (score > bestScore && !/^(?:the|a|an|this|that|its|his|her|their|our)$/.test(toks[i - 1]?.lower ?? '')) { best = i; bestScore = score; }
      continue;
    }
    i = Math.max(i, addHit(toks, hits, i, score, blocked)); // never step back (termination)
  }
  if (hits.length === segmentHits && best >= 0 && bestScore >= loneThreshold(toks, best)) addHit(toks, hits, best, bestScore, blocked);
  return hits;
}

/** Extend the head at i into a cue span, merge with a touching hit; returns the last index used. */
function addHit(toks: Token[], hits: CueHit[], i: number, score: number, blocked: (i: number) => boolean): number {
  const t = toks[i];
  if (!t) return i;
  let first = i;
  let last = i;
  if (t.lower === 'according' && toks[i + 1]?.lower === 'to') last = i + 1;
  else {
    while (first > 0 && first > i - 3 && !blocked(first - 1) && leftOk(toks[first - 1]) && extProb(LEFT, toks[first - 1]?.lower ?? '') >= 0.5) first--;
    while (last + 1 < toks.length && last < i + 3 && !blocked(last + 1) && RIGHT_OK.has(toks[last + 1]?.lower ?? '') && !QUANTITY_NEXT.test(toks[last + 2]?.lower ?? '') && !WEEKDAYS.has(toks[last + 2]?.lower ?? '') && toks[last + 2]?.kind !== 'num' && extProb(RIGHT, toks[last + 1]?.lower ?? '') >= 0.5) last++;
  }
  // "said in a statement", "told CNN in an interview": the venue belongs to the cue.
  // One modifier may precede the venue: "in a phone call", "in a joint statement".
  // A venue noun may itself modify the next one ("video address"): take the last of a run.
  const venueEnd = (v: number): number => (CUE_VENUES.has(toks[v + 1]?.lower ?? '') ? v + 1 : v);
  const venueAt = (k: number): number => (CUE_VENUES.has(toks[k]?.lower ?? '') ? venueEnd(k) : toks[k]?.kind === 'word' && CUE_VENUES.has(toks[k + 1]?.lower ?? '') ? venueEnd(k + 1) : -1);
  const detAt = (k: number): boolean => /^(?:a|an|the|his|her|their|its)$/.test(toks[k]?.lower ?? '');
  if ((toks[last]?.lower === 'in' || toks[last]?.lower === 'during') && detAt(last + 1) && venueAt(last + 2) >= 0) last = venueAt(last + 2);
  else if (/^(?:in|during)$/.test(toks[last + 1]?.lower ?? '') && detAt(last + 2) && venueAt(last + 3) >= 0) last = venueAt(last + 3);
  // "said in remarks carried by …", "said in comments to …": plural venues need no determiner.
  else if (toks[last]?.lower === 'in' && BARE_VENUES.has(toks[last + 1]?.lower ?? '')) last += 1;
  else if (toks[last + 1]?.lower === 'in' && BARE_VENUES.has(toks[last + 2]?.lower ?? '')) last += 2;
  last = channelEnd(toks, i, last);
  // Merge with a previous hit that this one touches ("has said", "said in a statement").
  const prev = hits[hits.length - 1];
  // "claimed attacks on US troops": a noun right after a verb cue is its object, not more cue.
  if (prev && first <= prev.last + 1 && coarse(t) === 'noun' && coarse(toks[prev.head] ?? t) === 'verb') return i;
  if (prev && first <= prev.last + 1) {
    prev.last = Math.max(prev.last, last);
    if (score > prev.score) { prev.head = i; prev.score = score; }
    return Math.max(i, last);
  }
  hits.push({ head: i, first, last, score });
  return Math.max(i, last);
}

// What ends a reported clause: punctuation and coordinators ("X said … , and Y warned …").
const CLAUSE_BREAK = new Set([',', ';', ':', '(', ')', '--', '—', '–', 'and', 'but', 'while', 'whereas', 'or']);
// A cue at least this likely opens a reported clause that can hold a nested one.
export const NESTING_SCORE = 0.5;

/** Drop a weaker cue that sits inside the reported clause of the cue before it: in "The mayor
 * said the council opposed the plan", "opposed" is part of what the mayor said, not a second
 * attribution (the annotation gives every token one role, and cutting the first content at
 * the inner cue lost both). The outer clause must open right after its cue with a word and
 * run to the inner cue without a comma, coordinator or quotation; "according to" introduces
 * no clause; an inner cue opening a that-clause of its own ("… that the command assessed
 * that …") is an explicit embedded report and stays. `blocked(i)` marks tokens inside
 * quotations. */
export function dropNestedCues(toks: Token[], cues: CueHit[], blocked: (i: number) => boolean): CueHit[] {
  const out: CueHit[] = [];
  for (const c of cues) {
    const prev = out[out.length - 1];
    // An inner cue with a that-clause of its own is an explicit embedded report and stays.
    const embedded = toks[c.last + 1]?.lower === 'that';
    if (prev && !embedded && prev.score >= NESTING_SCORE && c.score < prev.score && toks[prev.head]?.lower !== 'according' && toks[prev.last + 1]?.kind === 'word') {
      let clean = true;
      for (let k = prev.last + 1; clean && k < c.first; k++) {
        const t = toks[k];
        if (!t || CLAUSE_BREAK.has(t.lower) || t.kind === 'quote' || blocked(k)) clean = false;
      }
      if (clean) continue;
    }
    out.push(c);
  }
  return out;
}
