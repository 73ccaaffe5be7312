// Krippendorff's alpha for nominal data: how far reviewers agree beyond chance.
// Pure: reliability data in, alpha and the counts behind it out. Follows Krippendorff,
// "Computing Krippendorff's Alpha-Reliability" (2011): a coincidence matrix over the
// units with at least two values, alpha = 1 − Do / De.

/** One unit (a dispute): the values its reviewers gave (one per reviewer). */
export type Unit = readonly string[];

export interface Agreement {
  /** Undefined when it cannot be computed; `reason` says why. */
  alpha: number | undefined;
  reason?: string;
  /** Distinct reviewers behind the values, when known (set by callers). */
  reviewers: number;
  /** Units (disputes) with two or more values: the only ones that count. */
  units: number;
  /** n: the number of pairable values. */
  pairable: number;
  /** Observed and expected disagreement (undefined when not computable). */
  observed: number | undefined;
  expected: number | undefined;
}

/** Krippendorff's alpha (nominal) over `units`; `reviewers` is reported as given. */
export function krippendorffAlpha(units: readonly Unit[], reviewers = 0): Agreement {
  const pairableUnits = units.filter((u) => u.length >= 2);
  const base = { reviewers, units: pairableUnits.length };
  // o[c][k]: coincidences of values c and k; each unit contributes its ordered pairs / (m − 1).
  const o = new Map<string, Map<string, number>>();
  const add = (c: string, k: string, w: number) => {
    const row = o.get(c) ?? new Map<string, number>();
    row.set(k, (row.get(k) ?? 0) + w);
    o.set(c, row);
  };
  let n = 0;
  for (const u of pairableUnits) {
    const m = u.length;
    n += m;
    for (let i = 0; i < m; i++) for (let j = 0; j < m; j++) if (i !== j) add(u[i]!, u[j]!, 1 / (m - 1));
  }
  if (n < 2) return { ...base, alpha: undefined, reason: reviewers < 2 ? 'fewer than two reviewers' : 'no dispute has two or more verdicts yet', pairable: n, observed: undefined, expected: undefined };
  const nc = new Map<string, number>();
  for (const [c, row] of o) nc.set(c, [...row.values()].reduce((a, b) => a + b, 0));
  let disagreeing = 0;
  for (const [c, row] of o) for (const [k, v] of row) if (c !== k) disagreeing += v;
  const observed = disagreeing / n;
  let chance = 0;
  for (const [c, a] of nc) for (const [k, b] of nc) if (c !== k) chance += a * b;
  const expected = chance / (n * (n - 1));
  if (expected === 0) return { ...base, alpha: undefined, reason: 'every verdict has the same outcome, so there is no variation to measure (full agreement)', pairable: n, observed, expected };
  return { ...base, alpha: 1 - observed / expected, pairable: n, observed, expected };
}

/** Alpha for one dispute: its reviewers' latest outcomes as a single unit. */
export function disputeAgreement(values: readonly string[]): Agreement {
  const a = krippendorffAlpha([values], values.length);
  if (values.length < 2) return { ...a, alpha: undefined, reason: 'fewer than two reviewers' };
  return a;
}

/** True when the latest outcomes of a dispute are not all the same. */
export function reviewersDisagree(values: readonly string[]): boolean {
  return new Set(values).size > 1;
}
