// Fit the forward-content stop model (server/engine/content-end-weights.json) on a
// PolNeAR-style corpus:
//   node dist/scripts/fit-content-end.js CORPUS.jsonl [--holdout-from YYYY-MM-DD] [--out PATH]
// For every gold attribution whose content follows its cue inside one sentence, the boundaries
// from the content's first token onwards are examples: "stop" at the gold end, "go on" before
// it (later boundaries are never reached at run time). Only weights are written, no text.
import { writeFileSync } from 'node:fs';
import { contentEnd } from '../server/engine/clauses';
import { advanceScan, cueLemma, startScan, stopFeatures } from '../server/engine/content-end';
import { NameSink } from '../server/engine/hashed-weights';
import { fitArgs, readTrainingDocs, sentencesOf } from './lib/corpus';
import type { Example } from './lib/fit-logistic';
import { fitLogistic } from './lib/fit-logistic';

const { corpusPath, holdoutFrom, outPath } = fitArgs('fit-content-end CORPUS.jsonl [--holdout-from DATE] [--out PATH]', 'server/engine/content-end-weights.json');

const docs = readTrainingDocs(corpusPath, holdoutFrom);
const examples: Example[] = [];
let contents = 0;
for (const doc of docs) {
  for (const { toks, inQuote } of sentencesOf(doc)) {
    const first = toks[0];
    const last = toks[toks.length - 1];
    if (!first || !last) continue;
    const lastContent = contentEnd(toks);
    for (const a of doc.attributions) {
      const cueStart = a.cue[0]?.[0];
      const cueEnd = a.cue[a.cue.length - 1]?.[1];
      const cStart = a.content[0]?.[0];
      const cEnd = a.content[a.content.length - 1]?.[1];
      if (cueStart === undefined || cueEnd === undefined || cStart === undefined || cEnd === undefined) continue;
      if (cueStart < first.start || cueStart >= last.end || cStart < cueEnd || cStart >= last.end) continue;
      const cs = toks.findIndex((t) => t.end > cStart);
      if (cs < 0) continue;
      let ge = cs;
      while (ge + 1 < toks.length && (toks[ge + 1]?.start ?? Infinity) < cEnd) ge++;
      const c0 = toks.findIndex((t) => t.end > cueStart);
      let c1 = c0;
      while (c1 + 1 < toks.length && (toks[c1 + 1]?.start ?? Infinity) < cueEnd) c1++;
      contents++;
      const st = startScan(toks, cs, c0 >= 0 ? cueLemma(toks, c0, c1) : '', lastContent);
      advanceScan(st, toks, cs);
      for (let k = cs + 1; k <= Math.min(ge + 1, lastContent); k++) {
        if (!(inQuote(k) && inQuote(k - 1))) {
          const names = new NameSink();
          stopFeatures(toks, inQuote, cs, k, st, names);
          examples.push({ f: names.names, y: k === ge + 1 ? 1 : 0 });
        }
        advanceScan(st, toks, k);
      }
    }
  }
}
const weights = fitLogistic(examples, { epochs: 8, minCount: () => 5, prune: 0.05, log: (l) => console.log(l) });
writeFileSync(outPath, JSON.stringify({ fittedOn: { docs: docs.length, holdoutFrom: holdoutFrom ?? null }, weights }));
console.log(`fitted on ${docs.length} docs, ${contents} forward contents, kept ${Object.keys(weights).length} weights -> ${outPath}`);
