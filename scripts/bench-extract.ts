// Throughput benchmark of the attribution engine: one process, one thread, a warm-up pass
// over the corpus, then a timed pass; optionally one big synthetic text, or 1/2/5 MB
// texts, to show whether time grows linearly with input size.
//   npm run bench:extract -- CORPUS.jsonl [--big MB] [--linearity]
import { performance } from 'node:perf_hooks';
import { extractAttributions } from '../server/engine/index';
import { readJsonLines } from './lib/jsonl';

const USAGE = `usage: npm run bench:extract -- [CORPUS.jsonl] [--big MB] [--linearity]

Times extractAttributions over the "text" field of every line of CORPUS.jsonl on one core
(a warm-up pass first, then a timed pass) and prints articles/s, words/s, total MB and
peak RSS; the last line is articles_per_s=N.

options:
  --big MB      also time one synthetic news-like text of MB megabytes (10^6 bytes UTF-8)
  --linearity   also time synthetic texts of 1, 2 and 5 MB and the seconds per MB of each
  --help        print this help
At least one of CORPUS.jsonl, --big or --linearity is needed.`;

const MB = 1e6;

interface Args {
  corpus?: string;
  big?: number;
  linearity: boolean;
}

function fail(message: string): never {
  process.stderr.write(`bench-extract: ${message}\n${USAGE}\n`);
  process.exit(2);
}

function parseArgs(argv: string[]): Args {
  const args: Args = { linearity: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--help' || arg === '-h') {
      process.stdout.write(`${USAGE}\n`);
      process.exit(0);
    } else if (arg === '--linearity') {
      args.linearity = true;
    } else if (arg === '--big' || arg.startsWith('--big=')) {
      const value = arg === '--big' ? argv[++i] : arg.slice('--big='.length);
      const mb = Number(value);
      if (!value || !Number.isFinite(mb) || mb <= 0 || mb > 500) fail(`--big needs a size in MB between 0 and 500, got ${value ?? 'nothing'}`);
      args.big = mb;
    } else if (arg.startsWith('-')) {
      fail(`unknown option ${arg}`);
    } else if (args.corpus === undefined) {
      args.corpus = arg;
    } else {
      fail(`unexpected argument ${arg} (only one corpus file)`);
    }
  }
  if (!args.corpus && args.big === undefined && !args.linearity) fail('missing CORPUS.jsonl');
  return args;
}

function readTexts(file: string): string[] {
  const texts = readJsonLines(file, fail).map(({ line, doc }) => {
    const text = (doc as { text?: unknown } | null)?.text;
    if (typeof text !== 'string') fail(`${file}:${line}: no string "text" field`);
    return text;
  });
  if (!texts.length) fail(`${file} has no articles`);
  return texts;
}

const countWords = (text: string): number => text.split(/\s+/u).filter(Boolean).length;
const peakRssMb = (): number => process.resourceUsage().maxRSS / 1024; // maxRSS is in KB

/** Benchmark the corpus; returns the report lines (printed last, measured first). */
function benchCorpus(file: string): string[] {
  const texts = readTexts(file);
  const words = texts.reduce((n, t) => n + countWords(t), 0);
  const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t, 'utf8'), 0);
  let attributions = 0;
  for (const t of texts) attributions += extractAttributions(t).attributions.length; // warm-up
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  for (const t of texts) extractAttributions(t);
  const seconds = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(cpu0);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6; // ≈ seconds when one core is busy
  return [
    `corpus: ${file} (${texts.length} articles, ${words} words, ${(bytes / MB).toFixed(2)} MB, ${attributions} attributions incl. publisher statements)`,
    `timed pass: ${seconds.toFixed(3)} s wall, ${cpuSeconds.toFixed(3)} s CPU, after one warm-up pass`,
    `words/s: ${Math.round(words / seconds)}  MB/s: ${(bytes / MB / seconds).toFixed(2)}`,
    `peak RSS: ${peakRssMb().toFixed(1)} MB`,
    `articles_per_s=${(texts.length / seconds).toFixed(1)}`,
  ];
}

// ---------------------------------------------------------------------------------------
// Synthetic news-like text, generated from templates (no corpus text), for size scaling.

const NAMES = ['Maria Lopez', 'the defence ministry', 'a senior official', 'Ahmed Karimi', 'police', 'the company', 'Dr. Chen', 'witnesses', 'the U.S. Embassy', 'a spokeswoman for the council'];
const CUES = ['said', 'told reporters', 'added', 'claimed', 'denied', 'warned', 'confirmed', 'insisted'];
const PLACES = ['the capital', 'Aleppo', 'the northern province', 'St. Louis', 'the border town', 'Geneva'];
const EVENTS = ['the talks had stalled', 'at least 12 people were injured', 'the plan would cost $4.5 million', 'no decision had been made', 'the convoy was hit twice', 'voters were turned away'];
const QUOTES = ['We will not accept this', 'It was a mistake, and we regret it', 'Nobody told us anything', 'The numbers speak for themselves', 'This is far from over'];

function prng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = Math.imul(s ^ (s >>> 15), s | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function sentence(rnd: () => number): string {
  const p = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)] as T;
  const cap = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
  switch (Math.floor(rnd() * 6)) {
    case 0: return `${cap(p(NAMES))} ${p(CUES)} that ${p(EVENTS)} in ${p(PLACES)}.`;
    case 1: return `"${p(QUOTES)}," ${p(NAMES)} ${p(CUES)}.`;
    case 2: return `According to ${p(NAMES)}, ${p(EVENTS)}.`;
    case 3: return `${cap(p(EVENTS))}, ${p(NAMES)} ${p(CUES)} on Tuesday.`;
    case 4: return `In ${p(PLACES)}, ${p(NAMES)} ${p(CUES)}: “${p(QUOTES)}.”`;
    default: return `The meeting in ${p(PLACES)} ended early on Jan. ${1 + Math.floor(rnd() * 28)}.`;
  }
}

/** A news-like text of about `mb` megabytes of UTF-8, in paragraphs of 2–5 sentences. */
function syntheticText(mb: number, seed = 42): string {
  const rnd = prng(seed);
  const target = mb * MB;
  const paragraphs: string[] = [];
  let bytes = 0;
  while (bytes < target) {
    const n = 2 + Math.floor(rnd() * 4);
    const para = Array.from({ length: n }, () => sentence(rnd)).join(' ');
    paragraphs.push(para);
    bytes += Buffer.byteLength(para, 'utf8') + 2;
  }
  return paragraphs.join('\n\n');
}

function timeOnce(text: string): number {
  const t0 = performance.now();
  extractAttributions(text);
  return (performance.now() - t0) / 1000;
}

function benchBig(sizes: number[]): void {
  timeOnce(syntheticText(1, 7)); // warm-up on a different 1 MB text, so JIT compilation is not timed
  const timed: Array<[number, number]> = [];
  for (const mb of sizes) {
    const previous = timed[timed.length - 1];
    if (previous && previous[1] > 60) {
      console.log(`synthetic ${mb} MB: skipped (the previous size took ${previous[1].toFixed(1)} s)`);
      continue;
    }
    const text = syntheticText(mb);
    const seconds = timeOnce(text);
    timed.push([mb, seconds]);
    console.log(`synthetic ${mb} MB (${countWords(text)} words): ${seconds.toFixed(3)} s, ${(seconds / mb).toFixed(3)} s/MB`);
  }
  const first = timed[0];
  const last = timed[timed.length - 1];
  if (first && last && last[0] > first[0]) {
    const ratio = last[1] / first[1];
    const linear = last[0] / first[0];
    console.log(`scaling: t(${last[0]} MB) / t(${first[0]} MB) = ${ratio.toFixed(1)} (${linear.toFixed(1)} if linear)`);
  }
  console.log(`peak RSS: ${peakRssMb().toFixed(1)} MB`);
}

function main(): void {
  const args = parseArgs(process.argv.slice(2));
  const sizes = [...new Set([...(args.linearity ? [1, 2, 5] : []), ...(args.big !== undefined ? [args.big] : [])])].sort((a, b) => a - b);
  // The corpus runs first so its peak RSS is not the big texts', and prints last so that
  // articles_per_s= stays the last line.
  const corpusLines = args.corpus ? benchCorpus(args.corpus) : [];
  if (sizes.length) benchBig(sizes);
  for (const line of corpusLines) console.log(line);
}

main();
