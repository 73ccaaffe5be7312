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
import { fitArgs, readTrainingDocs, sentencesOf } from './lib/corpus';
import type { Example } from './lib/fit-logistic';
import { fitLogistic } from './lib/fit-logistic';

const { corpusPath, holdoutFrom, outPath, flag } = fitArgs('fit-cue-classifier CORPUS.jsonl [--holdout-from DATE] [--vocab PATH] [--out PATH]', 'server/engine/cue-weights.json');

// Vocabulary of cue words: the count lexicon's words (fit-cues must run on the same split).
const vocabPath = flag('--vocab') ?? 'server/engine/cue-model.json';
const vocab = new Set(Object.keys((JSON.parse(readFileSync(vocabPath, 'utf8')) as { words: Record<string, unknown> }).words));
const docs = readTrainingDocs(corpusPath, holdoutFrom);
const examples: Example[] = [];
for (const doc of docs) {
  const inCue = new Uint8Array(doc.text.length);
  for (const a of doc.attributions) for (const [s, e] of a.cue) inCue.fill(1, s, e);
  for (const { toks, inQuote } of sentencesOf(doc)) {
    const ctx = cueContext(toks, inQuote);
    toks.forEach((t, i) => {
      // Tokens the runtime never scores (auxiliaries, particles, adverbs) are not examples.
      // Tokens inside another attribution's content stay in as non-cues: leaving them out
      // (the engine drops nested cues itself) found more cues but lost more precision on dev.
      if (inQuote(i) || t.kind !== 'word' || NON_HEADS.has(t.lower) || t.lower.endsWith('ly')) return;
      const names = new NameSink();
      cueFeatures(toks, i, ctx, vocab, names);
      examples.push({ f: names.names, y: inCue[t.start] === 1 || inCue[t.end - 1] === 1 ? 1 : 0 });
    });
  }
}
// Neighbour-word features need more support than the rest: they are the easiest to memorise.
const num = (name: string, dflt: number): number => { const v = flag(name); return v === undefined ? dflt : Number(v); };
const minCount = num('--min-count', 3);
const weights = fitLogistic(examples, { epochs: num('--epochs', 12), l2: num('--l2', 1e-4), lr: num('--lr', 0.1), minCount: (x) => (/^[pn]2?=/.test(x) ? 10 * minCount : minCount), log: (l) => console.log(l) });
writeFileSync(outPath, JSON.stringify({ fittedOn: { docs: docs.length, holdoutFrom: holdoutFrom ?? null }, weights }));
console.log(`fitted on ${docs.length} docs, kept ${Object.keys(weights).length} weights -> ${outPath}`);
