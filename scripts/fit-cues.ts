// Fit the cue lexicon (server/engine/cue-model.json) from a PolNeAR-style JSONL corpus.
//   node dist/scripts/fit-cues.js CORPUS.jsonl [--holdout-from YYYY-MM-DD] [--out PATH]
// Counts, for every token outside quotations, how often it lies inside a gold cue span given
// its word and context classes, plus how often a cue's neighbours are part of the cue. Only
// counts are written (no text), so the model can be committed while the corpus cannot.
import { writeFileSync } from 'node:fs';
import { tokenize } from '../server/engine/tokens';
import { prevClass, nextClass } from '../server/engine/cue-features';
import { fitArgs, readTrainingDocs } from './lib/corpus';

type Counts = Record<string, [number, number]>;

const { corpusPath, holdoutFrom, outPath, has } = fitArgs('fit-cues CORPUS.jsonl [--holdout-from DATE] [--out PATH]', 'server/engine/cue-model.json');
// Context counts are only needed by the count-lexicon scorer (kept for comparison runs).
const withCtx = has('--with-context');


const bump = (c: Counts, k: string, pos: boolean): void => { const v = c[k] ?? [0, 0]; if (pos) v[0]++; v[1]++; c[k] = v; };
const words: Counts = {}, ctx: Counts = {}, left: Counts = {}, right: Counts = {};
let docsUsed = 0;
const docs = readTrainingDocs(corpusPath, holdoutFrom);
for (const d of docs) {
  docsUsed++;
  const inCue = new Uint8Array(d.text.length);
  for (const a of d.attributions) for (const [s, e] of a.cue) inCue.fill(1, s, e);
  const toks = tokenize(d.text);
  const lab = toks.map((t) => inCue[t.start] === 1 || inCue[t.end - 1] === 1);
  toks.forEach((t, i) => {
    if (d.qidx[t.start] !== -1 && t.kind !== 'quote') return;
    const y = lab[i] === true;
    bump(words, t.lower, y);
    bump(ctx, `${t.lower}|${prevClass(toks[i - 1])}|${nextClass(toks[i + 1])}`, y);
    if (y) {
      const p = toks[i - 1], n = toks[i + 1];
      if (p && !lab[i - 1]) bump(left, p.lower, false);
      if (p && lab[i - 1]) bump(left, p.lower, true);
      if (n && !lab[i + 1]) bump(right, n.lower, false);
      if (n && lab[i + 1]) bump(right, n.lower, true);
    }
  });
}
// Keep only words that were ever part of a cue twice; everything else scores zero at run time.
const keepWords: Counts = {};
for (const [w, v] of Object.entries(words)) if (v[0] >= 2) keepWords[w] = v;
const keepCtx: Counts = {};
for (const [k, v] of Object.entries(ctx)) if (v[1] >= 3 && keepWords[k.split('|')[0] ?? ''] !== undefined) keepCtx[k] = v;
const keepExt = (c: Counts): Counts => Object.fromEntries(Object.entries(c).filter(([, v]) => v[0] >= 2 && v[1] >= 3));
const model = { fittedOn: { docs: docsUsed, holdoutFrom: holdoutFrom ?? null }, words: keepWords, ctx: withCtx ? keepCtx : {}, left: keepExt(left), right: keepExt(right) };
writeFileSync(outPath, JSON.stringify(model));
console.log(`fitted on ${docsUsed} docs: ${Object.keys(keepWords).length} words, ${Object.keys(keepCtx).length} contexts -> ${outPath}`);
