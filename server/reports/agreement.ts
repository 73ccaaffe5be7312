// Agreement between reviewers: Krippendorff's alpha for nominal data. Units are disputes,
// coders are reviewers, values are each reviewer's latest verdict outcome (a position, or
// "conflicting", or "insufficient evidence"). Alpha handles any number of reviewers and
// missing verdicts, which Cohen's kappa does not. Pure: rows in, numbers out.

/** One reviewer's current judgement on one dispute. */
export interface Judgement {
  unit: number;
  coder: number;
  value: string;
}

export interface AgreementSummary {
  /** Krippendorff's alpha (nominal); null when it is undefined (no pairs, or every value the same). */
  alpha: number | null;
  /** Disputes with at least two reviewers' verdicts: the ones alpha is computed over. */
  units: number;
  /** Disputes where every reviewer chose the same outcome. */
  unanimous: number;
  /** Distinct reviewers with a verdict on a counted dispute. */
  reviewers: number;
  /** Verdicts counted (pairable values). */
  values: number;
  /** Why alpha is null, for the report. */
  note?: string;
}

/** Krippendorff's alpha (nominal) over `judgements`; a coder's later judgement on a unit replaces the earlier. */
export function krippendorffAlpha(judgements: Judgement[]): AgreementSummary {
  const byUnit = new Map<number, Map<number, string>>();
  for (const j of judgements) {
    const unit = byUnit.get(j.unit) ?? new Map<number, string>();
    unit.set(j.coder, j.value);
    byUnit.set(j.unit, unit);
  }
  // Coincidence matrix o[c][k]: each ordered pair of values from different coders in a unit,
  // weighted 1/(m_u - 1) so each unit contributes its m_u values once.
  const o = new Map<string, Map<string, number>>();
  const add = (c: string, k: string, w: number) => {
    const row = o.get(c) ?? new Map<string, number>();
    row.set(k, (row.get(k) ?? 0) + w);
    o.set(c, row);
  };
  let units = 0;
  let unanimous = 0;
  const coders = new Set<number>();
  for (const unit of byUnit.values()) {
    const values = [...unit.values()];
    const m = values.length;
    if (m < 2) continue;
    units++;
    if (new Set(values).size === 1) unanimous++;
    for (const coder of unit.keys()) coders.add(coder);
    for (let i = 0; i < m; i++) for (let j = 0; j < m; j++) if (i !== j) add(values[i]!, values[j]!, 1 / (m - 1));
  }
  const nc = new Map<string, number>();
  let n = 0;
  for (const [c, row] of o) {
    const total = [...row.values()].reduce((a, b) => a + b, 0);
    nc.set(c, total);
    n += total;
  }
  const summary = { units, unanimous, reviewers: coders.size, values: Math.round(n) };
  if (units === 0) return { ...summary, alpha: null, note: 'No dispute has verdicts from two or more reviewers yet.' };
  let disagreeObserved = 0;
  for (const [c, row] of o) for (const [k, w] of row) if (c !== k) disagreeObserved += w;
  let disagreeExpected = 0;
  for (const [c, a] of nc) for (const [k, b] of nc) if (c !== k) disagreeExpected += a * b;
  if (disagreeExpected === 0) {
    return { ...summary, alpha: null, note: 'Every reviewer chose the same outcome everywhere: alpha is undefined (no variation), agreement is complete.' };
  }
  // alpha = 1 - D_o / D_e with D_o = Σo_ck / n and D_e = Σn_c·n_k / (n(n-1)), for c ≠ k.
  return { ...summary, alpha: 1 - ((n - 1) * disagreeObserved) / disagreeExpected };
}
