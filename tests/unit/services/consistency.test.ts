import { buildMatrix, credibilityWeight } from '../../../server/services/consistency';

describe('consistency matrix', () => {
  it('weighs inconsistent cells by credibility: 1 → 1.0 … 6 → 0.1, ungraded 0.5', () => {
    expect([1, 2, 3, 4, 5, 6, null].map(credibilityWeight)).toEqual([1, 0.82, 0.64, 0.46, 0.28, 0.1, 0.5]);
  });

  it('marks a claim consistent with its own column and inconsistent with the others by default', () => {
    const m = buildMatrix({ claims: [{ id: 1, position_id: 10, credibility: 2 }], positions: [{ id: 10 }, { id: 20 }], marks: [] });
    expect(m.cells.get(1)!.get(10)).toEqual({ mark: 'consistent', set: false });
    expect(m.cells.get(1)!.get(20)).toEqual({ mark: 'inconsistent', set: false });
    expect(m.scores).toEqual(new Map([[10, 0], [20, 0.82]]));
  });

  it('uses reviewers’ marks over the default and scores only inconsistent cells', () => {
    const m = buildMatrix({
      claims: [{ id: 1, position_id: 10, credibility: null }, { id: 2, position_id: 20, credibility: 1 }],
      positions: [{ id: 10 }, { id: 20 }],
      marks: [{ claim_id: 1, position_id: 20, mark: 'neutral' }, { claim_id: 2, position_id: 20, mark: 'inconsistent' }],
    });
    expect(m.cells.get(1)!.get(20)).toEqual({ mark: 'neutral', set: true });
    expect(m.scores.get(10)).toBe(1); // claim 2 (credibility 1) against position 10
    expect(m.scores.get(20)).toBe(1); // claim 2 marked inconsistent with its own column
  });
});
