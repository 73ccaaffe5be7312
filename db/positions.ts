// SQL for positions: the columns of a dispute board, ordered by ordinal.
import type { Knex } from 'knex';

export interface PositionRow {
  id: number;
  dispute_id: number;
  label: string;
  ordinal: number;
  version: number;
  created_at: Date;
  updated_at: Date;
}

const COLUMNS = ['id', 'dispute_id', 'label', 'ordinal', 'version', 'created_at', 'updated_at'];

/** The positions of a dispute, left to right: one query. */
export async function listPositionsForDispute(db: Knex, disputeId: number): Promise<PositionRow[]> {
  return positionsQuery(db, disputeId);
}

/** The query behind listPositionsForDispute (also read by db/board.ts). */
export function positionsQuery(db: Knex, disputeId: number): Knex.QueryBuilder {
  return db('positions').select(COLUMNS).where({ dispute_id: disputeId }).orderBy([{ column: 'ordinal' }, { column: 'id' }]);
}

/** One position, or undefined. */
export async function findPositionById(db: Knex, id: number): Promise<PositionRow | undefined> {
  return db('positions').first(COLUMNS).where({ id });
}

/** Inserts positions in one statement, returned in the order given. */
export async function insertPositions(db: Knex, values: Pick<PositionRow, 'dispute_id' | 'label' | 'ordinal'>[]): Promise<PositionRow[]> {
  if (values.length === 0) return [];
  return (await db('positions').insert(values).returning(COLUMNS)) as PositionRow[];
}

/** Applies `changes` if the position is still at `version`; undefined when someone changed it first. */
export async function updatePosition(db: Knex, id: number, version: number, changes: Partial<Pick<PositionRow, 'label' | 'ordinal'>>): Promise<PositionRow | undefined> {
  const [row] = await db('positions').where({ id, version }).update({ ...changes, version: db.raw('version + 1'), updated_at: db.fn.now() }).returning(COLUMNS);
  return row as PositionRow | undefined;
}

/** Deletes a position (its placements go with it) if still at `version`; false when someone changed it first. */
export async function deletePosition(db: Knex, id: number, version: number): Promise<boolean> {
  return (await db('positions').where({ id, version }).delete()) === 1;
}
