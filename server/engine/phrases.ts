// Noun-phrase bounds around a cue, from token classes only (no parser): the source is the
// noun phrase touching the cue, possibly with an appositive ("X, the spokesman for Y, said").
import type { Token } from './tokens';
import { isCapitalised } from './tokens';
import { coarse } from './pos';

// Prepositions that may sit inside a source NP ("spokesman for the ministry", "an official from
// the alliance", "Secretary of State").
const NP_INNER_PREPS = new Set(['of', 'for', 'from', 'at', 'with', 'in']);
const POSTMODIFIERS = new Set(['familiar with', 'close to', 'briefed on', 'involved in', 'linked to', 'loyal to', 'allied with', 'affiliated with', 'opposed to', 'knowledgeable about', 'aware of', 'privy to']);
const NAME_PARTICLES = new Set(['de', 'da', 'del', 'della', 'di', 'du', 'van', 'von', 'der', 'den', 'ter', 'bin', 'ibn', 'bint', 'la', 'le', 'dos', 'das']);
const NP_STOP = new Set(['that', 'which', 'who', 'whom', 'whose', 'and', 'or', 'but', 'because', 'when', 'while', 'if', 'as', 'than', 'so', 'after', 'before', 'since', 'although', 'though', 'where', 'to', 'not']);
const PRONOUN_SOURCES = new Set(['he', 'she', 'they', 'it', 'i', 'we', 'you', 'both', 'everyone', 'someone', 'many', 'others', 'some', 'few', 'most', 'nobody', 'who']);

/** May this token be part of a noun phrase? */
function npToken(t: Token): boolean {
  if (NP_STOP.has(t.lower)) return false;
  if (t.lower === "'s" || t.text === '&' || t.text === '.' || t.text === '%') return true;
  const c = coarse(t);
  return c === 'noun' || c === 'proper' || c === 'adj' || c === 'det' || c === 'num';
}

/** Start index of the NP ending at token `end` (inclusive), or -1 if there is none. */
export function npLeft(toks: Token[], end: number, floor = 0): number {
  const t = toks[end];
  if (!t || end < floor) return -1;
  if (PRONOUN_SOURCES.has(t.lower)) return end;
  // "Lebanon's National News Agency (NNA) said": a bracketed short form closes the name.
  if (t.text === ')' && toks[end - 2]?.text === '(' && end - 3 >= floor && isCapitalised(toks[end - 1])) return npLeft(toks, end - 3, floor);
  // "a monitor said": after a determiner or adjective, a verb-looking word is a noun.
  const prevC = toks[end - 1] ? coarse(toks[end - 1] as Token) : 'other';
  if (end - 1 >= floor && coarse(t) === 'verb' && t.kind === 'word' && (prevC === 'det' || prevC === 'adj')) {
    const s0 = npLeft(toks, end - 1, floor);
    return s0 >= 0 ? s0 : end - 1;
  }
  if (t.text === '%') return end - 1 >= floor && toks[end - 1]?.kind === 'num' ? end - 1 : -1;
  if (!npToken(t) || coarse(t) === 'det' || coarse(t) === 'adj') {
    // An NP must end in a noun, a name or a number.
    if (!(t.kind === 'word' && coarse(t) === 'adj' && isCapitalised(t))) return -1;
  }
  let s = end;
  while (s - 1 >= floor) {
    const p = toks[s - 1];
    if (!p) break;
    if (npToken(p)) {
      s--;
      // A determiner opens its phrase: "city a monitor" is two phrases (comma-less copy).
      if (coarse(p) === 'det' && p.lower !== "'s" && !NP_INNER_PREPS.has(toks[s - 1]?.lower ?? '') && !POSTMODIFIERS.has(`${toks[s - 2]?.lower ?? ''} ${toks[s - 1]?.lower ?? ''}`)) break;
      continue;
    }
    // "officials in occupied Zaporizhzhia", "the besieged town": a participle after a
    // determiner or inner preposition modifies the noun.
    if (p.kind === 'word' && /ed$/.test(p.lower) && !isCapitalised(p) && (s - 2 >= floor) && toks[s - 2] && (coarse(toks[s - 2] as Token) === 'det' || NP_INNER_PREPS.has(toks[s - 2]?.lower ?? ''))) { s--; continue; }
    const pp = toks[s - 2];
    // "sources familiar with the matter", "a source close to the talks": an adjective with its
    // preposition after the head noun.
    if (pp && POSTMODIFIERS.has(`${pp.lower} ${p.lower}`) && s - 3 >= floor && toks[s - 3] && (coarse(toks[s - 3] as Token) === 'noun' || coarse(toks[s - 3] as Token) === 'proper')) { s -= 2; continue; }
    // "Staffan de Mistura", "Doctors Without Borders": a name particle, or a capitalised
    // preposition, between capitalised words.
    if ((NAME_PARTICLES.has(p.text) || (isCapitalised(p) && coarse(p) === 'prep')) && pp && s - 2 >= floor && isCapitalised(pp) && isCapitalised(toks[s])) { s -= 2; continue; }
    // "spokesman for the ministry": an inner preposition preceded by a noun.
    if (NP_INNER_PREPS.has(p.lower) && pp && s - 2 >= floor && (coarse(pp) === 'noun' || coarse(pp) === 'proper')) { s -= 2; continue; }
    break;
  }
  // Never start on a bare preposition or an adverb-like leftover.
  while (s < end && NP_INNER_PREPS.has(toks[s]?.lower ?? '')) s++;
  return s;
}

/** End index (inclusive) of the NP starting at `start`, or -1 if none. */
export function npRight(toks: Token[], start: number, ceil = toks.length - 1): number {
  const t = toks[start];
  if (!t || start > ceil) return -1;
  if (PRONOUN_SOURCES.has(t.lower)) return start;
  if (!npToken(t)) return -1;
  let e = start;
  while (e + 1 <= ceil) {
    const n = toks[e + 1];
    if (!n) break;
    if (npToken(n)) { e++; continue; }
    const nn = toks[e + 2];
    if (NP_INNER_PREPS.has(n.lower) && nn && e + 2 <= ceil && npToken(nn) && (coarse(toks[e] ?? n) === 'noun' || coarse(toks[e] ?? n) === 'proper')) { e += 2; continue; }
    break;
  }
  // Trailing determiners or a final period are not part of a name.
  while (e > start && (toks[e]?.text === '.' || coarse(toks[e] ?? t) === 'det')) e--;
  return e;
}

/** Is the token a pronoun usable as a source? */
export function isPronounSource(t: Token | undefined): boolean {
  return !!t && PRONOUN_SOURCES.has(t.lower);
}
