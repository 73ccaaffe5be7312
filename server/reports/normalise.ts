// What two exports of the same data may differ in: row ids (new on import), the export
// time and the scope's id, and creation timestamps of everything but verdicts (a source
// matched to an existing registry entry keeps that entry's). normaliseExport removes
// exactly those, so an export → import → export round trip compares deep-equal.

type Row = Record<string, unknown>;

// Per section: which fields reference which section.
const REFS: Record<string, Record<string, string>> = {
  sources: { caseId: 'cases' },
  articles: { caseId: 'cases' },
  mentions: { articleId: 'articles', sourceId: 'sources' },
  claims: { articleId: 'articles', sourceId: 'sources', mentionId: 'mentions' },
  disputes: { caseId: 'cases' },
  positions: { disputeId: 'disputes' },
  placements: { disputeId: 'disputes', positionId: 'positions', claimId: 'claims' },
  verdicts: { disputeId: 'disputes', positionId: 'positions', basedOnId: 'verdicts', evidence: 'claims' },
};
const SECTIONS = ['cases', ...Object.keys(REFS)];

/** The export with ids replaced by their row's index in its section, and the documented volatile fields removed. */
export function normaliseExport(doc: Row): Row {
  const index = new Map<string, Map<unknown, number>>();
  for (const s of SECTIONS) index.set(s, new Map(((doc[s] as Row[]) ?? []).map((r, i) => [r.id, i])));
  const ref = (section: string, v: unknown): unknown => (v === null || v === undefined ? v : (index.get(section)!.get(v) ?? `missing:${String(v)}`));
  const out: Row = { ...doc, exportedAt: undefined, scope: { ...(doc.scope as Row), id: undefined } };
  for (const s of SECTIONS) {
    out[s] = ((doc[s] as Row[]) ?? []).map((r) => {
      const copy: Row = { ...r, id: ref(s, r.id) };
      if (s !== 'verdicts') delete copy.createdAt;
      for (const [field, target] of Object.entries(REFS[s] ?? {})) {
        copy[field] = Array.isArray(r[field]) ? (r[field] as unknown[]).map((v) => ref(target, v)) : ref(target, r[field]);
      }
      return copy;
    });
  }
  return JSON.parse(JSON.stringify(out)) as Row;
}
