// Logistic cue classifier: is this token part of an attribution cue? Features are the word,
// a crude lemma, neighbouring words and classes, and sentence cues (quotes, "that" ahead).
// Weights are fitted by scripts/fit-cue-classifier.ts and shipped as cue-weights.json.
import type { Token } from './tokens';
import { isCapitalised } from './tokens';
import { prevClass, nextClass } from './cue-features';
import { coarse } from './pos';

/** Crude lemma: "said/says/saying" → "say", "warned" → "warn". */
export function lemmaOf(w: string): string {
  const irregular: Record<string, string> = { said: 'say', says: 'say', told: 'tell', wrote: 'write', thought: 'think', knew: 'know', saw: 'see', found: 'find', felt: 'feel', heard: 'hear', sought: 'seek', meant: 'mean', gave: 'give', made: 'make', took: 'take' };
  const irr = irregular[w];
  if (irr) return irr;
  if (w.length > 5 && w.endsWith('ing')) return w.slice(0, -3);
  if (w.length > 4 && w.endsWith('ied')) return `${w.slice(0, -3)}y`;
  if (w.length > 4 && w.endsWith('ed')) return w.slice(0, -2);
  if (w.length > 4 && w.endsWith('es')) return w.slice(0, -2);
  if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss')) return w.slice(0, -1);
  return w;
}

/** Feature names for token i (the fitting script and the runtime share this function).
 * Word-identity features exist only for `vocab` (words ever seen in a cue), so the weight
 * table stays small; other words are judged by their class and context. */
export function cueFeatures(toks: Token[], i: number, sentenceHasQuote: boolean, vocab: ReadonlySet<string>): string[] {
  const t = toks[i];
  if (!t) return [];
  const p = toks[i - 1];
  const n = toks[i + 1];
  const w = t.lower;
  const pc = prevClass(p);
  const nc = nextClass(n);
  const pos = coarse(t);
  const f = ['b', `pc=${pc}`, `nc=${nc}`, `pos=${pos}`, `pos|nc=${pos}|${nc}`, `pos|pc=${pos}|${pc}`, `ppos=${p ? coarse(p) : '<s>'}`, `nc2=${nextClass(toks[i + 2])}`, `p=${p?.lower ?? '<s>'}`, `n=${n?.lower ?? '</s>'}`];
  if (i === 0) f.push('first');
  if (isCapitalised(t)) f.push('cap');
  if (!vocab.has(w)) return f;
  const l = lemmaOf(w);
  f.push(`w=${w}`, `l=${l}`, `w|nc=${w}|${nc}`, `w|pc=${w}|${pc}`, `l|nc=${l}|${nc}`, `l|pc=${l}|${pc}`, `l|n=${l}|${n?.lower ?? '</s>'}`);
  if (sentenceHasQuote) f.push(`q|l=${l}`);
  for (let k = i + 1; k <= i + 4 && k < toks.length; k++) if (toks[k]?.lower === 'that') { f.push(`that4|l=${l}`); break; }
  if (p?.lower === ',' || toks[i - 2]?.lower === ',') f.push(`cma|l=${l}`);
  return f;
}

/** Logistic score from a weight table. */
export function logistic(weights: ReadonlyMap<string, number>, feats: string[]): number {
  let z = 0;
  for (const f of feats) z += weights.get(f) ?? 0;
  return 1 / (1 + Math.exp(-z));
}
