import { NeighbourIndex, UnionFind, cosine, similarPairs, tfidfVectors } from '../../../server/disputes/similarity';

describe('tfidfVectors and cosine', () => {
  const v = tfidfVectors([['strike', 'drone', 'expert'], ['strike', 'drone', 'combat'], ['bus', 'convoy']]);

  it('scores documents sharing terms above unrelated ones', () => {
    expect(cosine(v[0]!, v[1]!)).toBeGreaterThan(0.2);
    expect(cosine(v[0]!, v[2]!)).toBe(0);
  });

  it('gives a document cosine 1 with itself', () => {
    expect(cosine(v[0]!, v[0]!)).toBeCloseTo(1);
  });

  it('handles empty documents', () => {
    const [e] = tfidfVectors([[]]);
    expect(cosine(e!, e!)).toBe(0);
  });
});

describe('blocked neighbour search', () => {
  const v = tfidfVectors([['a', 'b'], ['a', 'b'], ['c'], ['c', 'd']]);

  it('finds only pairs sharing a term', () => {
    expect(similarPairs(v, [0, 1, 2, 3], 0.1).map(([i, j]) => [i, j].sort())).toEqual(expect.arrayContaining([[0, 1], [2, 3]]));
    expect(similarPairs(v, [0, 1, 2, 3], 0.1)).toHaveLength(2);
  });

  it('answers neighbour queries best first', () => {
    expect(new NeighbourIndex(v, [0, 1, 2, 3]).neighbours(2, 0.1).map(([j]) => j)).toEqual([3]);
  });
});

describe('UnionFind', () => {
  it('joins groups transitively', () => {
    const uf = new UnionFind(4);
    uf.union(0, 1);
    uf.union(1, 2);
    expect(uf.find(0)).toBe(uf.find(2));
    expect(uf.find(3)).not.toBe(uf.find(0));
  });
});
