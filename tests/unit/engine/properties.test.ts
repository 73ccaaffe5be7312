// Invariants the attribution engine must keep on any input, however hostile: it returns,
// every offset is a valid UTF-16 range that never cuts a surrogate pair, quoted texts match
// their spans, confidences are probabilities and entity references resolve.
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import fc from 'fast-check';
import { extractAttributions } from '../../../server/engine/index';
import type { ExtractionResult, Span } from '../../../server/engine/types';

const isHigh = (c: number): boolean => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number): boolean => c >= 0xdc00 && c <= 0xdfff;

/** Every broken invariant of `result` for `text`, as readable messages (empty when sound). */
function violations(text: string, result: ExtractionResult): string[] {
  const out: string[] = [];
  const checkSpan = (where: string, span: Span, nonEmpty: boolean): void => {
    const [s, e] = span;
    if (!Number.isInteger(s) || !Number.isInteger(e) || s < 0 || e > text.length || s > e) {
      out.push(`${where}: span [${s}, ${e}] out of bounds or reversed (text length ${text.length})`);
      return;
    }
    if (nonEmpty && s === e) out.push(`${where}: empty span [${s}, ${e}] in a non-empty role`);
    for (const b of [s, e]) {
      if (b > 0 && b < text.length && isHigh(text.charCodeAt(b - 1)) && isLow(text.charCodeAt(b))) {
        out.push(`${where}: offset ${b} splits a surrogate pair`);
      }
    }
  };
  if (!result || !Array.isArray(result.attributions) || !Array.isArray(result.entities)) {
    return ['result is not an ExtractionResult'];
  }
  const ids = new Set<string>();
  result.entities.forEach((entity, k) => {
    if (ids.has(entity.id)) out.push(`entity ${k}: duplicate id ${entity.id}`);
    ids.add(entity.id);
    entity.mentions.forEach((m, j) => {
      const where = `entity ${entity.id} mention ${j}`;
      checkSpan(where, m.span, true);
      if (m.text !== text.slice(m.span[0], m.span[1])) out.push(`${where}: text ${JSON.stringify(m.text)} is not the text at its span`);
    });
  });
  result.attributions.forEach((a, k) => {
    for (const role of ['source', 'cue', 'content'] as const) {
      a[role].forEach((span, j) => checkSpan(`attribution ${k} ${role}[${j}]`, span, true));
    }
    a.hedges.forEach((h, j) => {
      const where = `attribution ${k} hedge ${j}`;
      checkSpan(where, h.span, true);
      if (h.text !== text.slice(h.span[0], h.span[1])) out.push(`${where}: text ${JSON.stringify(h.text)} is not the text at its span`);
    });
    if (!(a.confidence >= 0 && a.confidence <= 1)) out.push(`attribution ${k}: confidence ${a.confidence} not in [0, 1]`);
    if (a.entityId !== null && !ids.has(a.entityId)) out.push(`attribution ${k}: entityId ${a.entityId} is not an entity`);
  });
  return out;
}

/** Run the engine and fail with the broken invariants (fast-check then shrinks the input). */
function expectSound(text: string, publisher?: string): void {
  const result = extractAttributions(text, publisher ? { publisher } : {});
  const broken = violations(text, result);
  if (broken.length) throw new Error(`${broken.length} invariant(s) broken:\n  ${broken.slice(0, 8).join('\n  ')}`);
}

// The engine is synchronous, so a slow run cannot be interrupted in-process: run it in a
// worker thread (compiling the TypeScript with swc, as jest does) and terminate it on timeout.
const WORKER_SOURCE = `
const { workerData, parentPort } = require('node:worker_threads');
const { readFileSync } = require('node:fs');
const { transformSync } = require(workerData.swc);
require.extensions['.ts'] = (module, filename) => {
  const { code } = transformSync(readFileSync(filename, 'utf8'), {
    filename, module: { type: 'commonjs' }, jsc: { parser: { syntax: 'typescript' }, target: 'es2022' },
  });
  module._compile(code, filename);
};
const { extractAttributions } = require(workerData.engine);
parentPort.postMessage(extractAttributions(workerData.text));
`;

function extractInWorker(text: string, timeoutMs: number): Promise<ExtractionResult> {
  const engine = path.resolve(__dirname, '..', '..', '..', 'server', 'engine', 'index.ts');
  const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { text, engine, swc: require.resolve('@swc/core') } });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      void worker.terminate();
      reject(new Error(`extractAttributions did not return within ${timeoutMs / 1000} s on ${text.length} characters`));
    }, timeoutMs);
    worker.once('message', (result: ExtractionResult) => {
      clearTimeout(timer);
      void worker.terminate();
      resolve(result);
    });
    worker.once('error', (err) => {
      clearTimeout(timer);
      reject(err);
    });
  });
}

// Pieces that tend to break offset arithmetic, quote pairing or sentence splitting.
const FRAGMENTS = [
  '"', '“', '”', '‘', '’', "'", '«', '»', '„', '「', '」', '""', '“”',
  ' said ', ' told reporters ', ' according to ', ' said on condition of anonymity', ' added', ', officials said.',
  'U.S.', 'Dr.', 'Mr. ', 'Jan. 5', 'No.', 'e.g.', '...', '…', '—', ' -- ', '.', ',', ':', ';', '?', '!', '(', ')',
  '\n', '\n\n', '\r\n', '\t', '\u00a0', ' ', '  ',
  'He', 'She said', 'The spokesman', 'officials', 'Maria Lopez', 'a security source', 'apparently', 'allegedly',
  '🚀', '👩‍🚀', '𝒜', '😀😀', '\ud83d', '\ude00', '𠀋',
  'قال المتحدث', 'שלום', '\u202e', '\u200f', '\u200b', '\u2028',
  '\u0000', '\u0007', '\u001b', '\ufeff', 'e\u0301', 'İ', 'ẞ', 'ﬁ', 'Σ',
];

const fragment = fc.constantFrom(...FRAGMENTS);
const word = fc.constantFrom('minister', 'the', 'army', 'Smith', 'strike', 'killed', 'four', 'Baghdad', 'that', 'was', 'not', 'said', 'told', 'according', 'to', 'added', ' ');
const mixedText = fc
  .array(fc.oneof({ weight: 4, arbitrary: fragment }, { weight: 3, arbitrary: word }, { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) }), { maxLength: 60 })
  .map((parts) => parts.join(''));

// News-shaped sentences with adversarial characters inside names, cues and quotes, so the
// engine actually produces attributions whose spans can be checked.
const name = fc.constantFrom('Maria Lopez', 'the defence ministry', 'A US official', 'Zoë 🚀 Brandt', '𝒜hmed Karimi', 'المتحدث', 'police');
const cue = fc.constantFrom('said', 'told AFP', 'added', 'claimed', 'warned', 'said on condition of anonymity');
const clause = fc
  .array(fc.oneof({ weight: 3, arbitrary: word }, { weight: 1, arbitrary: fragment }), { minLength: 1, maxLength: 10 })
  .map((ws) => ws.join(' '));
const sentence = fc.oneof(
  fc.tuple(name, cue, clause).map(([n, c, q]) => `${n} ${c} that ${q}.`),
  fc.tuple(name, cue, clause).map(([n, c, q]) => `"${q}," ${n} ${c}.`),
  fc.tuple(name, cue, clause).map(([n, c, q]) => `${n} ${c}: “${q}”`),
  fc.tuple(name, clause).map(([n, q]) => `According to ${n}, ${q}.`),
  fc.tuple(clause, name, cue).map(([q, n, c]) => `${q}, ${n} ${c}.`),
  clause.map((q) => `${q}.`),
);
const newsText = fc.array(sentence, { maxLength: 8 }).chain((ss) =>
  fc.constantFrom(' ', '\n', '\n\n').map((sep) => ss.join(sep)),
);
const publisher = fc.option(fc.constantFrom('AFP', 'Reuters', 'The Times'), { nil: undefined });

describe('engine invariants on hostile text', () => {
  it.each([
    ['the empty string', ''],
    ['only quote marks', '"""“”‘’«»""'],
    ['an unbalanced opening quote', 'The official said "the strike was defensive and nobody was hurt'],
    ['an unbalanced closing quote', 'nobody was hurt," the official said. Then " again.'],
    ['emoji and astral letters', '🚀 𝒜li said "the 👩‍🚀 crew is safe 😀" on Monday, 𠀋 officials added.'],
    ['right-to-left text', 'قال المتحدث باسم الوزارة إن "الهجوم فشل". שלום said "hello".'],
    ['NUL and control characters', 'He\u0000 said\u0007 "no\u001b way"\u0000.\u0008 Officials\u0000said\ttoo.'],
    ['lone surrogates', '\ud83d said "\ude00\ud83d" \udc00 officials said.'],
    ['"according" with no "to" after it', 'He was according'],
    ['characters whose case mapping changes length', 'İSTANBUL officials said "ẞ and ﬁ" İİİ, the ministry said.'],
  ])('stays sound on %s', (_label, text) => {
    expectSound(text);
    expectSound(text, 'AFP');
  });

  it('stays sound when words are the names of Object.prototype members', () => {
    // Word-keyed tables must not answer "constructor" with Object's own function (this threw).
    for (const w of [...Object.getOwnPropertyNames(Object.prototype), '__proto__']) {
      const cap = w.charAt(0).toUpperCase() + w.slice(1);
      expectSound(`The ${w} said the ${w} was ${w}. ${cap} ${w} told reporters "${w}" in a ${w}, according to the ${w}.`);
      expectSound(`${w.toUpperCase()} ${cap} ${w}s ${w}ed ${w}ing the ${w} ${w} that ${w}.`);
    }
  });

  it('stays sound on random mixes of quote, punctuation and abbreviation fragments', () => {
    fc.assert(fc.property(mixedText, publisher, (text, pub) => expectSound(text, pub)), { numRuns: 400 });
  });

  it('stays sound on news-shaped sentences with hostile characters inside', () => {
    let withAttributions = 0;
    fc.assert(
      fc.property(newsText, publisher, (text, pub) => {
        expectSound(text, pub);
        if (extractAttributions(text).attributions.length) withAttributions++;
      }),
      { numRuns: 300 },
    );
    // Guard against a vacuous property: most of these texts should yield attributions.
    expect(withAttributions).toBeGreaterThan(150);
  });

  it('stays sound on arbitrary Unicode strings', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => expectSound(text)), { numRuns: 200 });
  });

  it('returns within 15 s on a 1 MB string with no punctuation', async () => {
    const words = ['the', 'minister', 'said', 'officials', 'were', 'told', 'army', 'according', 'to', 'sources', 'in', 'Baghdad'];
    const parts: string[] = [];
    let length = 0;
    for (let k = 0; length < 1_000_000; k++) {
      const w = words[(k * 7 + (k >> 3)) % words.length] as string;
      parts.push(w);
      length += w.length + 1;
    }
    const text = parts.join(' ');
    const result = await extractInWorker(text, 15_000);
    expect(violations(text, result)).toEqual([]);
  }, 30_000);
});

// Metamorphic: a letter outside the BMP is still a letter. Spelling names with mathematical
// bold capitals (two UTF-16 units each) must give the same attributions, shifted.
const ASTRAL_NAMES = ['Maria Lopez', 'Ahmed Karimi', 'Zoe Brandt', 'Lin Wei', 'Omar'];
const asciiClause = fc
  .array(fc.constantFrom('the', 'army', 'strike', 'killed', 'four', 'people', 'talks', 'were', 'not', 'over'), { minLength: 2, maxLength: 8 })
  .map((ws) => ws.join(' '));
type Segment = { s: string; name: boolean };
const namedSentence = fc
  .tuple(fc.constantFrom(...ASTRAL_NAMES), fc.constantFrom('said', 'told AFP', 'added', 'warned'), asciiClause, fc.integer({ min: 0, max: 3 }))
  .map(([n, c, q, shape]): Segment[] => {
    const N = { s: n, name: true };
    const t = (s: string): Segment => ({ s, name: false });
    if (shape === 0) return [N, t(` ${c} that ${q}.`)];
    if (shape === 1) return [t(`"${q}," `), N, t(` ${c}.`)];
    if (shape === 2) return [t(`${q.charAt(0).toUpperCase()}${q.slice(1)}, `), N, t(` ${c}.`)];
    return [t('According to '), N, t(`, ${q}.`)];
  });

/** Spell capitals in name segments with mathematical bold letters, and map old offsets to new. */
function astralise(segments: Segment[]): { before: string; after: string; map: (i: number) => number } {
  let before = '';
  let after = '';
  const shiftAt: number[] = [];
  for (const seg of segments) {
    for (const ch of seg.s) {
      shiftAt.push(after.length - before.length);
      before += ch;
      after += seg.name && ch >= 'A' && ch <= 'Z' ? String.fromCodePoint(0x1d400 + ch.charCodeAt(0) - 65) : ch;
    }
  }
  shiftAt.push(after.length - before.length);
  return { before, after, map: (i) => i + (shiftAt[i] as number) };
}

const roleSpans = (r: ExtractionResult, map: (i: number) => number = (i) => i): string[] =>
  r.attributions.map((a) => JSON.stringify((['source', 'cue', 'content'] as const).map((role) => a[role].map(([s, e]) => [map(s), map(e)]))));

describe('engine treats astral letters as letters', () => {
  it('finds the same attributions when names are spelled with astral capitals', () => {
    fc.assert(
      fc.property(fc.array(namedSentence, { minLength: 1, maxLength: 4 }), (sentences) => {
        const { before, after, map } = astralise(sentences.flatMap((segs, k) => (k ? [{ s: ' ', name: false }, ...segs] : segs)));
        expect({ text: after, spans: roleSpans(extractAttributions(after)) }).toEqual({
          text: after,
          spans: roleSpans(extractAttributions(before), map),
        });
      }),
      { numRuns: 200 },
    );
  });
});

// The checker must itself be able to fail, or the properties above prove nothing.
describe('the invariant checker', () => {
  const text = '😀 Ali said "yes".';
  const sound = (): ExtractionResult => ({
    version: 't',
    entities: [{ id: 'e0', name: 'Ali', kind: 'person', named: true, mentions: [{ span: [3, 6], text: 'Ali' }], descriptors: [] }],
    attributions: [
      { source: [[3, 6]], cue: [[7, 11]], content: [[12, 17]], mode: 'direct', entityId: 'e0', hedges: [{ span: [7, 11], text: 'said' }], confidence: 0.9 },
    ],
  });
  const att = (r: ExtractionResult): ExtractionResult['attributions'][number] => r.attributions[0] as ExtractionResult['attributions'][number];

  it('accepts a sound result', () => {
    expect(violations(text, sound())).toEqual([]);
  });

  it.each<[string, (r: ExtractionResult) => void, RegExp]>([
    ['a span past the end', (r) => { att(r).content = [[12, 40]]; }, /out of bounds/],
    ['a reversed span', (r) => { att(r).cue = [[11, 7]]; }, /reversed/],
    ['an empty span in a role', (r) => { att(r).cue = [[7, 7]]; }, /empty span/],
    ['a span cutting the emoji', (r) => { att(r).source = [[1, 6]]; }, /surrogate/],
    ['a mention whose text differs', (r) => { (r.entities[0] as ExtractionResult['entities'][number]).mentions = [{ span: [3, 6], text: 'ali' }]; }, /mention 0: text/],
    ['a hedge whose text differs', (r) => { att(r).hedges = [{ span: [7, 11], text: 'says' }]; }, /hedge 0: text/],
    ['a confidence above 1', (r) => { att(r).confidence = 1.5; }, /confidence/],
    ['a NaN confidence', (r) => { att(r).confidence = NaN; }, /confidence/],
    ['a dangling entityId', (r) => { att(r).entityId = 'e9'; }, /entityId e9/],
  ])('flags %s', (_label, breakIt, message) => {
    const r = sound();
    breakIt(r);
    expect(violations(text, r).join('\n')).toMatch(message);
  });
});
