// Fit the frame gate (server/engine/frame-filter-weights.json) on a PolNeAR-style corpus.
// Run the other fitting scripts first (cues, cue classifier, content end) on the same split:
// the gate learns which of the engine's own frames are right.
//   node dist/scripts/fit-frame-filter.js CORPUS.jsonl [--holdout-from YYYY-MM-DD] [--out PATH]
//     [--epochs 10] [--l2 1e-4] [--lr 0.1] [--min-count 5]
// One example per attribution the engine builds from a frame (the gate switched off), as
// finally extracted. Label:
// some gold attribution's cue overlaps its cue and their contents agree on at least half of
// their words (the overlap rule of the reference scorer). Only weights are written.
import { extractAttributions } from '../server/engine/index';
import type { Span } from '../server/engine/types';
import { writeFileSync } from 'node:fs';
import { fitArgs, readTrainingDocs } from './lib/corpus';
import type { Example } from './lib/fit-logistic';
import { fitLogistic } from './lib/fit-logistic';

const { corpusPath, holdoutFrom, outPath, flag } = fitArgs('fit-frame-filter CORPUS.jsonl [--holdout-from DATE] [--out PATH]', 'server/engine/frame-filter-weights.json');
const num = (name: string, dflt: number): number => { const v = flag(name); return v === undefined ? dflt : Number(v); };

/** Word-token index sets of spans, for the content agreement test. */
function wordSet(text: string, spans: Span[]): Set<number> {
  const out = new Set<number>();
  for (const [s, e] of spans) {
    const re = /[\p{L}\p{N}_]+|[^\s\p{L}\p{N}_]/gu;
    re.lastIndex = s;
    for (let m = re.exec(text); m && m.index < e; m = re.exec(text)) out.add(m.index);
  }
  return out;
}
const jaccard = (a: Set<number>, b: Set<number>): number => {
  let i = 0;
  for (const x of a) if (b.has(x)) i++;
  const u = a.size + b.size - i;
  return u ? i / u : 0;
};
const overlaps = (a: Span[], b: Span[]): boolean => a.some(([s1, e1]) => b.some(([s2, e2]) => s1 < e2 && s2 < e1));

const docs = readTrainingDocs(corpusPath, holdoutFrom);
const examples: Example[] = [];
let positives = 0;
for (const doc of docs) {
  const gold = doc.attributions.filter((a) => a.cue.length > 0).map((a) => ({ cue: a.cue, words: wordSet(doc.text, a.content) }));
  extractAttributions(doc.text, {
    collectFrames: (features, att) => {
      const words = wordSet(doc.text, att.content);
      const y = gold.some((g) => overlaps(g.cue, att.cue) && jaccard(g.words, words) >= 0.5) ? 1 : 0;
      positives += y;
      examples.push({ f: features, y });
    },
  });
}
const minCount = num('--min-count', 5);
const weights = fitLogistic(examples, { epochs: num('--epochs', 10), l2: num('--l2', 1e-4), lr: num('--lr', 0.1), minCount: () => minCount, prune: 0.05, log: (l) => console.log(l) });
writeFileSync(outPath, JSON.stringify({ fittedOn: { docs: docs.length, holdoutFrom: holdoutFrom ?? null }, weights }));
console.log(`fitted on ${docs.length} docs, ${examples.length} frames (${positives} right), kept ${Object.keys(weights).length} weights -> ${outPath}`);
