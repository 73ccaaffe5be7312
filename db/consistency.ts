// SQL for the consistency matrix overrides (claim × position marks).
import type { Knex } from 'knex';

export type Mark = 'consistent' | 'inconsistent' | 'neutral';

export interface MarkRow {
  claim_id: number;
  position_id: number;
  mark: Mark;
}

/** The stored marks of a dispute: one query. */
export async function listMarksForDispute(db: Knex, disputeId: number): Promise<MarkRow[]> {
  return marksQuery(db, disputeId);
}

/** The query behind listMarksForDispute (also read by db/board.ts). */
export function marksQuery(db: Knex, disputeId: number): Knex.QueryBuilder {
  return db('consistency_marks').select('claim_id', 'position_id', 'mark').where({ dispute_id: disputeId });
}

/** Sets one cell (last write wins: a mark is a single reviewer opinion, not shared text). */
export async function upsertMark(db: Knex, disputeId: number, row: MarkRow, userId: number | null): Promise<void> {
  await db('consistency_marks')
    .insert({ dispute_id: disputeId, ...row, updated_by: userId })
    .onConflict(['dispute_id', 'claim_id', 'position_id'])
    .merge({ mark: row.mark, updated_by: userId, updated_at: db.fn.now() });
}
