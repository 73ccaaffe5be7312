import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { extractAttributions } from '../../../server/engine/index';
import type { CpSpan, GoldDoc, PredDoc, RoleSpansInput, ScoreReport } from '../../../server/engine/score';
import {
  formatScoreReport,
  MATCH_RULES,
  prf,
  ROLES,
  scoreAttributions,
  tokenize,
  toPredictionAttributions,
  utf16ToCodePoints,
} from '../../../server/engine/score';
import type { ExtractionResult } from '../../../server/engine/types';

// A text whose k-th token is one letter at code point 2k, so token ranges are easy to write.
const LETTERS = 'a b c d e f g h i j k l m n o p q r s t u v w x y z';
/** Code point span covering tokens first..last of LETTERS. */
const toks = (first: number, last: number): CpSpan[] => [[2 * first, 2 * last + 1]];
const doc = (attributions: RoleSpansInput[], id = 'd1'): GoldDoc => ({ id, text: LETTERS, attributions });
const pred = (attributions: RoleSpansInput[], id = 'd1'): PredDoc => ({ id, attributions });

describe('tokenize', () => {
  it('splits word runs and single punctuation characters, skipping spaces', () => {
    expect(tokenize('He said: "no_way", 42.')).toEqual([
      [0, 2], [3, 7], [7, 8], [9, 10], [10, 16], [16, 17], [17, 18], [19, 21], [21, 22],
    ]);
  });

  it('counts offsets in code points, so an emoji is one character', () => {
    expect(tokenize('🚀 go 𝒜b')).toEqual([[0, 1], [2, 4], [5, 7]]);
  });
});

describe('exact matching', () => {
  it('matches identical span lists as a multiset', () => {
    const g = { source: [[0, 1]], cue: [[2, 3]], content: [[4, 9]] };
    const r = scoreAttributions([doc([g, g])], [pred([g, g, g])]);
    expect(r.counts.exact.source).toEqual({ tp: 2, np: 3, ng: 2 });
  });

  it('sorts the parts of a discontinuous span list before comparing', () => {
    const g = { content: [[4, 9], [12, 15]] };
    const r = scoreAttributions([doc([g])], [pred([{ content: [[12, 15], [4, 9]] }])]);
    expect(r.counts.exact.content.tp).toBe(1);
  });

  it('counts empty role lists neither as predictions nor as gold', () => {
    const r = scoreAttributions(
      [doc([{ source: [], cue: [[2, 3]], content: [[4, 9]] }])],
      [pred([{ source: [], cue: [], content: [[4, 9]] }])],
    );
    expect(r.counts.exact.source).toEqual({ tp: 0, np: 0, ng: 0 });
    expect(r.counts.exact.cue).toEqual({ tp: 0, np: 0, ng: 1 });
  });

  it('accepts a bare [start, end] in place of a span list', () => {
    const r = scoreAttributions([doc([{ content: [[4, 9]] }])], [pred([{ content: [4, 9] }])]);
    expect(r.counts.exact.content.tp).toBe(1);
  });

  it('does not credit a span list that is off by one character', () => {
    const r = scoreAttributions([doc([{ content: [[4, 9]] }])], [pred([{ content: [[4, 10]] }])]);
    expect(r.counts.exact.content.tp).toBe(0);
  });
});

describe('overlap matching', () => {
  it('aligns contents whose token Jaccard is exactly 0.5', () => {
    // gold tokens 0..1, predicted 0..3: 2 / 4.
    const r = scoreAttributions([doc([{ content: toks(0, 1) }])], [pred([{ content: toks(0, 3) }])]);
    expect(r.counts.overlap.content).toEqual({ tp: 1, np: 1, ng: 1 });
  });

  it('rejects contents whose token Jaccard is below 0.5', () => {
    // gold tokens 0..1, predicted 0..4: 2 / 5.
    const r = scoreAttributions([doc([{ content: toks(0, 1) }])], [pred([{ content: toks(0, 4) }])]);
    expect(r.counts.overlap.content.tp).toBe(0);
  });

  it('counts a token as covered when a span touches only part of it', () => {
    // "pha be" touches both "alpha" and "beta", the same tokens as "alpha beta".
    const text = 'alpha beta gamma';
    const r = scoreAttributions([{ id: 'd', text, attributions: [{ content: [[0, 10]] }] }], [{ id: 'd', attributions: [{ content: [[2, 8]] }] }]);
    expect(r.counts.overlap.content.tp).toBe(1);
  });

  it('aligns greedily by descending Jaccard, even when that loses a pair', () => {
    // P0~G1 0.83 is taken first; P0~G0 (0.6) and P1~G1 (0.5) are then both blocked.
    const r = scoreAttributions(
      [doc([{ content: toks(0, 2) }, { content: toks(0, 5) }])],
      [pred([{ content: toks(0, 4) }, { content: toks(3, 5) }])],
    );
    expect(r.counts.overlap.content).toEqual({ tp: 1, np: 2, ng: 2 });
  });

  it('breaks Jaccard ties by the lower prediction index, then the lower gold index', () => {
    const byPred = scoreAttributions(
      [doc([{ cue: [[30, 31]], content: toks(0, 1) }])],
      [pred([{ cue: [[30, 31]], content: toks(0, 1) }, { cue: [[40, 41]], content: toks(0, 1) }])],
    );
    expect(byPred.counts.overlap.cue.tp).toBe(1);
    const byGold = scoreAttributions(
      [doc([{ cue: [[40, 41]], content: toks(0, 1) }, { cue: [[30, 31]], content: toks(0, 1) }])],
      [pred([{ cue: [[30, 31]], content: toks(0, 1) }])],
    );
    expect(byGold.counts.overlap.cue.tp).toBe(0);
  });

  it('credits source and cue of an aligned pair only when they share a character', () => {
    const r = scoreAttributions(
      [doc([{ source: [[30, 33]], cue: [[34, 35]], content: toks(0, 3) }])],
      [pred([{ source: [[32, 40]], cue: [[35, 36]], content: toks(0, 3) }])],
    );
    expect(r.counts.overlap.source.tp).toBe(1);
    expect(r.counts.overlap.cue.tp).toBe(0); // adjacent, not overlapping
  });

  it('divides precision by predictions that have the role, recall by gold that has it', () => {
    const r = scoreAttributions(
      [doc([{ source: [[30, 33]], content: toks(0, 3) }, { source: [], content: toks(5, 7) }])],
      [pred([{ source: [[30, 33]], content: toks(0, 3) }, { source: [[44, 45]], content: toks(10, 12) }])],
    );
    expect(r.counts.overlap.source).toEqual({ tp: 1, np: 2, ng: 1 });
    expect(prf(r.counts.overlap.source)).toEqual({ precision: 0.5, recall: 1, f1: 2 / 3 });
  });
});

describe('documents and report', () => {
  it('scores a gold document without predictions as missing and ignores unknown ids', () => {
    const r = scoreAttributions([doc([{ content: toks(0, 1) }])], [pred([{ content: toks(0, 1) }], 'other')]);
    expect(r.missingInPred).toBe(1);
    expect(r.extraPredIds).toEqual(['other']);
    expect(r.counts.overlap.content).toEqual({ tp: 0, np: 0, ng: 1 });
  });

  it('prints the reference layout, ending with the headline F1 line', () => {
    const lines = formatScoreReport(scoreAttributions([doc([{ content: toks(0, 1) }])], [pred([{ content: toks(0, 1) }])]));
    expect(lines[0]).toBe('docs: gold=1 missing_in_pred=0');
    expect(lines).toContain('content  overlap  1.0000  1.0000  1.0000  1/1/1');
    expect(lines[lines.length - 1]).toBe('content_f1_overlap=1.0000 source_f1_overlap=0.0000');
  });
});

describe('engine output conversion', () => {
  it('converts UTF-16 indices to code points around astral characters', () => {
    const text = '🚀 said "go"';
    const toCp = utf16ToCodePoints(text);
    expect(toCp(3, 'start')).toBe(2);
    expect(toCp(text.length, 'end')).toBe(Array.from(text).length);
    // inside the rocket's surrogate pair: a start rounds down, an end rounds up
    expect(toCp(1, 'start')).toBe(0);
    expect(toCp(1, 'end')).toBe(1);
  });

  it("leaves out the publisher's own statements and keeps the extra fields", () => {
    const text = '😀 Ali said "yes". 12 died.';
    const result: ExtractionResult = {
      version: 't',
      entities: [{ id: 'e0', name: 'Ali', kind: 'person', named: true, mentions: [{ span: [3, 6], text: 'Ali' }], descriptors: [] }],
      attributions: [
        { source: [[3, 6]], cue: [[7, 11]], content: [[12, 17]], mode: 'direct', entityId: 'e0', hedges: [], confidence: 0.9 },
        { source: [], cue: [], content: [[19, 27]], mode: 'indirect', entityId: null, hedges: [], confidence: 1, publisher: true },
      ],
    };
    expect(toPredictionAttributions(text, result)).toEqual([
      {
        source: [[2, 5]], cue: [[6, 10]], content: [[11, 16]], mode: 'direct',
        entity: { id: 'e0', name: 'Ali', kind: 'person' }, hedges: [], confidence: 0.9,
      },
    ]);
  });
});

// ---------------------------------------------------------------------------------------
// Agreement with the reference scorer (shared/tools/attribution_score.mjs), run as a
// child process on the same gold and prediction files, figure by figure.

const repoRoot = path.resolve(__dirname, '..', '..', '..');
const referenceScorer = path.resolve(repoRoot, '..', 'shared', 'tools', 'attribution_score.mjs');
const seedGoldPath = path.resolve(repoRoot, '..', 'shared', 'corpus', 'seed', 'gold.jsonl');
const haveReference = existsSync(referenceScorer) && existsSync(seedGoldPath);
if (!haveReference) {
  console.warn(`Skipping reference agreement: ${referenceScorer} or ${seedGoldPath} is absent.`);
}
const describeWithReference = haveReference ? describe : describe.skip;

/** Code point span of the n-th occurrence of `needle` in `text`. */
function cpSpanOf(text: string, needle: string, nth = 0): CpSpan {
  let at = -1;
  for (let k = 0; k <= nth; k++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`"${needle}" not found`);
  }
  const start = Array.from(text.slice(0, at)).length;
  return [start, start + Array.from(needle).length];
}

/** Hand-made gold documents with astral, combining and right-to-left characters. */
function syntheticGold(): GoldDoc[] {
  const t1 =
    '🚀 Officials said "the 🛰️ launch slipped to Monday" after a 🌧️ storm. ' +
    'A spokesman for 𝒜-Corp told reporters that crews 👩‍🚀 were safe. ' +
    '"We will try again 🚀🚀," the agency said on condition of anonymity.';
  const t2 =
    'قال المتحدث إن "الإطلاق تأجل" يوم الاثنين. ' +
    'Café owner Zoë said that the café (é) reopened 🎉. ' +
    'According to 王伟, "引用 𠀋 here" was misquoted.';
  const a = (text: string, source: string, cue: string, content: string): RoleSpansInput => ({
    source: source ? [cpSpanOf(text, source)] : [],
    cue: [cpSpanOf(text, cue)],
    content: [cpSpanOf(text, content)],
  });
  return [
    {
      id: 'synthetic-astral',
      text: t1,
      attributions: [
        a(t1, 'Officials', 'said', '"the 🛰️ launch slipped to Monday"'),
        a(t1, 'A spokesman for 𝒜-Corp', 'told reporters', 'that crews 👩‍🚀 were safe'),
        {
          source: [cpSpanOf(t1, 'the agency')],
          cue: [cpSpanOf(t1, 'said', 1), cpSpanOf(t1, 'on condition of anonymity')],
          content: [cpSpanOf(t1, '"We will try again 🚀🚀,"')],
        },
      ],
    },
    {
      id: 'synthetic-rtl',
      text: t2,
      attributions: [
        a(t2, 'المتحدث', 'قال', '"الإطلاق تأجل"'),
        a(t2, 'Café owner Zoë', 'said', 'that the café (é) reopened 🎉'),
        a(t2, '王伟', 'According to', '"引用 𠀋 here" was misquoted'),
        a(t2, '', 'reopened', '🎉'),
      ],
    },
  ];
}

/** Deterministic PRNG (mulberry32) so a failing perturbation can be replayed. */
function prng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Att = Record<'source' | 'cue' | 'content', CpSpan[]>;
type Perturb = (atts: Att[], rnd: () => number) => RoleSpansInput[];

const asAtt = (a: RoleSpansInput): Att => ({
  source: ((a?.source as CpSpan[] | undefined) ?? []).map(([s, e]) => [s, e]),
  cue: ((a?.cue as CpSpan[] | undefined) ?? []).map(([s, e]) => [s, e]),
  content: ((a?.content as CpSpan[] | undefined) ?? []).map(([s, e]) => [s, e]),
});
const mapSpans = (a: Att, f: (s: CpSpan) => CpSpan): Att => ({
  source: a.source.map(f),
  cue: a.cue.map(f),
  content: a.content.map(f),
});
const pick = <T>(rnd: () => number, xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)] as T;

const PERTURBATIONS: Record<string, Perturb> = {
  identity: (atts) => atts,
  shiftSmall: (atts, rnd) => atts.map((a) => mapSpans(a, ([s, e]) => [s + pick(rnd, [-2, -1, 0, 1, 2]), e + pick(rnd, [-2, 0, 1])])),
  shiftLarge: (atts, rnd) => atts.map((a) => mapSpans(a, ([s, e]) => {
    const d = Math.floor((e - s) * pick(rnd, [0.2, 0.3, 0.5, 0.6]));
    return rnd() < 0.5 ? [s + d, e + d] : [s - d, e - d];
  })),
  truncateContent: (atts, rnd) => atts.map((a) => ({
    ...a,
    content: a.content.map(([s, e]): CpSpan => [s, s + Math.max(1, Math.round((e - s) * (0.3 + 0.5 * rnd())))]),
  })),
  dropSome: (atts, rnd) => atts.filter(() => rnd() < 0.6),
  duplicateSome: (atts, rnd) => atts.flatMap((a) => (rnd() < 0.4 ? [a, a] : [a])),
  emptyRoles: (atts, rnd) => atts.map((a) => ({
    source: rnd() < 0.4 ? [] : a.source,
    cue: rnd() < 0.3 ? [] : a.cue,
    content: rnd() < 0.2 ? [] : a.content,
  })),
  bareAndShuffled: (atts) => [...atts].reverse().map((a) => ({
    source: a.source.length === 1 ? a.source[0] : [...a.source].reverse(),
    cue: [...a.cue].reverse(),
    content: a.content.length === 1 ? a.content[0] : [...a.content].reverse(),
  })),
  swapContents: (atts) => atts.map((a, k) => ({ ...a, content: (atts[(k + 1) % atts.length] as Att).content })),
  zeroWidthAndReversed: (atts, rnd) => atts.map((a) => mapSpans(a, ([s, e]): CpSpan => {
    const x = rnd();
    return x < 0.2 ? [s, s] : x < 0.3 ? [e, s] : [s, e];
  })),
  splitContent: (atts) => atts.map((a) => ({
    ...a,
    content: a.content.flatMap(([s, e]): CpSpan[] => {
      const m = Math.floor((s + e) / 2);
      return [[s, m - 1], [m + 1, e]];
    }),
  })),
  mixed: (atts, rnd) => {
    const names = ['shiftSmall', 'truncateContent', 'dropSome', 'duplicateSome', 'emptyRoles', 'swapContents'];
    let out: RoleSpansInput[] = atts;
    for (let k = 0; k < 3; k++) out = (PERTURBATIONS[pick(rnd, names)] as Perturb)(out.map(asAtt), rnd);
    return out;
  },
};

// Random documents: text from words (some astral), punctuation and odd whitespace; gold
// spans anywhere (including empty, reversed and past the end); predictions that copy,
// nudge, stretch, shrink or invent gold spans, so Jaccard lands on both sides of 0.5.
const piece = fc.constantFrom('said', 'the', 'army', '𝒜li', '🚀', 'e\u0301', '42', 'x_y', '.', ',', '"', '“', '—', ' ', '  ', '\n', '\t', '\u00a0', '\u2028');
const randomScoredDoc = fc
  .array(piece, { minLength: 1, maxLength: 40 })
  .chain((parts) => {
    const text = parts.join(' ');
    const n = Array.from(text).length;
    const at = fc.integer({ min: 0, max: n + 2 });
    const span = fc.oneof(
      { weight: 5, arbitrary: fc.tuple(at, at).map(([a, b]): CpSpan => [Math.min(a, b), Math.max(a, b)]) },
      { weight: 1, arbitrary: fc.tuple(at, at) as fc.Arbitrary<CpSpan> },
    );
    const spans = fc.array(span, { maxLength: 3 });
    const att = fc.record({ source: spans, cue: spans, content: fc.array(span, { minLength: 1, maxLength: 3 }) });
    const nudge = (sp: CpSpan[], d: number, grow: number): CpSpan[] => sp.map(([s, e]) => [s + d, e + d + grow]);
    const predFrom = (g: Att[]): fc.Arbitrary<RoleSpansInput[]> =>
      fc
        .tuple(fc.array(fc.tuple(fc.integer({ min: -3, max: 3 }), fc.integer({ min: -4, max: 4 }), fc.boolean()), { minLength: g.length, maxLength: g.length }), fc.array(att, { maxLength: 2 }))
        .map(([moves, extra]) => [
          ...g.flatMap((a, k) => {
            const [d, grow, keep] = moves[k] ?? [0, 0, true];
            if (!keep && d > 1) return [];
            return [{ source: a.source, cue: nudge(a.cue, d, 0), content: keep ? nudge(a.content, d, grow) : a.content }];
          }),
          ...extra,
        ]);
    return fc.array(att, { maxLength: 6 }).chain((g) => predFrom(g).map((pred) => ({ text, gold: g as RoleSpansInput[], pred })));
  });

interface ReferenceFigures {
  docsLine: string;
  rows: Map<string, { p: number; r: number; f1: number; tp: number; np: number; ng: number }>;
  lastLine: string;
}

function parseReference(out: string): ReferenceFigures {
  const lines = out.trimEnd().split('\n');
  const rows = new Map<string, { p: number; r: number; f1: number; tp: number; np: number; ng: number }>();
  for (const line of lines) {
    const m = /^(\w+)\s+(\w+)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)\s+(\d+)\/(\d+)\/(\d+)$/.exec(line);
    if (m) rows.set(`${m[1]}/${m[2]}`, { p: +m[3]!, r: +m[4]!, f1: +m[5]!, tp: +m[6]!, np: +m[7]!, ng: +m[8]! });
  }
  return { docsLine: lines[0] ?? '', rows, lastLine: lines[lines.length - 1] ?? '' };
}

describeWithReference('agreement with the reference scorer', () => {
  let dir = '';
  let goldPath = '';
  let gold: GoldDoc[] = [];
  let maxAbsDiff = 0;
  let compared = 0;

  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'score-agree-'));
    const seed = readFileSync(seedGoldPath, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as GoldDoc);
    gold = [...seed, ...syntheticGold()];
    goldPath = path.join(dir, 'gold.jsonl');
    writeFileSync(goldPath, gold.map((g) => JSON.stringify(g)).join('\n') + '\n');
  });

  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
    console.log(`reference agreement: ${compared} figures compared, max |ours - reference| = ${maxAbsDiff.toExponential(2)}`);
  });

  /** Score with both scorers and compare every count and every P/R/F1 figure. */
  function expectAgreement(name: string, preds: PredDoc[], ownGold?: GoldDoc[]): ScoreReport {
    const predPath = path.join(dir, `pred-${name}.jsonl`);
    writeFileSync(predPath, preds.map((p) => JSON.stringify(p)).join('\n') + '\n');
    let goldFile = goldPath;
    if (ownGold) {
      goldFile = path.join(dir, `gold-${name}.jsonl`);
      writeFileSync(goldFile, ownGold.map((g) => JSON.stringify(g)).join('\n') + '\n');
    }
    const run = spawnSync(process.execPath, [referenceScorer, goldFile, predPath], { encoding: 'utf8' });
    if (run.status !== 0) throw new Error(`reference scorer failed on ${name}: ${run.stderr}`);
    const out = run.stdout;
    const ref = parseReference(out);
    const ours = scoreAttributions(ownGold ?? gold, preds);
    const lines = formatScoreReport(ours);
    expect(lines[0]).toBe(ref.docsLine);
    expect(lines[lines.length - 1]).toBe(ref.lastLine);
    expect(ref.rows.size).toBe(6);
    for (const m of MATCH_RULES) {
      for (const r of ROLES) {
        const theirs = ref.rows.get(`${r}/${m}`);
        const c = ours.counts[m][r];
        const { precision, recall, f1 } = prf(c);
        expect({ role: r, match: m, tp: c.tp, np: c.np, ng: c.ng }).toEqual({ role: r, match: m, tp: theirs?.tp, np: theirs?.np, ng: theirs?.ng });
        for (const [mine, printed] of [[precision, theirs?.p], [recall, theirs?.r], [f1, theirs?.f1]] as const) {
          const diff = Math.abs(Number(mine.toFixed(4)) - (printed ?? NaN));
          maxAbsDiff = Math.max(maxAbsDiff, diff);
          compared++;
          expect(diff).toBeLessThan(1e-9);
        }
      }
    }
    expect(lines.slice(1)).toEqual(out.trimEnd().split('\n').slice(1));
    return ours;
  }

  it("agrees on the engine's own predictions", () => {
    const preds = gold.map((g) => ({ id: g.id, attributions: toPredictionAttributions(g.text, extractAttributions(g.text)) }));
    expectAgreement('engine', preds);
  });

  it('gives perfect scores to the gold itself', () => {
    const r = expectAgreement('gold', gold.map((g) => ({ id: g.id, attributions: g.attributions ?? [] })));
    expect(prf(r.counts.exact.content).f1).toBe(1);
    expect(prf(r.counts.overlap.source).f1).toBe(1);
  });

  for (const [name, perturb] of Object.entries(PERTURBATIONS)) {
    it(`agrees on gold perturbed by ${name}`, () => {
      for (const seed of [1, 2, 3]) {
        const rnd = prng(seed * 7919 + name.length);
        const preds = gold.map((g) => ({ id: g.id, attributions: perturb((g.attributions ?? []).map(asAtt), rnd) }));
        expectAgreement(`${name}-${seed}`, preds);
      }
    });
  }

  it("agrees on the engine's predictions perturbed every way at once", () => {
    for (const [name, perturb] of Object.entries(PERTURBATIONS)) {
      const rnd = prng(name.length * 104729);
      const preds = gold.map((g) => ({
        id: g.id,
        attributions: perturb(toPredictionAttributions(g.text, extractAttributions(g.text)).map(asAtt), rnd),
      }));
      expectAgreement(`engine-${name}`, preds);
    }
  });

  it('agrees on random documents with random, degenerate and near-miss spans', () => {
    const docs = fc.sample(randomScoredDoc, { numRuns: 400, seed: 20261126 });
    const goldDocs = docs.map((d, k) => ({ id: `r${k}`, text: d.text, attributions: d.gold }));
    const preds = docs.map((d, k) => ({ id: `r${k}`, attributions: d.pred }));
    const r = expectAgreement('random', preds, goldDocs);
    expect(r.counts.overlap.content.tp).toBeGreaterThan(100); // the alignment is exercised
  });

  it('agrees when a document is missing from the predictions and an unknown one is added', () => {
    const preds: PredDoc[] = gold.slice(1).map((g) => ({ id: g.id, attributions: g.attributions ?? [] }));
    preds.push({ id: 'not-in-gold', attributions: [{ content: [[0, 5]] }] });
    const r = expectAgreement('missing', preds);
    expect(r.missingInPred).toBe(1);
  });
});
