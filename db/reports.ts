// Read queries for verdict reports: a report loads in a fixed number of queries whatever
// the size of its disputes (one per table), and the big tables (claims, mentions,
// articles, placements) are read in keyset batches so an export never holds them all.
import type { Knex } from 'knex';

/** What an export covers: one case, one dispute, or one source across cases. */
export interface ExportScope {
  type: 'case' | 'dispute' | 'source';
  id: number;
}

export interface ReportDisputeRow {
  id: number;
  case_id: number;
  question: string;
  status: 'suggested' | 'open' | 'dismissed' | 'published';
  created_at: Date;
  updated_at: Date;
}

export interface ReportPositionRow {
  id: number;
  dispute_id: number;
  label: string;
  ordinal: number;
}

/** A placed claim with everything a report shows next to it. */
export interface ReportClaimRow {
  placement_id: number;
  dispute_id: number;
  position_id: number;
  claim_id: number;
  article_id: number;
  article_title: string;
  article_url: string | null;
  article_publisher: string;
  article_published_on: string | null;
  source_id: number | null;
  source_name: string | null;
  source_kind: string | null;
  source_reliability: string | null;
  quote_exact: string;
  content: string;
  cue: string;
  mode: string;
  credibility: number | null;
  confidence: string | null;
  hedges: { text: string }[];
}

export interface ReportVerdictRow {
  id: number;
  dispute_id: number;
  reviewer_id: number;
  reviewer_name: string;
  kind: 'review' | 'published';
  outcome: 'position' | 'conflicting' | 'insufficient_evidence';
  position_id: number | null;
  likelihood: string;
  confidence: string;
  rationale: string;
  correction_note: string | null;
  based_on_id: number | null;
  created_at: Date;
  evidence: number[];
}

/** Ids of the disputes an export covers (dismissed and suggested ones only with `all`). */
export function disputeIdsInScope(db: Knex, scope: ExportScope): Knex.QueryBuilder {
  if (scope.type === 'case') return db('disputes').select('id').where('case_id', scope.id);
  if (scope.type === 'dispute') return db('disputes').select('id').where('id', scope.id);
  return db('claim_placements as p').join('claims as c', 'c.id', 'p.claim_id').distinct('p.dispute_id').where('c.source_id', scope.id);
}

/** Ids of the claims an export covers: the case's, or those placed in the scope's disputes (and the source's own). */
export function claimIdsInScope(db: Knex, scope: ExportScope): Knex.QueryBuilder {
  if (scope.type === 'case') {
    return db('claims as c').join('articles as a', 'a.id', 'c.article_id').select('c.id').where('a.case_id', scope.id);
  }
  const placed = db('claim_placements').select('claim_id').whereIn('dispute_id', disputeIdsInScope(db, scope));
  if (scope.type === 'dispute') return placed;
  return db('claims').select('id').where('source_id', scope.id).union(placed);
}

/** The disputes of a report, oldest first; reports leave out suggested and dismissed ones. */
export async function listDisputesForReport(db: Knex, scope: ExportScope): Promise<ReportDisputeRow[]> {
  return db('disputes')
    .select('id', 'case_id', 'question', 'status', 'created_at', 'updated_at')
    .whereIn('id', disputeIdsInScope(db, scope))
    .modify((q) => {
      if (scope.type !== 'dispute') q.whereIn('status', ['open', 'published']);
    })
    .orderBy('id');
}

/** Positions of the given disputes, in column order. */
export async function listPositionsForDisputes(db: Knex, disputeIds: number[]): Promise<ReportPositionRow[]> {
  if (disputeIds.length === 0) return [];
  return db('positions').select('id', 'dispute_id', 'label', 'ordinal').whereIn('dispute_id', disputeIds).orderBy(['dispute_id', 'ordinal', 'id']);
}

/** Claims placed in the given disputes with their source and article, in column order: one query. */
export async function listPlacedClaimsForDisputes(db: Knex, disputeIds: number[]): Promise<ReportClaimRow[]> {
  if (disputeIds.length === 0) return [];
  return db('claim_placements as p')
    .join('claims as c', 'c.id', 'p.claim_id')
    .join('articles as a', 'a.id', 'c.article_id')
    .leftJoin('source_entities as e', 'e.id', 'c.source_id')
    .select(
      'p.id as placement_id', 'p.dispute_id', 'p.position_id', 'c.id as claim_id', 'a.id as article_id',
      'a.title as article_title', 'a.url as article_url', 'a.publisher as article_publisher',
      'a.published_on as article_published_on', 'e.id as source_id', 'e.name as source_name', 'e.kind as source_kind',
      'e.reliability as source_reliability', 'c.quote_exact', 'c.content', 'c.cue', 'c.mode', 'c.credibility',
      'c.confidence', 'c.hedges',
    )
    .whereIn('p.dispute_id', disputeIds)
    .orderBy(['p.dispute_id', 'p.position_id', 'p.ordinal', 'p.id']);
}

/** Every verdict (review and published) of the given disputes with reviewer names and evidence, oldest first. */
export async function listVerdictsForDisputes(db: Knex, disputeIds: number[]): Promise<ReportVerdictRow[]> {
  if (disputeIds.length === 0) return [];
  return db('verdicts as v')
    .join('users as u', 'u.id', 'v.reviewer_id')
    .select(
      'v.id', 'v.dispute_id', 'v.reviewer_id', 'u.display_name as reviewer_name', 'v.kind', 'v.outcome', 'v.position_id',
      'v.likelihood', 'v.confidence', 'v.rationale', 'v.correction_note', 'v.based_on_id', 'v.created_at',
      db.raw(`coalesce((select array_agg(x.claim_id order by x.claim_id) from verdict_evidence x where x.verdict_id = v.id), '{}') as evidence`),
    )
    .whereIn('v.dispute_id', disputeIds)
    .orderBy(['v.created_at', 'v.id']);
}

/** Title and description of the given cases. */
export async function listCasesByIds(db: Knex, ids: number[]): Promise<{ id: number; title: string; description: string; status: string }[]> {
  if (ids.length === 0) return [];
  return db('cases').select('id', 'title', 'description', 'status').whereIn('id', ids).orderBy('id');
}

/** One dispute's id and case, or undefined. */
export async function findDisputeForExport(db: Knex, id: number): Promise<{ id: number; case_id: number; question: string } | undefined> {
  return db('disputes').first('id', 'case_id', 'question').where({ id });
}

/** A source's track record: how many published verdicts upheld, or went against, a position its claims stand in. */
export async function countSourceTrackRecord(db: Knex, sourceId: number): Promise<{ upheld: number; rejected: number; open: number }> {
  const { rows } = await db.raw<{ rows: { upheld: number; rejected: number; open: number }[] }>(
    `with placed as (
       select distinct p.dispute_id, p.position_id from claim_placements p join claims c on c.id = p.claim_id where c.source_id = ?),
     final as (
       select distinct on (dispute_id) dispute_id, outcome, position_id from verdicts where kind = 'published'
       order by dispute_id, created_at desc, id desc)
     select
       count(*) filter (where f.outcome = 'position' and f.position_id = pl.position_id)::int as upheld,
       count(*) filter (where f.outcome = 'position' and f.position_id <> pl.position_id)::int as rejected,
       count(*) filter (where f.dispute_id is null or f.outcome <> 'position')::int as open
     from placed pl left join final f on f.dispute_id = pl.dispute_id`,
    [sourceId],
  );
  return rows[0] ?? { upheld: 0, rejected: 0, open: 0 };
}
