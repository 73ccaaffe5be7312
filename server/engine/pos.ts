// Coarse part-of-speech look-up from natural's Brill lexicon (92k words). We only need a word's
// most likely coarse class to bound noun phrases, so the lexicon is used directly instead of
// running the full tagger.
import type { Token } from './tokens';
import { isCapitalised } from './tokens';
import { dict } from '../lib/dict';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const LEXICON = require('natural/lib/natural/brill_pos_tagger/data/English/lexicon_from_posjs.json') as Record<string, string[] | undefined>;

export type Coarse = 'noun' | 'proper' | 'verb' | 'adj' | 'adv' | 'det' | 'prep' | 'pron' | 'conj' | 'num' | 'punct' | 'other';

// Corrections where the Brill lexicon's first tag misleads attribution parsing (see notes).
const OVERRIDES = dict<Coarse>({
  us: 'proper', monitor: 'noun', observatory: 'noun', activists: 'noun', residents: 'noun', witnesses: 'noun', military: 'noun', police: 'noun', press: 'noun', media: 'noun', staff: 'noun', public: 'noun', statement: 'noun', official: 'noun', officials: 'noun', spokesman: 'noun', spokeswoman: 'noun',
  spokesperson: 'noun', source: 'noun', sources: 'noun', aide: 'noun', aides: 'noun', critics: 'noun',
  the: 'det', a: 'det', an: 'det', that: 'other', who: 'pron', which: 'pron', his: 'det', her: 'det',
  their: 'det', its: 'det', our: 'det', my: 'det', your: 'det', this: 'det', these: 'det', those: 'det',
  four: 'num', five: 'num', several: 'det', many: 'det', some: 'det', most: 'det', both: 'det',
  former: 'adj', top: 'adj', senior: 'adj', chief: 'adj', presidential: 'adj', campaign: 'noun',
  "'s": 'other', republican: 'adj', democratic: 'adj', republicans: 'noun', democrats: 'noun', polls: 'noun', poll: 'noun',
});

const MAP: Record<string, Coarse> = {
  NN: 'noun', NNS: 'noun', NNP: 'proper', NNPS: 'proper', VB: 'verb', VBD: 'verb', VBZ: 'verb',
  VBP: 'verb', VBN: 'verb', VBG: 'verb', MD: 'verb', JJ: 'adj', JJR: 'adj', JJS: 'adj', RB: 'adv',
  RBR: 'adv', RBS: 'adv', DT: 'det', PDT: 'det', IN: 'prep', TO: 'prep', PRP: 'pron', 'PRP$': 'det',
  WP: 'pron', CC: 'conj', CD: 'num',
};

// Word form → coarse class. Every stage asks for the class of the same few words again and
// again, and the 92k-key lexicon object is slow to probe; a Map of answers is not.
const COARSE_CACHE = new Map<string, Coarse>();

/** Most likely coarse class of a token, from the lexicon and our overrides. */
export function coarse(t: Token): Coarse {
  if (t.kind === 'punct' || t.kind === 'quote') return 'punct';
  if (t.kind === 'num') return 'num';
  let c = COARSE_CACHE.get(t.text);
  if (c === undefined) {
    if (COARSE_CACHE.size > 100000) COARSE_CACHE.clear();
    c = lookUpCoarse(t);
    COARSE_CACHE.set(t.text, c);
  }
  return c;
}

/** coarse() without the cache. */
function lookUpCoarse(t: Token): Coarse {
  const o = OVERRIDES[t.lower];
  if (o) return o;
  const tags = Object.prototype.hasOwnProperty.call(LEXICON, t.text) ? LEXICON[t.text] : Object.prototype.hasOwnProperty.call(LEXICON, t.lower) ? LEXICON[t.lower] : undefined;
  const first = tags?.[0];
  // "SANA said", "Sana reported": a capitalised form the lexicon knows only in lower case as a
  // foreign word or symbol is a name.
  if (first) return MAP[first] ?? (isCapitalised(t) && !Object.prototype.hasOwnProperty.call(LEXICON, t.text) ? 'proper' : 'other');
  if (isCapitalised(t)) return 'proper';
  if (t.lower.endsWith('ly')) return 'adv';
  return 'noun';
}

/** The lexicon's tags for a word ([] when unknown), exact case first. */
function tagsOf(t: Token): string[] {
  const own = Object.prototype.hasOwnProperty;
  return (own.call(LEXICON, t.text) ? LEXICON[t.text] : own.call(LEXICON, t.lower) ? LEXICON[t.lower] : undefined) ?? [];
}

const TAG_CACHE = new Map<string, string>();

/** The word's most likely Penn tag, with "+V"/"+N" when it can also be a verb or a noun
 * ("claims" NNS+V, "says" VBZ+N): noun/verb ambiguity is where cue words hide. */
export function lexTag(t: Token): string {
  if (t.kind !== 'word') return t.kind;
  let tag = TAG_CACHE.get(t.text);
  if (tag === undefined) {
    if (TAG_CACHE.size > 100000) TAG_CACHE.clear();
    tag = lookUpTag(t);
    TAG_CACHE.set(t.text, tag);
  }
  return tag;
}

/** lexTag() without the cache. */
function lookUpTag(t: Token): string {
  const tags = tagsOf(t);
  const first = tags[0];
  if (!first) return isCapitalised(t) ? 'UNK-CAP' : 'UNK';
  if (first.startsWith('NN') && tags.some((x) => x.startsWith('VB'))) return `${first}+V`;
  if (first.startsWith('VB') && tags.some((x) => x.startsWith('NN'))) return `${first}+N`;
  return first;
}

/** True when a capitalised word is, as the lexicon has it, only a common word: its lower case
 * is listed first as a noun or pronoun, and it is not listed capitalised as a name (NNP) nor
 * written in capitals ("Reports", "Borders", "It"; not "Reuters", "US"). */
export function isCommonWord(word: string): boolean {
  const own = Object.prototype.hasOwnProperty;
  // "US", "WHO": an all-capitals form is an acronym, whatever its lower case means.
  if (word.length > 1 && word === word.toUpperCase()) return false;
  // The lexicon lists sentence-initial forms too ("It" as PRP); a name is listed as NNP.
  if (own.call(LEXICON, word) && word !== word.toLowerCase() && /^NNP/.test(LEXICON[word]?.[0] ?? '')) return false;
  const tags = own.call(LEXICON, word.toLowerCase()) ? LEXICON[word.toLowerCase()] : undefined;
  return !!tags && /^(?:NN|NNS|PRP)$/.test(tags[0] ?? '');
}

/** True when the lexicon allows a verb reading for the word at all. */
export function canBeVerb(t: Token): boolean {
  const tags = Object.prototype.hasOwnProperty.call(LEXICON, t.lower) ? LEXICON[t.lower] : undefined;
  return !!tags && tags.some((x) => x.startsWith('VB') || x === 'MD');
}

/** True when the sentence is written in Title Case ("Clinton Says No To Fox News"): nearly all
 * longer words capitalised. Headlines are, and capitals there say nothing about names. */
export function isTitleCase(toks: Token[]): boolean {
  let long = 0;
  let caps = 0;
  for (const t of toks) {
    if (t.kind !== 'word' || t.text.length < 4) continue;
    long++;
    if (isCapitalised(t)) caps++;
  }
  return long >= 3 && caps >= 0.8 * long;
}

/** Title-case tokens with ordinary words lower-cased ("Says" → "says", "Trump" kept): a capital
 * the lexicon does not know for the word is headline style, not a name. Offsets are unchanged. */
export function uncapitaliseTitle(toks: Token[]): Token[] {
  const own = Object.prototype.hasOwnProperty;
  return toks.map((t, i) => {
    if (i === 0 && toks.length > 1 && t.kind === 'word' && own.call(LEXICON, t.lower) && !own.call(LEXICON, t.text)) return { ...t, text: t.lower };
    if (t.kind !== 'word' || !isCapitalised(t) || own.call(LEXICON, t.text) || !own.call(LEXICON, t.lower)) return t;
    return { ...t, text: t.lower };
  });
}
