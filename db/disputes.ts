// SQL for disputes: a question in a case whose positions are the board's columns.
import type { Knex } from 'knex';

export type DisputeStatus = 'suggested' | 'open' | 'dismissed' | 'published';

export interface DisputeRow {
  id: number;
  case_id: number;
  question: string;
  status: DisputeStatus;
  origin: 'suggested' | 'manual';
  suggestion_key: string | null;
  /** Why Crosscheck suggested it (empty for disputes a reviewer made). */
  suggestion_signals: string[];
  blind_review: boolean;
  created_by: number | null;
  version: number;
  created_at: Date;
  updated_at: Date;
}

/** A dispute on the case page, with how many claims and reviewers it has. */
export type DisputeSummary = DisputeRow & { claim_count: number; position_count: number; reviewer_count: number };

const COLUMNS = ['id', 'case_id', 'question', 'status', 'origin', 'suggestion_key', 'suggestion_signals', 'blind_review', 'created_by', 'version', 'created_at', 'updated_at'];

/** One dispute, or undefined. */
export async function findDisputeById(db: Knex, id: number): Promise<DisputeRow | undefined> {
  return disputeQuery(db, id);
}

/** The query behind findDisputeById, for reading it together with others (db/board.ts). */
export function disputeQuery(db: Knex, id: number): Knex.QueryBuilder {
  return db('disputes').first(COLUMNS).where({ id });
}

/** One dispute locked for the rest of the transaction (`share`: readers of the board state; `update`: writers). */
export async function lockDispute(db: Knex, id: number, mode: 'share' | 'update'): Promise<DisputeRow | undefined> {
  const q = db('disputes').first(COLUMNS).where({ id });
  return mode === 'update' ? q.forUpdate() : q.forShare();
}

/** The disputes of a case with their counts: one query. */
export async function listDisputesForCase(db: Knex, caseId: number): Promise<DisputeSummary[]> {
  return disputesForCaseQuery(db, caseId);
}

/** The query behind listDisputesForCase (also read by db/case-page.ts). */
export function disputesForCaseQuery(db: Knex, caseId: number): Knex.QueryBuilder {
  return db('disputes as d')
    .select(
      ...COLUMNS.map((c) => `d.${c}`),
      db.raw('(select count(*)::int from claim_placements p where p.dispute_id = d.id) as claim_count'),
      db.raw('(select count(*)::int from positions p where p.dispute_id = d.id) as position_count'),
      db.raw(`(select count(distinct v.reviewer_id)::int from verdicts v where v.dispute_id = d.id and v.kind = 'review') as reviewer_count`),
    )
    .where('d.case_id', caseId)
    .orderBy([{ column: 'd.id' }]);
}

/** Inserts a dispute and returns it. */
export async function insertDispute(
  db: Knex,
  values: Pick<DisputeRow, 'case_id' | 'question'> & Partial<Pick<DisputeRow, 'status' | 'origin' | 'suggestion_key' | 'created_by' | 'blind_review'>>,
): Promise<DisputeRow> {
  const [row] = await db('disputes').insert(values).returning(COLUMNS);
  return row as DisputeRow;
}

/** Applies `changes` if the dispute is still at `version`; undefined when someone changed it first. */
export async function updateDispute(
  db: Knex,
  id: number,
  version: number,
  changes: Partial<Pick<DisputeRow, 'question' | 'status' | 'blind_review'>>,
): Promise<DisputeRow | undefined> {
  const [row] = await db('disputes').where({ id, version }).update({ ...changes, version: db.raw('version + 1'), updated_at: db.fn.now() }).returning(COLUMNS);
  return row as DisputeRow | undefined;
}

/** Sets the status whatever the version (publishing runs under the dispute's row lock). */
export async function setDisputeStatus(db: Knex, id: number, status: DisputeStatus): Promise<DisputeRow> {
  const [row] = await db('disputes').where({ id }).update({ status, version: db.raw('version + 1'), updated_at: db.fn.now() }).returning(COLUMNS);
  return row as DisputeRow;
}
