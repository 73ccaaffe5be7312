// Logistic regression by AdaGrad SGD with L2, shared by the engine's fitting scripts. Features
// seen fewer than `minCount(feature)` times are dropped (rare ones only memorise the corpus),
// and small weights are pruned from the result so the shipped tables stay small.

/** Logistic of the summed weights of `feats`. */
function logistic(weights: ReadonlyMap<string, number>, feats: string[]): number {
  let z = 0;
  for (const f of feats) z += weights.get(f) ?? 0;
  return 1 / (1 + Math.exp(-z));
}

/** One training example: feature names and a 0/1 label. */
export interface Example { f: string[]; y: number }

export interface FitOptions {
  epochs?: number;
  lr?: number;
  l2?: number;
  /** Minimum number of examples a feature must occur in to get a weight. */
  minCount?: (feature: string) => number;
  /** Weights smaller than this (in absolute value) are dropped from the result; "b" is kept. */
  prune?: number;
  log?: (line: string) => void;
}

/** Fit weights on `examples` (shuffled in place, deterministically, so fits are reproducible). */
export function fitLogistic(examples: Example[], opts: FitOptions = {}): Record<string, number> {
  const { epochs = 6, lr = 0.1, l2 = 1e-4, minCount = () => 3, prune = 0.15, log = () => {} } = opts;
  const counts = new Map<string, number>();
  for (const ex of examples) for (const x of ex.f) counts.set(x, (counts.get(x) ?? 0) + 1);
  for (const ex of examples) ex.f = ex.f.filter((x) => (counts.get(x) ?? 0) >= minCount(x));
  const w = new Map<string, number>();
  const g2 = new Map<string, number>();
  for (let epoch = 0; epoch < epochs; epoch++) {
    // Deterministic shuffle (LCG).
    let seed = 12345 + epoch;
    for (let i = examples.length - 1; i > 0; i--) {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      const j = seed % (i + 1);
      const tmp = examples[i] as Example;
      examples[i] = examples[j] as Example;
      examples[j] = tmp;
    }
    let loss = 0;
    for (const ex of examples) {
      const p = logistic(w, ex.f);
      loss -= ex.y ? Math.log(p + 1e-9) : Math.log(1 - p + 1e-9);
      const g = p - ex.y;
      for (const x of ex.f) {
        const gx = g + l2 * (w.get(x) ?? 0);
        const acc = (g2.get(x) ?? 0) + gx * gx;
        g2.set(x, acc);
        w.set(x, (w.get(x) ?? 0) - (lr * gx) / Math.sqrt(acc + 1e-8));
      }
    }
    log(`epoch ${epoch}: loss ${(loss / Math.max(1, examples.length)).toFixed(5)} on ${examples.length} examples`);
  }
  const kept: Record<string, number> = {};
  for (const [k, v] of w) if (Math.abs(v) >= prune || k === 'b') kept[k] = Math.round(v * 100) / 100;
  return kept;
}
