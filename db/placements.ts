// SQL for claim placements: which claim stands in which column of a dispute, in what order.
import type { Knex } from 'knex';
import type { ClaimWithSource } from './claims';

export interface PlacementRow {
  id: number;
  dispute_id: number;
  position_id: number;
  claim_id: number;
  ordinal: number;
  version: number;
}

/** A placed claim with its source and article, as the board draws it. */
export type BoardClaim = Pick<ClaimWithSource, (typeof BOARD_CLAIM_COLUMNS)[number] | 'source_name' | 'source_kind' | 'source_reliability'> & {
  placement_id: number;
  position_id: number;
  placement_ordinal: number;
  placement_version: number;
  source_named: boolean | null;
  article_title: string;
};

/** A claim of the case not yet on the board, for the picker. */
export interface PickerClaim {
  id: number;
  article_id: number;
  article_title: string;
  content: string;
  source_name: string | null;
}

const COLUMNS = ['id', 'dispute_id', 'position_id', 'claim_id', 'ordinal', 'version'];

// The claim columns a card shows: only these, because the board is the busiest page and
// every column is parsed for every card on every view (quote context, spans and
// timestamps are the article page's business).
const BOARD_CLAIM_COLUMNS = ['id', 'article_id', 'source_id', 'content', 'cue', 'hedges', 'credibility', 'confidence', 'version'] as const;

/** One placement, or undefined. */
export async function findPlacementById(db: Knex, id: number): Promise<PlacementRow | undefined> {
  return db('claim_placements').first(COLUMNS).where({ id });
}

/** The placements of a dispute (without claim text): one query. */
export async function listPlacementsForDispute(db: Knex, disputeId: number): Promise<PlacementRow[]> {
  return db('claim_placements').select(COLUMNS).where({ dispute_id: disputeId }).orderBy([{ column: 'position_id' }, { column: 'ordinal' }, { column: 'id' }]);
}

/** Every claim on a board with its source and article, column by column: one query. */
export async function listBoardClaims(db: Knex, disputeId: number): Promise<BoardClaim[]> {
  return boardClaimsQuery(db, disputeId);
}

/** The query behind listBoardClaims (also read by db/board.ts). */
export function boardClaimsQuery(db: Knex, disputeId: number): Knex.QueryBuilder {
  return db('claim_placements as p')
    .join('claims as c', 'c.id', 'p.claim_id')
    .join('articles as a', 'a.id', 'c.article_id')
    .leftJoin('source_entities as e', 'e.id', 'c.source_id')
    .select(
      ...BOARD_CLAIM_COLUMNS.map((c) => `c.${c}`),
      'e.name as source_name', 'e.kind as source_kind', 'e.reliability as source_reliability', 'e.named as source_named',
      'a.title as article_title',
      'p.id as placement_id', 'p.position_id', 'p.ordinal as placement_ordinal', 'p.version as placement_version',
    )
    .where('p.dispute_id', disputeId)
    .orderBy([{ column: 'p.position_id' }, { column: 'p.ordinal' }, { column: 'p.id' }]);
}

/**
 * Up to `limit` claims of the case (not rejected) that are not on this board, in article
 * then text order, optionally only those whose words, source or article title contain
 * `q`; with how many match in all. One query.
 */
export async function listPickerClaims(
  db: Knex,
  caseId: number,
  disputeId: number,
  opts: { q?: string; limit: number },
): Promise<{ claims: PickerClaim[]; total: number }> {
  const offBoard = (query: Knex.QueryBuilder) => {
    query
      .join('articles as a', 'a.id', 'c.article_id')
      .leftJoin('source_entities as e', 'e.id', 'c.source_id')
      .where('a.case_id', caseId)
      .whereNot('c.review_status', 'rejected')
      .whereNotExists((q) => q.select(db.raw('1')).from('claim_placements as p').where('p.dispute_id', disputeId).whereRaw('p.claim_id = c.id'));
    if (opts.q) {
      const like = `%${opts.q.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;
      query.where((w) => w.whereILike('c.content', like).orWhereILike('e.name', like).orWhereILike('a.title', like));
    }
    return query;
  };
  // Reading order is claims_article_span_index's order, so the first page stops early; the
  // total is a separate scalar subquery. A count(*) over () on the page query made
  // PostgreSQL sort the whole case instead (14 ms for 5,000 claims, now 3 ms).
  const total = offBoard(db('claims as c')).count('*');
  const rows = (await offBoard(db('claims as c'))
    .select('c.id', 'c.article_id', 'a.title as article_title', 'c.content', 'e.name as source_name', db.raw('(?)::int as total', [total]))
    .orderBy([{ column: 'c.article_id' }, { column: 'c.span_start' }, { column: 'c.id' }])
    .limit(opts.limit)) as (PickerClaim & { total: number })[];
  return { claims: rows.map(({ total: _t, ...c }) => c), total: rows[0]?.total ?? 0 };
}

/** The ids among `claimIds` that belong to an article of the case. */
export async function listCaseClaimIds(db: Knex, caseId: number, claimIds: number[]): Promise<number[]> {
  if (claimIds.length === 0) return [];
  return db('claims as c').join('articles as a', 'a.id', 'c.article_id').where('a.case_id', caseId).whereIn('c.id', claimIds).pluck('c.id');
}

/** Places claims at the end of a column; claims already on the board are skipped. Returns the new rows. */
export async function insertPlacements(db: Knex, disputeId: number, positionId: number, claimIds: number[]): Promise<PlacementRow[]> {
  if (claimIds.length === 0) return [];
  const top = await db('claim_placements').where({ position_id: positionId }).max<{ m: number | null }>('ordinal as m').first();
  const start = (top?.m ?? -1) + 1;
  const rows = claimIds.map((claimId, i) => ({ dispute_id: disputeId, position_id: positionId, claim_id: claimId, ordinal: start + i }));
  return (await db('claim_placements').insert(rows).onConflict(['dispute_id', 'claim_id']).ignore().returning(COLUMNS)) as PlacementRow[];
}

/** Applies `changes` if the placement is still at `version`; undefined when someone changed it first. */
export async function updatePlacement(db: Knex, id: number, version: number, changes: Partial<Pick<PlacementRow, 'position_id' | 'ordinal'>>): Promise<PlacementRow | undefined> {
  const [row] = await db('claim_placements').where({ id, version }).update({ ...changes, version: db.raw('version + 1'), updated_at: db.fn.now() }).returning(COLUMNS);
  return row as PlacementRow | undefined;
}

/** Moves every placement of one column to another (merging), after its cards. */
export async function movePlacementsToPosition(db: Knex, fromId: number, toId: number, placementIds?: number[]): Promise<number> {
  const top = await db('claim_placements').where({ position_id: toId }).max<{ m: number | null }>('ordinal as m').first();
  const q = db('claim_placements').where({ position_id: fromId });
  if (placementIds) q.whereIn('id', placementIds);
  return q.update({ position_id: toId, ordinal: db.raw('ordinal + ?', [(top?.m ?? -1) + 1]), version: db.raw('version + 1'), updated_at: db.fn.now() });
}

/** Takes a claim off the board if the placement is still at `version`. */
export async function deletePlacement(db: Knex, id: number, version: number): Promise<boolean> {
  return (await db('claim_placements').where({ id, version }).delete()) === 1;
}
