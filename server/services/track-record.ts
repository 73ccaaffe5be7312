// A source's track record: on disputes with a published verdict, how often the position
// its claims stood in was upheld (it won) or rejected (another position won). Disputes
// published as "conflicting" or "insufficient evidence" count as undecided.
import type { Knex } from 'knex';
import { listPublishedOutcomesForSources, type PublishedOutcome } from '../../db/verdicts';

export interface TrackRecord {
  upheld: number;
  rejected: number;
  undecided: number;
  disputes: { disputeId: number; question: string; result: 'upheld' | 'rejected' | 'undecided' }[];
}

const empty = (): TrackRecord => ({ upheld: 0, rejected: 0, undecided: 0, disputes: [] });

/** Track records for several sources at once (one query), keyed by source id. */
export async function trackRecordsForSources(db: Knex, sourceIds: number[]): Promise<Map<number, TrackRecord>> {
  return trackRecordsFromOutcomes(sourceIds, await listPublishedOutcomesForSources(db, [...new Set(sourceIds)]));
}

/** Track records, keyed by source id, from the published outcomes of their disputes. */
export function trackRecordsFromOutcomes(sourceIds: number[], outcomes: PublishedOutcome[]): Map<number, TrackRecord> {
  const out = new Map<number, TrackRecord>(sourceIds.map((id) => [id, empty()]));
  for (const r of outcomes) {
    const t = out.get(r.source_id);
    if (!t) continue;
    const result = r.outcome !== 'position' ? 'undecided' : r.verdict_position_id === r.claim_position_id ? 'upheld' : 'rejected';
    t[result] += 1;
    t.disputes.push({ disputeId: r.dispute_id, question: r.question, result });
  }
  return out;
}

/** The track record of one source (for the source page). */
export async function trackRecordForSource(db: Knex, sourceId: number): Promise<TrackRecord> {
  return (await trackRecordsForSources(db, [sourceId])).get(sourceId)!;
}
