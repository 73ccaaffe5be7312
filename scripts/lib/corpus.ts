// Reading a PolNeAR-style training corpus for the fitting scripts: articles before the
// held-out date, each split into sentences and tokens exactly as the engine does at run time.
import { readFileSync } from 'node:fs';
import { tokenize } from '../../server/engine/tokens';
import type { Token } from '../../server/engine/tokens';
import { splitParagraphs, splitSentences } from '../../server/engine/sentences';
import { findQuotes, quoteIndex } from '../../server/engine/quotes';
import { skipDateline } from '../../server/engine/dateline';
import { isTitleCase, uncapitaliseTitle } from '../../server/engine/pos';
import type { Span } from '../../server/engine/types';

/** The fitting scripts' command line: CORPUS.jsonl first, then `--holdout-from DATE`,
 * `--out PATH` (default `defaultOut`) and any other `--name VALUE` flags. */
export function fitArgs(usage: string, defaultOut: string): { corpusPath: string; holdoutFrom: string | undefined; outPath: string; flag(name: string): string | undefined; has(name: string): boolean } {
  const args = process.argv.slice(2);
  const corpusPath = args[0];
  if (!corpusPath) throw new Error(`usage: ${usage}`);
  const flag = (name: string): string | undefined => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : undefined; };
  return { corpusPath, holdoutFrom: flag('--holdout-from'), outPath: flag('--out') ?? defaultOut, flag, has: (name) => args.includes(name) };
}

/** One gold attribution with offsets converted to UTF-16 (the engine's offsets). */
export interface GoldAttribution { source: Span[]; cue: Span[]; content: Span[] }

/** One training article. */
export interface TrainDoc { text: string; attributions: GoldAttribution[]; qidx: Int32Array }

/** A sentence as the engine sees it. */
export interface TrainSentence { doc: TrainDoc; toks: Token[]; inQuote: (i: number) => boolean }

/** Articles of `file` published before `holdoutFrom` (all of them when it is undefined). */
export function readTrainingDocs(file: string, holdoutFrom: string | undefined): TrainDoc[] {
  const docs: TrainDoc[] = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const d = JSON.parse(line) as { publication_date: string; text: string; attributions: Record<'source' | 'cue' | 'content', [number, number][]>[] };
    if (holdoutFrom && d.publication_date >= holdoutFrom) continue;
    // Gold offsets count code points; the engine counts UTF-16 units.
    const off = [0];
    for (const ch of d.text) off.push((off[off.length - 1] ?? 0) + ch.length);
    const conv = (spans: [number, number][]): Span[] => spans.map(([s, e]) => [off[s] ?? 0, off[e] ?? 0]);
    const attributions = d.attributions.map((a) => ({ source: conv(a.source), cue: conv(a.cue), content: conv(a.content) }));
    docs.push({ text: d.text, attributions, qidx: quoteIndex(d.text.length, findQuotes(d.text, splitParagraphs(d.text))) });
  }
  return docs;
}

/** The article's sentences, tokenized after any dateline and with headline capitals read as
 * ordinary text, as extractAttributions does. */
export function sentencesOf(doc: TrainDoc): TrainSentence[] {
  return splitSentences(doc.text).map((sent) => {
    const raw = tokenize(doc.text, [skipDateline(doc.text, sent), sent[1]]);
    const toks = isTitleCase(raw) ? uncapitaliseTitle(raw) : raw;
    return { doc, toks, inQuote: (i: number) => { const t = toks[i]; return !!t && doc.qidx[t.start] !== -1; } };
  });
}
