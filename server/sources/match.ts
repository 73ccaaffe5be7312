// Matching an extracted source against the registry, without a database: the same
// person or group is written many ways ("Gen. Yehia Rasool", "Rasool"; "Kataeb" or
// "Kataib Hezbollah"), and a wrong merge is worse than a missed one (a source's track
// record would absorb another's claims), so every rule errs towards "no match".
// The distance sub-module only: natural's root loads a .env and many backends.
import { DiceCoefficient as diceCoefficient, JaroWinklerDistance as jaroWinkler } from 'natural/lib/natural/distance';
import type { EntityKind } from '../engine/types';
import { dict } from '../lib/dict';

/** An entity already in the registry, as listSourceCandidates returns it. */
export interface KnownSource {
  id: number;
  name: string;
  normalized_name: string;
  kind: EntityKind;
  named: boolean;
  /** The case an unnamed source belongs to; null for the shared registry. */
  case_id: number | null;
  /** Normalised aliases. */
  aliases: string[];
}

/** A source extracted from an article, to be matched. */
export interface SourceCandidate {
  name: string;
  kind: EntityKind;
  named: boolean;
  caseId: number;
}

export type MatchReason = 'exact' | 'alias' | 'surname' | 'similar';

export interface SourceMatch<K extends KnownSource = KnownSource> {
  source: K;
  /** In (0, 1]; only matches at or above MATCH_THRESHOLD are returned. */
  score: number;
  reason: MatchReason;
}

/** Below this a candidate becomes a new source rather than a guess. */
export const MATCH_THRESHOLD = 0.85;
/** Two best matches closer than this are ambiguous ("Rasool" with two Rasools known). */
const AMBIGUITY_MARGIN = 0.015;

// Titles and honorifics, longest first so "prime minister" wins over "minister".
const TITLES = [
  'prime minister', 'foreign minister', 'defence minister', 'interior minister', 'vice president',
  'deputy prime minister', 'brigadier general', 'major general', 'lieutenant general', 'lieutenant colonel',
  'secretary of state', 'supreme leader',
  'general', 'gen', 'major', 'maj', 'colonel', 'col', 'lieutenant', 'lt', 'brigadier', 'brig', 'captain', 'capt',
  'admiral', 'adm', 'sergeant', 'sgt', 'commander', 'cmdr', 'president', 'minister', 'secretary', 'senator', 'sen',
  'governor', 'gov', 'ambassador', 'mr', 'mrs', 'ms', 'miss', 'dr', 'prof', 'professor', 'sir', 'sheikh', 'sheik',
  'shaykh', 'sayyed', 'sayyid', 'imam', 'ayatollah', 'mullah', 'king', 'queen', 'prince', 'emir', 'judge',
].map((t) => t.split(' '));
const SPOKES = new Set(['spokesman', 'spokeswoman', 'spokesperson']);
const ARTICLES = new Set(['the', 'a', 'an']);
// Generic trailing words that do not tell two sources apart ("Reuters news agency", "Islamic State group").
const TRAILING = [['news', 'agency'], ['agency'], ['newspaper'], ['news'], ['group']];
const ARABIC_ARTICLE = new Set(['al', 'el', 'ul']);
const SPELLING = dict({ defense: 'defence', organization: 'organisation' });

// After these a title is the name itself ("President of Iraq", "Minister of Defence").
const PREPOSITIONS = new Set(['of', 'for', 'at', 'in', 'to', 'on']);

/** Removes `words` from the front of `tokens` when they are there and a name (not "of …") follows. */
function stripLeading(tokens: string[], words: string[]): boolean {
  if (tokens.length <= words.length || !words.every((w, i) => tokens[i] === w)) return false;
  if (PREPOSITIONS.has(tokens[words.length]!)) return false;
  tokens.splice(0, words.length);
  return true;
}

/** Removes leading articles and titles ("the", "Maj. Gen.") as long as a name follows them. */
function stripTitles(tokens: string[]): void {
  for (let changed = true; changed; ) {
    changed = ARTICLES.has(tokens[0] ?? '') && tokens.length > 1 ? (tokens.shift(), true) : false;
    for (const title of TITLES) if (stripLeading(tokens, title)) changed = true;
  }
}

/** Evens out cheap transliteration variants inside one token: Kataeb/Kataib, Hashed/Hashd al-Shaabi/Shabi. */
function evenSpelling(token: string): string {
  const t = SPELLING[token] ?? token;
  return t.replace(/ae/g, 'ai').replace(/ou/g, 'u').replace(/ee/g, 'i').replace(/([a-z])\1+/g, '$1');
}

/** Lower-cased, diacritics folded, titles, articles and punctuation removed: the registry's matching key. */
export function normaliseSourceName(name: string): string {
  let s = name.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
  s = s.replace(/['’‘`]s\b/g, '').replace(/['’‘`]/g, ''); // possessives and apostrophes
  s = s.replace(/\b([a-z])\.(?=[a-z]\.)/g, '$1').replace(/\b([a-z])\.(?=\s|$)/g, '$1'); // U.S. -> us
  s = s.replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  s = s.replace(/\bunited states( of america)?\b/g, 'us').replace(/\bu s\b/g, 'us').replace(/\bunited kingdom\b/g, 'uk');
  const tokens = s.split(' ').filter(Boolean);
  stripTitles(tokens);
  // "Pentagon spokesman John Kirby": the words up to a spokes- title describe the person.
  const spokes = tokens.findIndex((t) => SPOKES.has(t));
  const next = tokens[spokes + 1];
  if (spokes >= 0 && next !== undefined && !PREPOSITIONS.has(next)) {
    tokens.splice(0, spokes + 1);
    stripTitles(tokens);
  }
  for (const tail of TRAILING) {
    const at = tokens.length - tail.length;
    if (at > 0 && tail.every((w, i) => tokens[at + i] === w)) tokens.splice(at);
  }
  const kept = tokens.length > 1 ? tokens.filter((t) => !ARABIC_ARTICLE.has(t)) : tokens;
  return (kept.length ? kept : tokens).map(evenSpelling).join(' ');
}

/** Consonant skeleton of a token (first letter kept): Hezbollah, Hizballah -> hzbl. */
export function skeleton(token: string): string {
  return token[0] + token.slice(1).replace(/[aeiouy]/g, '');
}

/** Similarity of two normalised tokens in [0, 1]; Dice on bigrams, since Jaro-Winkler rewards shared prefixes (Iraqi/Iranian). */
function tokenSimilarity(a: string, b: string): number {
  if (a === b) return 1;
  if (a.length >= 4 && b.length >= 4 && skeleton(a).length >= 3 && skeleton(a) === skeleton(b)) return 0.9;
  return diceCoefficient(a, b);
}

const TOKEN_MATCH = 0.8;

/** Token-level similarity of two normalised names (greedy one-to-one alignment of tokens). */
export function nameSimilarity(a: string, b: string): number {
  const ta = a.split(' ');
  const tb = b.split(' ');
  const used = new Set<number>();
  let sum = 0;
  let matched = 0;
  for (const x of ta) {
    let best = -1;
    let bestSim = 0;
    tb.forEach((y, j) => {
      const sim = used.has(j) ? 0 : tokenSimilarity(x, y);
      if (sim >= TOKEN_MATCH && sim > bestSim) [best, bestSim] = [j, sim];
    });
    if (best >= 0) {
      used.add(best);
      sum += bestSim;
      matched++;
    }
  }
  const score = (2 * sum) / (ta.length + tb.length);
  // "Central Command" inside "US Central Command": every word of a 2+ word name is there,
  // and little else (not "Iraqi prime minister" inside a spokesman's long description).
  const shorter = Math.min(ta.length, tb.length);
  const extra = Math.max(ta.length, tb.length) - shorter;
  return shorter >= 2 && matched === shorter && extra <= 2 ? Math.max(score, MATCH_THRESHOLD) : score;
}

/** Candidate `a` against known name `b`: "Rasool" for "Yehia Rasool", or "Yahya Rasool"
 * for "Yehia Rasool" (same surname, compatible first name). Not "Yehia Rasool" for a known
 * "Rasool": a surname-only entry would take in every person of that surname, one after another. */
function surnameScore(a: string, b: string): number {
  const ta = a.split(' ');
  const tb = b.split(' ');
  if (tb.length === 1 && ta.length > 1) return 0;
  if (ta.length > 1 && tb.length > 1 && ta.length !== tb.length) return 0;
  if (tokenSimilarity(ta[ta.length - 1]!, tb[tb.length - 1]!) < 0.9) return 0;
  if (ta.length === 1 || tb.length === 1) return 0.9;
  const [fa, fb] = [ta[0]!, tb[0]!];
  return fa[0] === fb[0] && jaroWinkler(fa, fb) >= 0.75 ? 0.88 : 0;
}

const GROUPS: EntityKind[] = ['organization', 'government', 'military', 'armed_group', 'media', 'collective'];

/** 1 for the same kind, a small penalty between two kinds of group, 0 when they can never be one source. */
function kindFactor(a: EntityKind, b: EntityKind): number {
  if (a === b) return 1;
  return GROUPS.includes(a) && GROUPS.includes(b) ? 0.95 : 0;
}

/** True for sources that are descriptions rather than names ("a security source"). */
export function isUnnamed(c: { named: boolean; kind: EntityKind }): boolean {
  return !c.named || c.kind === 'anonymous';
}

/** Scores one known source for a candidate, or undefined when they cannot be the same. */
export function scoreSource<K extends KnownSource>(candidate: SourceCandidate, known: K): SourceMatch<K> | undefined {
  const key = normaliseSourceName(candidate.name);
  const names = [known.normalized_name, ...known.aliases];
  // Descriptions are only ever the same source inside one case, and only word for word.
  if (isUnnamed(candidate) || isUnnamed(known)) {
    const same = isUnnamed(candidate) && isUnnamed(known) && known.case_id === candidate.caseId && candidate.kind === known.kind;
    return same && names.includes(key) ? { source: known, score: 1, reason: 'exact' } : undefined;
  }
  const factor = kindFactor(candidate.kind, known.kind);
  if (factor === 0) return undefined;
  let best: SourceMatch<K> | undefined;
  const offer = (score: number, reason: MatchReason) => {
    if (score * factor >= MATCH_THRESHOLD && score * factor > (best?.score ?? 0)) best = { source: known, score: score * factor, reason };
  };
  if (key === known.normalized_name) offer(1, 'exact');
  if (known.aliases.includes(key)) offer(0.98, 'alias');
  if (candidate.kind === 'person') for (const n of names) offer(surnameScore(key, n), 'surname');
  // Capped below an alias: a recorded spelling is stronger evidence than a resemblance.
  for (const n of names) offer(Math.min(nameSimilarity(key, n), 0.95), 'similar');
  return best;
}

/** The best known source for a candidate, or undefined when none is close enough or two are equally close. */
export function matchSource<K extends KnownSource>(candidate: SourceCandidate, known: readonly K[]): SourceMatch<K> | undefined {
  const scored = known
    .map((k) => scoreSource(candidate, k))
    .filter((m): m is SourceMatch<K> => m !== undefined)
    .sort((x, y) => y.score - x.score);
  const [first, second] = scored;
  if (first && second && second.source.id !== first.source.id && first.score - second.score < AMBIGUITY_MARGIN) return undefined;
  return first;
}
