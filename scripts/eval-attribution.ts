// Evaluate the attribution engine on a gold JSONL file: run it on every article, write the
// predictions (code point offsets, plus the engine's extra fields) and print P/R/F1 per
// role exactly as shared/tools/attribution_score.mjs does, so the two can be diffed.
//   npm run eval:attribution -- GOLD.jsonl [--out PRED.jsonl]
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { extractAttributions } from '../server/engine/index';
import type { GoldDoc, PredDoc } from '../server/engine/score';
import { formatScoreReport, scoreAttributions, toPredictionAttributions } from '../server/engine/score';
import { readJsonLines } from './lib/jsonl';

const USAGE = `usage: npm run eval:attribution -- GOLD.jsonl [--out PRED.jsonl]

Runs extractAttributions on every article of GOLD.jsonl (lines {"id","text","attributions"},
offsets in Unicode code points), optionally writes the predictions to PRED.jsonl, and
prints P/R/F1 per role (source, cue, content) by exact and by overlap match, as
shared/tools/attribution_score.mjs defines them. Paths are relative to the current
directory. A "publisher" field on a gold line is passed to the engine; attributions the
engine marks publisher: true are left out of the predictions.

options:
  --out FILE   write prediction JSONL to FILE
  --help       print this help`;

interface Args {
  gold: string;
  out?: string;
}

function fail(message: string): never {
  process.stderr.write(`eval-attribution: ${message}\n${USAGE}\n`);
  process.exit(2);
}

function parseArgs(argv: string[]): Args {
  let gold: string | undefined;
  let out: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--help' || arg === '-h') {
      process.stdout.write(`${USAGE}\n`);
      process.exit(0);
    } else if (arg === '--out') {
      out = argv[++i];
      if (!out) fail('--out needs a file name');
    } else if (arg.startsWith('--out=')) {
      out = arg.slice('--out='.length);
      if (!out) fail('--out needs a file name');
    } else if (arg.startsWith('-')) {
      fail(`unknown option ${arg}`);
    } else if (gold === undefined) {
      gold = arg;
    } else {
      fail(`unexpected argument ${arg} (only one gold file)`);
    }
  }
  if (!gold) fail('missing GOLD.jsonl');
  return { gold, out };
}

/** Read and check the gold file; a malformed line is a bad argument, not a crash. */
function readGold(file: string): Array<GoldDoc & { publisher?: string }> {
  return readJsonLines(file, fail).map(({ line, doc }) => {
    const d = doc as Partial<GoldDoc> & { publisher?: unknown };
    if (typeof d?.id !== 'string' || typeof d.text !== 'string') fail(`${file}:${line}: needs string "id" and "text"`);
    return {
      id: d.id,
      text: d.text,
      attributions: Array.isArray(d.attributions) ? d.attributions : [],
      publisher: typeof d.publisher === 'string' ? d.publisher : undefined,
    };
  });
}

function main(): void {
  const args = parseArgs(process.argv.slice(2));
  const gold = readGold(args.gold);
  const preds: PredDoc[] = [];
  const failures: string[] = [];
  let engineMs = 0;
  const t0 = performance.now();
  for (const doc of gold) {
    const start = performance.now();
    try {
      const result = extractAttributions(doc.text, doc.publisher ? { publisher: doc.publisher } : {});
      engineMs += performance.now() - start;
      preds.push({ id: doc.id, attributions: toPredictionAttributions(doc.text, result) });
    } catch (err) {
      engineMs += performance.now() - start;
      // Keep going: a crash on one article scores as no predictions for it.
      failures.push(`${doc.id}: ${(err as Error).stack ?? String(err)}`);
      preds.push({ id: doc.id, attributions: [] });
    }
  }
  const wallS = (performance.now() - t0) / 1000;
  if (args.out) writeFileSync(path.resolve(args.out), preds.map((p) => JSON.stringify(p)).join('\n') + '\n');

  for (const f of failures) process.stderr.write(`engine threw on ${f}\n`);
  const nAtt = preds.reduce((n, p) => n + (p.attributions?.length ?? 0), 0);
  console.log(`articles processed: ${gold.length} (engine errors: ${failures.length}), predicted attributions: ${nAtt}`);
  console.log(`time: ${wallS.toFixed(2)} s total, engine ${(engineMs / 1000).toFixed(2)} s (${(engineMs / Math.max(gold.length, 1)).toFixed(1)} ms/article)`);
  if (args.out) console.log(`predictions written to ${args.out}`);
  for (const line of formatScoreReport(scoreAttributions(gold, preds))) console.log(line);
  if (failures.length) process.exitCode = 1;
}

main();
