// Attribution scorer: P/R/F1 per role (source, cue, content) under two matching rules,
// written from the definition in shared/tools/attribution_score.mjs so that our own
// evaluation, tests and reports need no external script and agree with it to the digit.
// Offsets here are Unicode code point offsets (the gold corpus convention), not the
// UTF-16 indices the engine returns; `toPredictionAttribution` converts between them.
// Pure module: no I/O.
import type { Attribution, ExtractionResult, Span } from './types';

export const ROLES = ['source', 'cue', 'content'] as const;
export type Role = (typeof ROLES)[number];
export const MATCH_RULES = ['exact', 'overlap'] as const;
export type MatchRule = (typeof MATCH_RULES)[number];

/** A [start, end) range of code point offsets. */
export type CpSpan = [number, number];

/** One attribution as stored in gold / prediction JSONL (roles may be missing or a bare span). */
export type RoleSpansInput = Partial<Record<Role, unknown>> | null | undefined;

export interface GoldDoc {
  id: string;
  text: string;
  attributions?: RoleSpansInput[] | null;
}

export interface PredDoc {
  id: string;
  attributions?: RoleSpansInput[] | null;
}

/** True positives, predicted items and gold items for one role under one rule. */
export interface Counts {
  tp: number;
  np: number;
  ng: number;
}

export interface Prf {
  precision: number;
  recall: number;
  f1: number;
}

export interface ScoreReport {
  docs: number;
  /** Gold documents with no prediction line (scored as predicting nothing). */
  missingInPred: number;
  /** Predicted ids absent from gold (ignored, as the reference does). */
  extraPredIds: string[];
  counts: Record<MatchRule, Record<Role, Counts>>;
}

type NormAttribution = Record<Role, CpSpan[]>;

/** Normalise a role's spans: [] for absent/empty, a bare [s, e] wrapped, parts sorted. */
export function normaliseSpans(spans: unknown, where = 'span list'): CpSpan[] {
  if (!Array.isArray(spans) || spans.length === 0) return [];
  const parts: unknown[] = typeof spans[0] === 'number' ? [spans] : spans;
  const out = parts.map((part): CpSpan => {
    if (!Array.isArray(part) || typeof part[0] !== 'number' || typeof part[1] !== 'number') {
      throw new TypeError(`${where}: expected [start, end] number pairs, got ${JSON.stringify(part)}`);
    }
    return [part[0], part[1]];
  });
  return out.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
}

function normaliseAttribution(a: RoleSpansInput, where: string): NormAttribution {
  return {
    source: normaliseSpans(a?.source, `${where} source`),
    cue: normaliseSpans(a?.cue, `${where} cue`),
    content: normaliseSpans(a?.content, `${where} content`),
  };
}

const WORD_CHAR = /[\p{L}\p{N}_]/u;
const SPACE_CHAR = /\s/u;

/** Tokens as code point spans: runs of word chars, and each other non-space char alone. */
export function tokenize(text: string): CpSpan[] {
  const chars = Array.from(text);
  const tokens: CpSpan[] = [];
  let i = 0;
  while (i < chars.length) {
    const ch = chars[i] as string;
    if (SPACE_CHAR.test(ch)) {
      i++;
      continue;
    }
    let j = i + 1;
    if (WORD_CHAR.test(ch)) while (j < chars.length && WORD_CHAR.test(chars[j] as string)) j++;
    tokens.push([i, j]);
    i = j;
  }
  return tokens;
}

/** True when some part of A and some part of B share a character (the reference's predicate). */
export function spansOverlap(a: readonly CpSpan[], b: readonly CpSpan[]): boolean {
  return a.some(([s1, e1]) => b.some(([s2, e2]) => s1 < e2 && s2 < e1));
}

/** Indices of the tokens that overlap any of the spans. */
export function tokenSet(tokens: readonly CpSpan[], spans: readonly CpSpan[]): Set<number> {
  const set = new Set<number>();
  for (const [s, e] of spans) {
    // Tokens are disjoint and ascending, so those ending after s form a suffix, and
    // within it those starting before e form a prefix: binary search, then walk.
    let lo = 0;
    let hi = tokens.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((tokens[mid] as CpSpan)[1] > s) hi = mid;
      else lo = mid + 1;
    }
    for (let k = lo; k < tokens.length && (tokens[k] as CpSpan)[0] < e; k++) set.add(k);
  }
  return set;
}

/** |A ∩ B| / |A ∪ B|, and 0 when both are empty. */
export function jaccard(a: ReadonlySet<number>, b: ReadonlySet<number>): number {
  let inter = 0;
  for (const x of a) if (b.has(x)) inter++;
  const union = a.size + b.size - inter;
  return union ? inter / union : 0;
}

/** Minimum content token Jaccard for an overlap alignment. */
export const MIN_JACCARD = 0.5;

function emptyCounts(): Record<MatchRule, Record<Role, Counts>> {
  const perRole = (): Record<Role, Counts> => ({
    source: { tp: 0, np: 0, ng: 0 },
    cue: { tp: 0, np: 0, ng: 0 },
    content: { tp: 0, np: 0, ng: 0 },
  });
  return { exact: perRole(), overlap: perRole() };
}

/** Score predictions against gold (both in code point offsets) under both matching rules. */
export function scoreAttributions(gold: readonly GoldDoc[], pred: readonly PredDoc[]): ScoreReport {
  const predById = new Map<string, PredDoc>();
  for (const d of pred) predById.set(d.id, d); // a repeated id: the last line wins
  const goldIds = new Set(gold.map((d) => d.id));
  const extraPredIds = [...predById.keys()].filter((id) => !goldIds.has(id));
  const counts = emptyCounts();
  let missingInPred = 0;

  for (const g of gold) {
    const G = (g.attributions ?? []).map((a, k) => normaliseAttribution(a, `gold ${g.id} #${k}`));
    const p = predById.get(g.id);
    if (!p) missingInPred++;
    const P = (p?.attributions ?? []).map((a, k) => normaliseAttribution(a, `pred ${g.id} #${k}`));
    for (const r of ROLES) scoreExact(G, P, r, counts.exact[r]);
    for (const r of ROLES) {
      counts.overlap[r].ng += G.filter((a) => a[r].length > 0).length;
      counts.overlap[r].np += P.filter((a) => a[r].length > 0).length;
    }
    scoreOverlap(g.text, G, P, counts.overlap);
  }
  return { docs: gold.length, missingInPred, extraPredIds, counts };
}

// Exact rule: a predicted span list is correct if an identical one is still unused in gold.
function scoreExact(G: NormAttribution[], P: NormAttribution[], r: Role, c: Counts): void {
  const bag = new Map<string, number>();
  for (const a of G) {
    if (!a[r].length) continue;
    const key = JSON.stringify(a[r]);
    bag.set(key, (bag.get(key) ?? 0) + 1);
    c.ng++;
  }
  for (const a of P) {
    if (!a[r].length) continue;
    c.np++;
    const key = JSON.stringify(a[r]);
    const left = bag.get(key) ?? 0;
    if (left > 0) {
      bag.set(key, left - 1);
      c.tp++;
    }
  }
}

// Overlap rule: greedy one-to-one alignment by descending content token Jaccard, ties
// broken by prediction index then gold index, as the reference sorts them.
function scoreOverlap(
  text: string,
  G: NormAttribution[],
  P: NormAttribution[],
  c: Record<Role, Counts>,
): void {
  if (!G.length || !P.length) return;
  const tokens = tokenize(text);
  const gTokens = G.map((a) => tokenSet(tokens, a.content));
  const pTokens = P.map((a) => tokenSet(tokens, a.content));
  const pairs: Array<[number, number, number]> = [];
  pTokens.forEach((pt, i) =>
    gTokens.forEach((gt, j) => {
      const jac = jaccard(pt, gt);
      if (jac >= MIN_JACCARD) pairs.push([jac, i, j]);
    }),
  );
  pairs.sort((x, y) => y[0] - x[0] || x[1] - y[1] || x[2] - y[2]);
  const usedP = new Set<number>();
  const usedG = new Set<number>();
  for (const [, i, j] of pairs) {
    if (usedP.has(i) || usedG.has(j)) continue;
    usedP.add(i);
    usedG.add(j);
    c.content.tp++;
    const pa = P[i] as NormAttribution;
    const ga = G[j] as NormAttribution;
    if (spansOverlap(pa.cue, ga.cue)) c.cue.tp++;
    if (spansOverlap(pa.source, ga.source)) c.source.tp++;
  }
}

/** Precision, recall and F1 from counts (0 where undefined, as the reference does). */
export function prf({ tp, np, ng }: Counts): Prf {
  const precision = np ? tp / np : 0;
  const recall = ng ? tp / ng : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}

/** The report as the reference prints it, line for line (last line: the headline F1s). */
export function formatScoreReport(report: ScoreReport): string[] {
  const f = (x: number): string => x.toFixed(4);
  const lines = [
    `docs: gold=${report.docs} missing_in_pred=${report.missingInPred}`,
    'role     match    P       R       F1      tp/pred/gold',
  ];
  for (const m of MATCH_RULES) {
    for (const r of ROLES) {
      const c = report.counts[m][r];
      const { precision, recall, f1 } = prf(c);
      lines.push(
        `${r.padEnd(8)} ${m.padEnd(8)} ${f(precision)}  ${f(recall)}  ${f(f1)}  ${c.tp}/${c.np}/${c.ng}`,
      );
    }
  }
  const { overlap } = report.counts;
  lines.push(`content_f1_overlap=${f(prf(overlap.content).f1)} source_f1_overlap=${f(prf(overlap.source).f1)}`);
  return lines;
}

/**
 * Map UTF-16 indices of `text` to code point offsets. An index inside a surrogate pair
 * (which the engine should never produce) maps down for a start and up for an end, so
 * the converted span still covers the whole character.
 */
export function utf16ToCodePoints(text: string): (index: number, edge: 'start' | 'end') => number {
  // cpBefore[u] = number of code points that start before UTF-16 index u.
  const cpBefore = new Uint32Array(text.length + 1);
  let cp = 0;
  for (let u = 0; u < text.length; u++) {
    const code = text.charCodeAt(u);
    const isLowHalf = isLowSurrogate(code) && u > 0 && isHighSurrogate(text.charCodeAt(u - 1));
    cpBefore[u] = cp;
    if (!isLowHalf) cp++;
  }
  cpBefore[text.length] = cp;
  return (index, edge) => {
    const u = Math.min(Math.max(Math.trunc(index), 0), text.length);
    const splitsPair = u > 0 && u < text.length && isHighSurrogate(text.charCodeAt(u - 1)) && isLowSurrogate(text.charCodeAt(u));
    const base = cpBefore[u] as number;
    // For a split pair cpBefore[u] already counts the pair's code point (it starts at u-1).
    return splitsPair && edge === 'start' ? base - 1 : base;
  };
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/** A prediction line's attribution: roles in code points plus the engine's extra fields. */
export interface PredictionAttribution {
  source: CpSpan[];
  cue: CpSpan[];
  content: CpSpan[];
  mode: Attribution['mode'];
  entity: { id: string; name: string; kind: string } | null;
  hedges: Array<{ span: CpSpan; text: string }>;
  confidence: number;
}

/**
 * Convert an engine result into prediction attributions in code point offsets, leaving
 * out the publisher's own statements (not attributions in the gold sense).
 */
export function toPredictionAttributions(text: string, result: ExtractionResult): PredictionAttribution[] {
  const toCp = utf16ToCodePoints(text);
  const conv = ([s, e]: Span): CpSpan => [toCp(s, 'start'), toCp(e, 'end')];
  const entities = new Map(result.entities.map((e) => [e.id, e]));
  return result.attributions
    .filter((a) => !a.publisher)
    .map((a) => {
      const entity = a.entityId === null ? undefined : entities.get(a.entityId);
      return {
        source: a.source.map(conv),
        cue: a.cue.map(conv),
        content: a.content.map(conv),
        mode: a.mode,
        entity: entity ? { id: entity.id, name: entity.name, kind: entity.kind } : null,
        hedges: a.hedges.map((h) => ({ span: conv(h.span), text: h.text })),
        confidence: a.confidence,
      };
    });
}
