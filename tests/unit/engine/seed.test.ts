// End-to-end check on the seed article: attributions matched under the reference scorer's
// overlap rule (content token Jaccard ≥ 0.5), and entity agreement over matched pairs.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { extractAttributions } from '../../../server/engine/index';
import type { Span } from '../../../server/engine/types';

interface GoldAtt { content: Span[]; source_entity: string }
const dir = path.join(__dirname, 'fixtures');
const gold = JSON.parse(readFileSync(path.join(dir, 'seed-gold.json'), 'utf8')) as { text: string; attributions: GoldAtt[] };
const text = gold.text;

/** Token indices (scorer's tokenization) covered by spans. */
function tokenSet(spans: Span[]): Set<number> {
  const out = new Set<number>();
  const re = /[\p{L}\p{N}_]+|[^\s\p{L}\p{N}_]/gu;
  let m: RegExpExecArray | null;
  let k = 0;
  while ((m = re.exec(text)) !== null) {
    const s = m.index;
    const e = s + m[0].length;
    if (spans.some(([a, b]) => s < b && a < e)) out.add(k);
    k++;
  }
  return out;
}

describe('seed article', () => {
  const result = extractAttributions(text, { publisher: 'AFP' });
  const pred = result.attributions.filter((a) => !a.publisher);
  const pT = pred.map((a) => tokenSet(a.content));
  const gT = gold.attributions.map((a) => tokenSet(a.content));
  const pairs: [number, number, number][] = [];
  pT.forEach((p, i) => gT.forEach((g, j) => {
    let inter = 0;
    for (const x of p) if (g.has(x)) inter++;
    const jac = inter / (p.size + g.size - inter || 1);
    if (jac >= 0.5) pairs.push([jac, i, j]);
  }));
  pairs.sort((x, y) => y[0] - x[0] || x[1] - y[1] || x[2] - y[2]);
  const usedP = new Set<number>();
  const usedG = new Set<number>();
  const matched: [number, number][] = [];
  for (const [, i, j] of pairs) if (!usedP.has(i) && !usedG.has(j)) { usedP.add(i); usedG.add(j); matched.push([i, j]); }

  it('matches at least 24 of the 26 gold attributions', () => {
    expect(matched.length).toBeGreaterThanOrEqual(24);
  });

  it('agrees with gold on "same speaker" for at least 95% of matched pairs', () => {
    let agree = 0;
    let total = 0;
    for (let a = 0; a < matched.length; a++) for (let b = a + 1; b < matched.length; b++) {
      const [pi, gi] = matched[a] as [number, number];
      const [pj, gj] = matched[b] as [number, number];
      const sameGold = gold.attributions[gi]?.source_entity === gold.attributions[gj]?.source_entity;
      const idI = pred[pi]?.entityId ?? null;
      const sameOurs = idI !== null && idI === (pred[pj]?.entityId ?? null);
      total++;
      if (sameGold === sameOurs) agree++;
    }
    expect(agree / total).toBeGreaterThanOrEqual(0.95);
  });

  it('flags the publisher\'s own figures and keeps them out of sourced attributions', () => {
    expect(result.attributions.some((a) => a.publisher)).toBe(true);
    expect(pred.every((a) => a.publisher !== true)).toBe(true);
  });

  it('resolves the Hezbollah pronoun chain to one armed group', () => {
    const e = result.entities.find((x) => x.name === 'Kataeb Hezbollah');
    expect(e?.kind).toBe('armed_group');
    expect(e?.mentions.map((m) => m.text)).toEqual(expect.arrayContaining(['The group', 'It']));
  });
});
