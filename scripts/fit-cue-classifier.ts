// Fit the logistic cue classifier (server/engine/cue-weights.json) on a PolNeAR-style corpus.
// Run scripts/fit-cues.ts first on the same split: its word list is this model's vocabulary.
//   node dist/scripts/fit-cue-classifier.js CORPUS.jsonl [--holdout-from YYYY-MM-DD] [--out PATH]
// One example per token outside quotations (label: inside a gold cue span), AdaGrad SGD with
// L2, features seen fewer than 3 times dropped, small weights pruned. Only weights are written.
import { readFileSync, writeFileSync } from 'node:fs';
import { tokenize } from '../server/engine/tokens';
import { splitParagraphs, splitSentences } from '../server/engine/sentences';
import { findQuotes, quoteIndex } from '../server/engine/quotes';
import { cueFeatures, logistic } from '../server/engine/cue-classifier';
import { NON_HEADS } from '../server/engine/cues';

interface Doc { publication_date: string; text: string; attributions: { cue: [number, number][] }[] }

const args = process.argv.slice(2);
const corpusPath = args[0];
if (!corpusPath) throw new Error('usage: fit-cue-classifier CORPUS.jsonl [--holdout-from DATE] [--out PATH]');
const flag = (name: string): string | undefined => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : undefined; };
const holdoutFrom = flag('--holdout-from');
const outPath = flag('--out') ?? 'server/engine/cue-weights.json';

// Vocabulary of cue words: the count lexicon's words (fit-cues must run on the same split).
const vocabPath = flag('--vocab') ?? 'server/engine/cue-model.json';
const vocab = new Set(Object.keys((JSON.parse(readFileSync(vocabPath, 'utf8')) as { words: Record<string, unknown> }).words));
const examples: { f: string[]; y: number }[] = [];
const counts = new Map<string, number>();
let docs = 0;
for (const line of readFileSync(corpusPath, 'utf8').split('\n')) {
  if (!line.trim()) continue;
  const d = JSON.parse(line) as Doc;
  if (holdoutFrom && d.publication_date >= holdoutFrom) continue;
  docs++;
  const inCue = new Uint8Array(d.text.length);
  for (const a of d.attributions) for (const [s, e] of a.cue) inCue.fill(1, s, e);
  const qidx = quoteIndex(d.text.length, findQuotes(d.text, splitParagraphs(d.text)));
  for (const sent of splitSentences(d.text)) {
    const toks = tokenize(d.text, sent);
    const hasQ = toks.some((t) => t.kind === 'quote');
    toks.forEach((t, i) => {
      // Tokens the runtime never scores (auxiliaries, particles, adverbs) are not examples.
      if (qidx[t.start] !== -1 || t.kind !== 'word' || NON_HEADS.has(t.lower) || t.lower.endsWith('ly')) return;
      const f = cueFeatures(toks, i, hasQ, vocab);
      for (const x of f) counts.set(x, (counts.get(x) ?? 0) + 1);
      examples.push({ f, y: inCue[t.start] === 1 || inCue[t.end - 1] === 1 ? 1 : 0 });
    });
  }
}
const w = new Map<string, number>();
const g2: Record<string, number> = {};
const lr = 0.1;
const l2 = 1e-4;
for (let epoch = 0; epoch < 6; epoch++) {
  // Deterministic shuffle (LCG) so fits are reproducible.
  let seed = 12345 + epoch;
  for (let i = examples.length - 1; i > 0; i--) {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    const j = seed % (i + 1);
    const tmp = examples[i] as (typeof examples)[number];
    examples[i] = examples[j] as (typeof examples)[number];
    examples[j] = tmp;
  }
  let loss = 0;
  for (const ex of examples) {
    const f = ex.f.filter((x) => (counts.get(x) ?? 0) >= (x.startsWith('p=') || x.startsWith('n=') ? 30 : 3));
    const p = logistic(w, f);
    loss -= ex.y ? Math.log(p + 1e-9) : Math.log(1 - p + 1e-9);
    const g = p - ex.y;
    for (const x of f) {
      const gx = g + l2 * (w.get(x) ?? 0);
      g2[x] = (g2[x] ?? 0) + gx * gx;
      w.set(x, (w.get(x) ?? 0) - (lr * gx) / Math.sqrt((g2[x] ?? 0) + 1e-8));
    }
  }
  console.log(`epoch ${epoch}: loss ${(loss / examples.length).toFixed(5)} on ${examples.length} tokens`);
}
const kept: Record<string, number> = {};
for (const [k, v] of w) if (Math.abs(v) >= 0.15 || k === 'b') kept[k] = Math.round(v * 100) / 100;
writeFileSync(outPath, JSON.stringify({ fittedOn: { docs, holdoutFrom: holdoutFrom ?? null }, weights: kept }));
console.log(`fitted on ${docs} docs, kept ${Object.keys(kept).length} of ${w.size} weights -> ${outPath}`);
