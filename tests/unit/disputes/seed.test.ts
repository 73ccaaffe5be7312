// Acceptance on the seed article: the three disputes of the answer key, and few others.
import { suggestDisputes } from '../../../server/disputes';
import type { Suggestion } from '../../../server/disputes/types';
import { narratorClaims, readGold, seedClaims } from './support/seed';

const gold = readGold(); // throws with the path when the corpus is missing
const suggestions = suggestDisputes(seedClaims(gold));

// Gold attribution indices → claim ids "a<index>".
const ids = (...indices: number[]) => indices.map((i) => `a${i}`);
const positionOf = (s: Suggestion, id: string) => s.positions.findIndex((p) => p.claimIds.includes(id));

describe('seed article (Babylon strike)', () => {
  it('suggests what the strike targeted, with the US official and Kataeb Hezbollah in different positions', () => {
    const s = suggestions.find((x) => x.kind === 'conflict' && /target/i.test(x.question));
    expect(s).toBeDefined();
    const us = positionOf(s!, 'a0');
    expect(us).toBeGreaterThanOrEqual(0);
    expect(positionOf(s!, 'a4')).toBe(us);
    expect(positionOf(s!, 'a15')).toBeGreaterThanOrEqual(0);
    expect(positionOf(s!, 'a15')).not.toBe(us);
    // The Hashed al-Shaabi's "two patrols" is a third reading in the answer key.
    expect(positionOf(s!, 'a8')).not.toBe(us);
  });

  it('suggests "defensive act or aggression" with the US official opposite Iraq and Rasool', () => {
    const s = suggestions.find((x) => x.kind === 'conflict' && /defensive/i.test(x.question) && /aggression/i.test(x.question));
    expect(s).toBeDefined();
    const defensive = positionOf(s!, 'a0');
    for (const id of ids(4, 7)) expect(positionOf(s!, id)).toBe(defensive);
    const aggression = positionOf(s!, 'a11');
    expect(aggression).not.toBe(defensive);
    expect(positionOf(s!, 'a1')).toBe(aggression);
    expect(s!.positions[aggression]!.label).toBe('Heinous crime and blatant aggression');
  });

  it('marks the death toll of four as a corroboration by three sources', () => {
    const s = suggestions.find((x) => x.kind === 'corroboration' && /killed/.test(x.question));
    expect(s).toBeDefined();
    expect(s!.positions).toHaveLength(1);
    expect(s!.positions[0]!.label).toMatch(/\b4 killed/);
    expect(new Set(s!.positions[0]!.claimIds)).toEqual(new Set(ids(2, 9, 10)));
  });

  it('makes no more than one suggestion beyond the three of the answer key', () => {
    expect(gold.disputes).toHaveLength(3);
    expect(suggestions.length).toBeLessThanOrEqual(4);
  });

  it('places every claim of each suggested conflict with the gold position it belongs to', () => {
    // Pairwise agreement: two claims share a position in the suggestion iff they do in gold.
    for (const g of gold.disputes) {
      const goldPos = new Map<string, number>(g.positions.flatMap((p, k) => p.attributions.map((a): [string, number] => [`a${a}`, k])));
      const s = suggestions.find((x) => x.positions.some((p) => p.claimIds.some((id) => goldPos.has(id)) && p.claimIds.length > 1));
      if (!s) continue;
      const placed = s.positions.flatMap((p, k) => p.claimIds.filter((id) => goldPos.has(id)).map((id) => [id, k] as const));
      for (const [x, px] of placed) for (const [y, py] of placed) expect([x, y, px === py]).toEqual([x, y, goldPos.get(x) === goldPos.get(y)]);
    }
  });

  it('makes the same three suggestions when the narrator\'s own sentences are added as publisher claims', () => {
    const withNarrator = suggestDisputes([...seedClaims(gold), ...narratorClaims(gold)]);
    expect(withNarrator.map((s) => s.question)).toEqual(suggestions.map((s) => s.question));
    const target = withNarrator.find((s) => /target/.test(s.question))!;
    expect(target.positions.flatMap((p) => p.claimIds).filter((id) => id.startsWith('p'))).toEqual([]);
  });
});
