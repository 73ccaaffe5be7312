// WordNet semantic classes of a word (built by scripts/build-word-classes.ts): "rebuked" is a
// communication verb, "wondered" a cognition verb, "allegations" a communication noun. They
// let the cue classifier judge words that never occurred in its training articles.
import TABLE from './wordnet-classes.json';
import { dict } from '../lib/dict';

/** Irregular verb forms → base form (also the cue classifier's stems). */
export const IRREGULAR_VERBS = dict<string>({ said: 'say', says: 'say', told: 'tell', wrote: 'write', written: 'write', thought: 'think', knew: 'know', known: 'know', saw: 'see', seen: 'see', found: 'find', felt: 'feel', heard: 'hear', sought: 'seek', meant: 'mean', gave: 'give', given: 'give', made: 'make', took: 'take', taken: 'take', spoke: 'speak', spoken: 'speak', put: 'put', read: 'read', ran: 'run', led: 'lead', held: 'hold', began: 'begin', became: 'become', chose: 'choose', chosen: 'choose', stood: 'stand', understood: 'understand', fought: 'fight', brought: 'bring', taught: 'teach', won: 'win', went: 'go', gone: 'go', did: 'do', done: 'do', has: 'have', had: 'have', is: 'be', was: 'be', were: 'be', are: 'be', been: 'be' });

/** lemma → "32,31"-style class list, unpacked once from the grouped table. */
function unpack(groups: Record<string, string>): Map<string, string> {
  const m = new Map<string, string>();
  for (const [cls, words] of Object.entries(groups)) for (const w of words.split(' ')) m.set(w, cls);
  return m;
}
const VERBS = unpack(TABLE.verb as Record<string, string>);
const NOUNS = unpack(TABLE.noun as Record<string, string>);

/** Base forms a verb form may come from, most likely first ("hailed" → hail, haile…). */
function verbBases(w: string): string[] {
  const irr = IRREGULAR_VERBS[w];
  if (irr) return [irr];
  const out = [w];
  const undouble = (s: string): string | null => (s.length > 3 && s.charAt(s.length - 1) === s.charAt(s.length - 2) && !/[lsz]/.test(s.charAt(s.length - 1)) ? s.slice(0, -1) : null);
  if (w.endsWith('ies')) out.push(`${w.slice(0, -3)}y`);
  else if (w.endsWith('es')) out.push(w.slice(0, -2), w.slice(0, -1));
  else if (w.endsWith('s') && !w.endsWith('ss')) out.push(w.slice(0, -1));
  if (w.endsWith('ied')) out.push(`${w.slice(0, -3)}y`);
  else if (w.endsWith('ed')) { const s = w.slice(0, -2); out.push(s, w.slice(0, -1)); const u = undouble(s); if (u) out.push(u); }
  if (w.endsWith('ing') && w.length > 5) { const s = w.slice(0, -3); out.push(s, `${s}e`); const u = undouble(s); if (u) out.push(u); }
  // British spelling: "criticised" → "criticized".
  if (/is(?:e|es|ed|ing)$/.test(w)) out.push(...verbBases(w.replace(/is(e|es|ed|ing)$/, 'iz$1')).filter((b) => b !== w));
  return out;
}

/** WordNet classes of the first senses of `w` read as a verb ("32,31"), or '' when unknown. */
export function verbClass(w: string): string {
  for (const b of verbBases(w)) {
    const c = VERBS.get(b);
    if (c) return c;
  }
  return '';
}

/** WordNet classes of `w` read as a noun (act/cognition/communication/feeling nouns only). */
export function nounClass(w: string): string {
  const c = NOUNS.get(w);
  if (c) return c;
  if (w.endsWith('ies')) return NOUNS.get(`${w.slice(0, -3)}y`) ?? '';
  if (w.endsWith('es')) return NOUNS.get(w.slice(0, -2)) ?? NOUNS.get(w.slice(0, -1)) ?? '';
  if (w.endsWith('s')) return NOUNS.get(w.slice(0, -1)) ?? '';
  return '';
}

/** A word's WordNet classes: first verb sense, the first three verb senses, first noun sense. */
export interface WordClasses {
  verb0: string;
  verbAll: string[];
  noun0: string;
  /** Some frequent sense is a cue-like verb or noun (see cueLikeClass). */
  cueLike: boolean;
}

// The look-up tries several base forms per word, so results are cached per word form.
const CACHE = new Map<string, WordClasses>();

/** WordNet classes of a lower-cased word form (cached). */
export function wordClasses(w: string): WordClasses {
  let c = CACHE.get(w);
  if (!c) {
    if (CACHE.size > 50000) CACHE.clear();
    const vc = verbClass(w);
    const nc = nounClass(w);
    const verbAll = vc ? vc.split(',') : [];
    c = { verb0: verbAll[0] ?? '', verbAll, noun0: nc.split(',')[0] ?? '', cueLike: cueLikeClass(vc, nc) };
    CACHE.set(w, c);
  }
  return c;
}

// Lexicographer files (WordNet's lexnames): verbs of cognition, communication and emotion,
// nouns of cognition and communication — the classes attribution cues come from.
const CUE_VERB_CLASSES = new Set(['31', '32', '37']);
const CUE_NOUN_CLASSES = new Set(['9', '10']);

/** True when some frequent sense of the word is a cue-like verb or noun. */
function cueLikeClass(vc: string, nc: string): boolean {
  return (vc !== '' && vc.split(',').some((c) => CUE_VERB_CLASSES.has(c))) || (nc !== '' && CUE_NOUN_CLASSES.has(nc.split(',')[0] ?? ''));
}
