// What two exports of the same data may differ in: row ids (new on import, so also the
// order rows come out in), the export time and the scope's id, and creation timestamps of
// everything but verdicts (a source matched to an existing registry entry keeps that
// entry's). normaliseExport removes exactly those, so an export → import → export round
// trip compares deep-equal.
import crypto from 'node:crypto';

type Row = Record<string, unknown>;

// Per section, in reference order: which fields point at which (earlier) section.
const REFS: [string, Record<string, string>][] = [
  ['cases', {}],
  ['sources', { caseId: 'cases' }],
  ['articles', { caseId: 'cases' }],
  ['mentions', { articleId: 'articles', sourceId: 'sources' }],
  ['claims', { articleId: 'articles', sourceId: 'sources', mentionId: 'mentions' }],
  ['disputes', { caseId: 'cases' }],
  ['positions', { disputeId: 'disputes' }],
  ['placements', { disputeId: 'disputes', positionId: 'positions', claimId: 'claims' }],
  ['verdicts', { disputeId: 'disputes', positionId: 'positions', evidence: 'claims' }],
];

const digest = (v: unknown) => crypto.createHash('sha256').update(JSON.stringify(v)).digest('base64').slice(0, 16);

/**
 * The export with each row's id replaced by a digest of its content (references by the
 * digest of the row they point at), rows sorted by it, and the documented volatile fields
 * removed. Two exports of the same data normalise to the same value whatever ids they got.
 */
export function normaliseExport(doc: Row): Row {
  const keys = new Map<string, Map<unknown, string>>();
  const out: Row = { ...doc, exportedAt: undefined, scope: { ...(doc.scope as Row), id: undefined } };
  for (const [section, refs] of REFS) {
    const byId = new Map<unknown, string>();
    const ref = (target: string, v: unknown) => (v === null || v === undefined ? v : (keys.get(target)?.get(v) ?? `missing:${String(v)}`));
    const rows = ((doc[section] as Row[]) ?? []).map((r) => {
      const { id, createdAt, basedOnId, ...rest } = r;
      const copy: Row = section === 'verdicts' ? { ...rest, createdAt } : rest;
      for (const [field, target] of Object.entries(refs)) {
        copy[field] = Array.isArray(r[field]) ? (r[field] as unknown[]).map((v) => ref(target, v)).sort() : ref(target, r[field]);
      }
      const key = digest(copy);
      byId.set(id, key);
      return { key, copy, basedOnId };
    });
    keys.set(section, byId);
    // A verdict's predecessor is known only once every verdict has its key.
    out[section] = rows
      .map(({ key, copy, basedOnId }) => ({ key, ...copy, ...(section === 'verdicts' ? { basedOnId: ref(section, basedOnId) ?? null } : {}) }))
      .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  }
  return JSON.parse(JSON.stringify(out)) as Row;
}
