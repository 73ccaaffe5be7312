// Word-level helpers shared by the signal detectors: tokens with offsets, stems, stop words,
// event nouns and short labels. Everything is lower-case ASCII-tolerant and never throws.
import PorterStemmer from 'natural/lib/natural/stemmers/porter_stemmer';
import { dict } from '../lib/dict';

/** A word of a text with its character offset, lower-cased for matching. */
export interface Token {
  text: string;
  lower: string;
  start: number;
}

// Words and numbers ("2,500", "self-defence", "al-Shaabi"); quotes and punctuation are dropped.
const WORD = /[A-Za-z0-9\u00C0-\u024F]+(?:[-'’,.][A-Za-z0-9\u00C0-\u024F]+)*/g;

/** Splits text into word tokens, keeping hyphenated words and grouped digits whole. */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(WORD)) {
    const word = m[0];
    const start = m.index ?? 0;
    // "2,500", "3.5" and "U.S" stay whole; "killed,four" or "Aleppo.The" are two words.
    if (/[,.]/.test(word) && !/^\d{1,3}(?:,\d{3})+(?:\.\d+)?$|^\d+\.\d+$|^(?:[A-Za-z]\.)+[A-Za-z]$/.test(word)) {
      let at = start;
      for (const part of word.split(/[,.]/)) {
        if (part) out.push({ text: part, lower: part.toLowerCase(), start: at });
        at += part.length + 1;
      }
      continue;
    }
    out.push({ text: word, lower: word.toLowerCase(), start });
  }
  return out;
}

// A short, general English stop list: function words and reporting verbs that say nothing
// about the topic of a claim.
export const STOPWORDS = new Set(
  ('a an the and or but if of in on at to for from by with without as into onto over under about ' +
    'after before since during between among against toward towards through up down out off than then ' +
    'this that these those it its it\'s they them their there here he him his she her we us our you your i me my ' +
    'is are was were be been being am has have had having do does did doing will would shall should can could may might must ' +
    'not no nor so such too very just also only even still yet already more most much many some any all each both few other ' +
    'which who whom whose what when where why how while whether one ones said says say saying told tell added adding ' +
    'according statement reported report reports news agency tonight today yesterday monday tuesday wednesday thursday ' +
    'friday saturday sunday week weeks month months year years mr mrs ms').split(/\s+/),
);

const stemCache = new Map<string, string>();

/** Porter stem of a lower-case word, cached because the same words recur across claims. */
export function stem(word: string): string {
  let s = stemCache.get(word);
  if (s === undefined) {
    s = PorterStemmer.stem(word);
    if (stemCache.size < 50_000) stemCache.set(word, s);
  }
  return s;
}

/** Stems of the content words of a text (no stop words, no bare numbers, hyphen parts split). */
export function contentStems(text: string): string[] {
  const out: string[] = [];
  for (const t of tokenize(text)) {
    for (const part of t.lower.split(/[-'’]/)) {
      if (part.length < 2 || STOPWORDS.has(part) || /^\d/.test(part)) continue;
      out.push(stem(part));
    }
  }
  return out;
}

// Nouns that name a violent event, by family: a case usually has one event, but wire copy
// also mentions earlier "attacks" and "strikes", so families keep the two apart.
const EVENT_FAMILIES = dict({
  strike: ['strike', 'strikes', 'airstrike', 'airstrikes', 'air-strike', 'raid', 'raids', 'airraid', 'bombardment', 'shelling', 'missile', 'missiles', 'rocket', 'rockets'],
  attack: ['attack', 'attacks', 'assault', 'assaults', 'ambush', 'ambushes', 'massacre', 'shooting'],
  bombing: ['bombing', 'bombings', 'bomb', 'bombs', 'blast', 'blasts', 'explosion', 'explosions', 'bomber', 'suicide'],
});

const EVENT_INDEX = new Map<string, string>();
for (const [family, words] of Object.entries(EVENT_FAMILIES)) for (const w of words) EVENT_INDEX.set(w, family);

/** The event family a word belongs to ('strike', 'attack', 'bombing'), if it names an event. */
export function eventFamily(lowerWord: string): string | undefined {
  return EVENT_INDEX.get(lowerWord);
}

/** Event words of a text, in order, as [word, family]. */
export function eventWords(text: string): [string, string][] {
  const out: [string, string][] = [];
  for (const t of tokenize(text)) {
    const f = EVENT_INDEX.get(t.lower);
    if (f) out.push([t.lower, f]);
  }
  return out;
}

/** The singular noun to use in a question for an event family ("strike", "attack", "bombing"). */
export function eventNoun(words: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const w of words) {
    const singular = w.replace(/(?<!s)s$/, '').replace(/^airstrike$/, 'air strike').replace(/^bomb$/, 'bombing');
    if (singular === 'bomber' || singular === 'suicide' || singular === 'missile' || singular === 'rocket') continue;
    counts.set(singular, (counts.get(singular) ?? 0) + 1);
  }
  let best = 'attack';
  let n = 0;
  for (const [w, c] of counts) if (c > n) [best, n] = [w, c];
  return best;
}

/** Upper-cases the first letter; labels and questions read as sentences. */
export function capitalise(s: string): string {
  return s.length ? s[0]!.toUpperCase() + s.slice(1) : s;
}

/** Shortens a phrase to at most maxWords words, marking the cut with an ellipsis. */
export function clip(phrase: string, maxWords = 8): string {
  const words = phrase.replace(/["“”]/g, '').replace(/\s+/g, ' ').trim().split(' ');
  const kept = words.slice(0, maxWords).join(' ').replace(/[,;:.\s-]+$/, '');
  return words.length > maxWords ? `${kept}…` : kept;
}

/** The source key of a claim; unsourced claims belong to their article's publisher. */
export function sourceKey(claim: { source: { key: string } | null; articleId: string }): string {
  return claim.source?.key ?? `publisher:${claim.articleId}`;
}

/** The display name of a claim's source. */
export function sourceName(claim: { source: { name: string } | null }): string {
  return claim.source?.name ?? 'the publisher';
}
