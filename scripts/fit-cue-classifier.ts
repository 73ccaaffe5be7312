// Fit the logistic cue classifier (server/engine/cue-weights.json) on a PolNeAR-style corpus.
// Run scripts/fit-cues.ts first on the same split: its word list is this model's vocabulary.
//   node dist/scripts/fit-cue-classifier.js CORPUS.jsonl [--holdout-from YYYY-MM-DD] [--vocab PATH] [--out PATH]
//     [--epochs 12] [--l2 1e-4] [--lr 0.1] [--min-count 3]
// One example per token outside quotations (label: inside a gold cue span), sentences and tokens
// exactly as the engine makes them; AdaGrad SGD with L2, rare features dropped, small weights
// pruned. Only weights are written.
import { readFileSync, writeFileSync } from 'node:fs';
import { cueContext, cueFeatures } from '../server/engine/cue-classifier';
import { NON_HEADS } from '../server/engine/cues';
import { NameSink } from '../server/engine/hashed-weights';
import { readTrainingDocs, sentencesOf } from './lib/corpus';
import type { Example } from './lib/fit-logistic';
import { fitLogistic } from './lib/fit-logistic';

const args = process.argv.slice(2);
const corpusPath = args[0];
if (!corpusPath) throw new Error('usage: fit-cue-classifier CORPUS.jsonl [--holdout-from DATE] [--vocab PATH] [--out PATH]');
const flag = (name: string): string | undefined => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : undefined; };
const holdoutFrom = flag('--holdout-from');
const outPath = flag('--out') ?? 'server/engine/cue-weights.json';

// Vocabulary of cue words: the count lexicon's words (fit-cues must run on the same split).
const vocabPath = flag('--vocab') ?? 'server/engine/cue-model.json';
const counts = (JSON.parse(readFileSync(vocabPath, 'utf8')) as { words: Record<string, [number, number]> }).words;
const vocab = new Set(Object.keys(counts));
const rate = (w: string): number => { const c = counts[w]; return c ? c[0] / (c[1] + 1) : 0; };
const headsOnly = args.includes('--heads-only');
const skipInContent = args.includes('--skip-in-content');
const docs = readTrainingDocs(corpusPath, holdoutFrom);
const examples: Example[] = [];
for (const doc of docs) {
  // Cue id per character (0 = none), so tokens of one cue can be told apart.
  const inCue = new Int32Array(doc.text.length);
  doc.attributions.forEach((a, k) => { for (const [s, e] of a.cue) inCue.fill(k + 1, s, e); });
  const inContent = new Uint8Array(doc.text.length);
  for (const a of doc.attributions) for (const [s, e] of a.content) inContent.fill(1, s, e);
  for (const { toks, inQuote } of sentencesOf(doc)) {
    const ctx = cueContext(toks, inQuote);
    const scorable = (i: number): boolean => { const t = toks[i]; return !!t && !inQuote(i) && t.kind === 'word' && !NON_HEADS.has(t.lower) && !t.lower.endsWith('ly'); };
    const cueOf = (i: number): number => { const t = toks[i]; return t ? (inCue[t.start] || inCue[t.end - 1] || 0) : 0; };
    // With --heads-only, a cue's most cue-like word is its one positive example and its other
    // words ("said *Tuesday*") are left out rather than taught as cues.
    const head = new Map<number, number>();
    toks.forEach((t, i) => {
      const c = cueOf(i);
      if (!c || !scorable(i)) return;
      const h = head.get(c);
      if (h === undefined || rate(t.lower) > rate(toks[h]?.lower ?? '')) head.set(c, i);
    });
    toks.forEach((_t, i) => {
      // Tokens the runtime never scores (auxiliaries, particles, adverbs) are not examples.
      if (!scorable(i)) return;
      const c = cueOf(i);
      if (c && headsOnly && head.get(c) !== i) return;
      if (!c && skipInContent && inContent[toks[i]?.start ?? 0] === 1) return;
      const names = new NameSink();
      cueFeatures(toks, i, ctx, vocab, names);
      examples.push({ f: names.names, y: c ? 1 : 0 });
    });
  }
}
// Neighbour-word features need more support than the rest: they are the easiest to memorise.
const num = (name: string, dflt: number): number => { const v = flag(name); return v === undefined ? dflt : Number(v); };
const minCount = num('--min-count', 3);
const weights = fitLogistic(examples, { epochs: num('--epochs', 12), l2: num('--l2', 1e-4), lr: num('--lr', 0.1), minCount: (x) => (/^[pn]2?=/.test(x) ? 10 * minCount : minCount), log: (l) => console.log(l) });
writeFileSync(outPath, JSON.stringify({ fittedOn: { docs: docs.length, holdoutFrom: holdoutFrom ?? null }, weights }));
console.log(`fitted on ${docs.length} docs, kept ${Object.keys(weights).length} weights -> ${outPath}`);
