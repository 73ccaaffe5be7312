// Topic similarity between claims: TF-IDF over stemmed content words, cosine, and a blocked
// neighbour search (an inverted index over the rarer terms) so 5,000 claims never cost
// 12.5 million comparisons.

/** A sparse, L2-normalised TF-IDF vector. */
export type Vector = Map<string, number>;

/** Builds TF-IDF vectors for documents given as stem lists (idf smoothed, sublinear tf). */
export function tfidfVectors(docs: readonly string[][]): Vector[] {
  const df = new Map<string, number>();
  for (const doc of docs) for (const t of new Set(doc)) df.set(t, (df.get(t) ?? 0) + 1);
  const n = docs.length;
  return docs.map((doc) => {
    const tf = new Map<string, number>();
    for (const t of doc) tf.set(t, (tf.get(t) ?? 0) + 1);
    const v: Vector = new Map();
    let norm = 0;
    for (const [t, c] of tf) {
      const w = (1 + Math.log(c)) * Math.log(1 + n / (df.get(t) ?? 1));
      v.set(t, w);
      norm += w * w;
    }
    norm = Math.sqrt(norm);
    if (norm > 0) for (const [t, w] of v) v.set(t, w / norm);
    return v;
  });
}

/** Cosine of two normalised sparse vectors. */
export function cosine(a: Vector, b: Vector): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [t, w] of small) {
    const u = large.get(t);
    if (u !== undefined) dot += w * u;
  }
  return dot;
}

/**
 * Pairs among `members` (indices into vectors) that share at least one term held by no more
 * than maxDf of them, with their cosine; frequent terms alone never make a candidate pair.
 * `skip` lets a caller avoid the cosine for pairs it already knows about (same group).
 */
export function similarPairs(
  vectors: readonly Vector[],
  members: readonly number[],
  minCosine: number,
  maxDf = 200,
  skip?: (i: number, j: number) => boolean,
): [number, number, number][] {
  const index = new Map<string, number[]>();
  for (const i of members) {
    for (const t of vectors[i]?.keys() ?? []) {
      let list = index.get(t);
      if (!list) index.set(t, (list = []));
      list.push(i);
    }
  }
  const seen = new Set<string>();
  const out: [number, number, number][] = [];
  for (const list of index.values()) {
    if (list.length < 2 || list.length > maxDf) continue;
    for (let x = 0; x < list.length; x++) {
      for (let y = x + 1; y < list.length; y++) {
        const i = list[x]!;
        const j = list[y]!;
        const key = i < j ? `${i},${j}` : `${j},${i}`;
        if (seen.has(key)) continue;
        seen.add(key);
        if (skip?.(i, j)) continue;
        const c = cosine(vectors[i]!, vectors[j]!);
        if (c >= minCosine) out.push([i, j, c]);
      }
    }
  }
  return out;
}

/** Disjoint-set over 0..n-1, for single-link grouping. */
export class UnionFind {
  private readonly parent: number[];

  constructor(n: number) {
    this.parent = Array.from({ length: n }, (_, i) => i);
  }

  /** The representative of i's group. */
  find(i: number): number {
    let r = i;
    while (this.parent[r]! !== r) r = this.parent[r]!;
    while (this.parent[i]! !== r) {
      const next = this.parent[i]!;
      this.parent[i] = r;
      i = next;
    }
    return r;
  }

  /** Joins the groups of i and j. */
  union(i: number, j: number): void {
    const a = this.find(i);
    const b = this.find(j);
    if (a !== b) this.parent[a] = b;
  }
}

/** An inverted index over vectors for "which documents resemble this one" queries. */
export class NeighbourIndex {
  private readonly postings = new Map<string, number[]>();

  constructor(
    private readonly vectors: readonly Vector[],
    members: readonly number[],
    private readonly maxDf = 200,
  ) {
    for (const i of members) {
      for (const t of vectors[i]?.keys() ?? []) {
        let list = this.postings.get(t);
        if (!list) this.postings.set(t, (list = []));
        list.push(i);
      }
    }
  }

  /** Documents sharing a not-too-common term with document i, with cosine ≥ minCosine, best first. */
  neighbours(i: number, minCosine: number): [number, number][] {
    const v = this.vectors[i];
    if (!v) return [];
    const seen = new Set<number>([i]);
    const out: [number, number][] = [];
    for (const t of v.keys()) {
      const list = this.postings.get(t);
      if (!list || list.length > this.maxDf) continue;
      for (const j of list) {
        if (seen.has(j)) continue;
        seen.add(j);
        const c = cosine(v, this.vectors[j]!);
        if (c >= minCosine) out.push([j, c]);
      }
    }
    return out.sort((a, b) => b[1] - a[1]);
  }
}
