// Logistic cue classifier: is this token part of an attribution cue? Features are the word,
// a crude stem, its lexicon tag and WordNet classes, neighbouring words and classes, and
// sentence facts (quotes, "that" ahead, a plain reporting verb before or after).
// Weights are fitted by scripts/fit-cue-classifier.ts and shipped as cue-weights.json.
import type { Token } from './tokens';
import { isCapitalised } from './tokens';
import { prevClass, nextClass } from './cue-features';
import { coarse, lexTag } from './pos';
import { IRREGULAR_VERBS, wordClasses } from './word-classes';
import type { FeatureSink } from './hashed-weights';

/** Crude stem shared by a word's inflections: "said/says/saying" → "say", "believes/believed/
 * believe" → "believ", "planned/plans" → "plan". Only consistency matters: it is a feature key. */
export function lemmaOf(w: string): string {
  const irr = IRREGULAR_VERBS[w];
  if (irr) return irr;
  let s = w;
  let stripped = true;
  if (s.length > 5 && s.endsWith('ing')) s = s.slice(0, -3);
  else if (s.length > 4 && (s.endsWith('ied') || s.endsWith('ies'))) s = `${s.slice(0, -3)}y`;
  else if (s.length > 4 && s.endsWith('ed')) s = s.slice(0, -2);
  else if (s.length > 4 && /(?:ch|sh|ss|x|z)es$/.test(s)) s = s.slice(0, -2);
  else if (s.length > 3 && s.endsWith('s') && !s.endsWith('ss') && !s.endsWith('us') && !s.endsWith('is')) s = s.slice(0, -1);
  else stripped = false;
  // "planned" → "plan", but "called" → "call" and "discussed" → "discuss".
  if (stripped && s.length > 3 && s.charAt(s.length - 1) === s.charAt(s.length - 2) && !/[lsz]/.test(s.charAt(s.length - 1))) s = s.slice(0, -1);
  if (s.length > 3 && s.endsWith('e') && !s.endsWith('ee')) s = s.slice(0, -1);
  return s;
}

// Plain reporting verbs. A cue candidate after one of them usually sits inside its content,
// and one before them inside a "…, X said" content: PolNeAR gives every token one role.
const REPORTING = new Set(['said', 'says', 'say', 'saying', 'told', 'tells', 'tell', 'according', 'added', 'adds', 'adding', 'wrote', 'writes', 'asked', 'asks', 'noted', 'notes', 'explained', 'argued', 'stated', 'insisted', 'tweeted', 'reported', 'announced', 'declared', 'claimed', 'warned', 'recalled', 'replied']);

/** Per-sentence facts the token features need, computed once per sentence. */
export interface CueContext {
  hasQuote: boolean;
  /** Index of the first and last reporting verb outside quotations (-1 when none). */
  firstReport: number;
  lastReport: number;
}

/** Facts about the sentence for cueFeatures; `blocked(i)` marks tokens inside quotations. */
export function cueContext(toks: Token[], blocked: (i: number) => boolean): CueContext {
  let firstReport = -1;
  let lastReport = -1;
  let hasQuote = false;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    if (!t) continue;
    if (t.kind === 'quote') hasQuote = true;
    if (REPORTING.has(t.lower) && !blocked(i)) {
      if (firstReport < 0) firstReport = i;
      lastReport = i;
    }
  }
  return { hasQuote, firstReport, lastReport };
}

const SUBJECT_WORDS = new Set(['he', 'she', 'they', 'i', 'we', 'you', 'it', 'who', 'officials', 'spokesman', 'spokeswoman', 'campaign']);

/** Sends the features of token i to `out` (the fitting script and the runtime share this).
 * Word-identity features exist only for `vocab` (words ever seen in a cue), so the weight
 * table stays small; other words are judged by their WordNet class and context. */
export function cueFeatures(toks: Token[], i: number, ctx: CueContext, vocab: ReadonlySet<string>, out: FeatureSink): void {
  const t = toks[i];
  if (!t) return;
  const p = toks[i - 1];
  const n = toks[i + 1];
  const w = t.lower;
  const pc = prevClass(p);
  const nc = nextClass(n);
  const nc2 = nextClass(toks[i + 2]);
  const pos = coarse(t);
  const tag = lexTag(t);
  const pw = p?.lower ?? '<s>';
  const nw = n?.lower ?? '</s>';
  out.add('b');
  out.add1('pc=', pc);
  out.add1('nc=', nc);
  out.add1('pos=', pos);
  out.add1('tag=', tag);
  out.add2('pos|nc=', pos, nc);
  out.add2('pos|pc=', pos, pc);
  out.add2('tag|pc=', tag, pc);
  out.add2('tag|nc=', tag, nc);
  out.add1('ppos=', p ? coarse(p) : '<s>');
  out.add1('nc2=', nc2);
  out.add1('p=', pw);
  out.add1('n=', nw);
  out.add1('p2=', toks[i - 2]?.lower ?? '<s>');
  out.add1('n2=', toks[i + 2]?.lower ?? '</s>');
  if (i === 0) out.add('first');
  if (isCapitalised(t)) out.add('cap');
  // WordNet classes generalise over words: "rebuked" is judged like "criticized".
  const wc = wordClasses(w);
  if (wc.verb0) {
    out.add1('wv=', wc.verb0);
    out.add2('wv|pc=', wc.verb0, pc);
    out.add2('wv|nc=', wc.verb0, nc);
    out.add2('wv|tag=', wc.verb0, tag);
    for (const c of wc.verbAll) out.add1('wva=', c);
  }
  if (wc.noun0) {
    out.add1('wn=', wc.noun0);
    out.add2('wn|pc=', wc.noun0, pc);
    out.add2('wn|nc=', wc.noun0, nc);
  }
  if (!vocab.has(w)) return;
  const l = lemmaOf(w);
  out.add1('w=', w);
  out.add1('l=', l);
  out.add2('w|nc=', w, nc);
  out.add2('w|pc=', w, pc);
  out.add2('l|nc=', l, nc);
  out.add2('l|pc=', l, pc);
  out.add2('l|n=', l, nw);
  out.add2('l|p=', l, pw);
  out.add2('l|tag=', l, tag);
  out.add3('l|nc2=', l, nc, nc2);
  if (ctx.hasQuote) out.add1('q|l=', l);
  if (ctx.firstReport >= 0 && ctx.firstReport < i) { out.add1('repL|l=', l); out.add1('repL|tag=', tag); }
  if (ctx.lastReport > i) { out.add1('repR|l=', l); out.add1('repR|tag=', tag); }
  // A quotation mark right before or after ("…,” said", 'said “…') marks a speech cue.
  for (let k = Math.max(0, i - 3); k <= i + 3 && k < toks.length; k++) {
    if (k !== i && toks[k]?.kind === 'quote') { out.add1('qnear|l=', l); out.add(k < i ? 'qbefore' : 'qafter'); break; }
  }
  for (let k = i + 1; k <= i + 4 && k < toks.length; k++) if (toks[k]?.lower === 'that') { out.add1('that4|l=', l); break; }
  if (pw === ',' || toks[i - 2]?.lower === ',') out.add1('cma|l=', l);
  // A subject right before (a pronoun, a name, "officials") reads as a predicate.
  if (p && (SUBJECT_WORDS.has(pw) || (isCapitalised(p) && p.kind === 'word'))) out.add1('subj|l=', l);
  if (i <= 2) out.add1('start|l=', l);
  if (toks.length - i <= 3) out.add1('end|l=', l);
}
