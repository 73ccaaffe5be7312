// SQL for verdicts (append-only: inserts and reads only; a trigger refuses the rest).
import type { Knex } from 'knex';
import type { Confidence, Likelihood } from '../server/domain/grades';

export type Outcome = 'position' | 'conflicting' | 'insufficient_evidence';

export interface VerdictRow {
  id: number;
  dispute_id: number;
  reviewer_id: number;
  kind: 'review' | 'published';
  outcome: Outcome;
  position_id: number | null;
  likelihood: Likelihood;
  confidence: Confidence;
  rationale: string;
  correction_note: string | null;
  based_on_id: number | null;
  created_at: Date;
}

/** A verdict with its author's name and the claims it relies on. */
export type VerdictWithAuthor = VerdictRow & { reviewer_name: string; evidence: number[] };

export type NewVerdict = Omit<VerdictRow, 'id' | 'created_at'>;

const COLUMNS = ['id', 'dispute_id', 'reviewer_id', 'kind', 'outcome', 'position_id', 'likelihood', 'confidence', 'rationale', 'correction_note', 'based_on_id', 'created_at'];

/** Appends a verdict and the claims it relies on. */
export async function insertVerdict(db: Knex, values: NewVerdict, evidence: number[]): Promise<VerdictRow> {
  const [row] = (await db('verdicts').insert(values).returning(COLUMNS)) as VerdictRow[];
  if (evidence.length) await db('verdict_evidence').insert([...new Set(evidence)].map((claimId) => ({ verdict_id: row!.id, claim_id: claimId })));
  return row!;
}

/** Every verdict of a dispute, oldest first, with author and evidence: one query. */
export async function listVerdictsForDispute(db: Knex, disputeId: number): Promise<VerdictWithAuthor[]> {
  return verdictsQuery(db, disputeId);
}

/** The query behind listVerdictsForDispute (also read by db/board.ts). */
export function verdictsQuery(db: Knex, disputeId: number): Knex.QueryBuilder {
  return db('verdicts as v')
    .join('users as u', 'u.id', 'v.reviewer_id')
    .select(
      ...COLUMNS.map((c) => `v.${c}`),
      'u.display_name as reviewer_name',
      db.raw(`coalesce((select array_agg(e.claim_id order by e.claim_id) from verdict_evidence e where e.verdict_id = v.id), '{}') as evidence`),
    )
    .where('v.dispute_id', disputeId)
    .orderBy([{ column: 'v.id' }]);
}

/** The latest review of a reviewer on a dispute, or undefined. */
export async function findLatestReview(db: Knex, disputeId: number, reviewerId: number): Promise<VerdictRow | undefined> {
  return db('verdicts').first(COLUMNS).where({ dispute_id: disputeId, reviewer_id: reviewerId, kind: 'review' }).orderBy('id', 'desc');
}

/** One verdict, or undefined. */
export async function findVerdictById(db: Knex, id: number): Promise<VerdictRow | undefined> {
  return db('verdicts').first(COLUMNS).where({ id });
}

/** The claim ids a verdict relies on. */
export async function listEvidenceForVerdict(db: Knex, verdictId: number): Promise<number[]> {
  return db('verdict_evidence').where({ verdict_id: verdictId }).orderBy('claim_id').pluck('claim_id');
}

/** Each reviewer's latest outcome on every dispute of a case (value: position id or special outcome): one query. */
export async function listLatestOutcomesForCase(db: Knex, caseId: number): Promise<LatestOutcome[]> {
  return latestOutcomesForCaseQuery(db, caseId);
}

export interface LatestOutcome {
  dispute_id: number;
  reviewer_id: number;
  value: string;
}

/** The query behind listLatestOutcomesForCase (also read by db/case-page.ts). */
export function latestOutcomesForCaseQuery(db: Knex, caseId: number): Knex.QueryBuilder {
  return db
    .select('dispute_id', 'reviewer_id', db.raw(`case when outcome = 'position' then 'p' || position_id else outcome end as value`))
    .from(
      db('verdicts as v')
        .join('disputes as d', 'd.id', 'v.dispute_id')
        .distinctOn('v.dispute_id', 'v.reviewer_id')
        .select('v.dispute_id', 'v.reviewer_id', 'v.outcome', 'v.position_id')
        .where('d.case_id', caseId)
        // Constants written into the SQL: the case page reads this with others (db/together.ts
        // takes integer values only).
        .whereRaw(`v.kind = 'review' and d.status <> 'dismissed'`)
        .orderBy([{ column: 'v.dispute_id' }, { column: 'v.reviewer_id' }, { column: 'v.id', order: 'desc' }])
        .as('latest'),
    );
}

/** For sources, each placement of their claims on a dispute with a published verdict, against the latest published outcome: one query. */
export async function listPublishedOutcomesForSources(
  db: Knex,
  sourceIds: number[],
): Promise<{ source_id: number; dispute_id: number; question: string; claim_position_id: number; outcome: Outcome; verdict_position_id: number | null }[]> {
  if (sourceIds.length === 0) return [];
  const { rows } = await publishedOutcomesQuery(db, db.raw('any(?::int[])', [sourceIds]));
  return rows;
}

export type PublishedOutcome = Awaited<ReturnType<typeof listPublishedOutcomesForSources>>[number];

/** The query behind listPublishedOutcomesForSources, for the sources `c.source_id = ` the
 * given expression picks (`any(array)`, or `any(subquery)` in db/board.ts). */
export function publishedOutcomesQuery(db: Knex, sources: Knex.Raw): Knex.Raw {
  return db.raw(
    `with latest as (
       select distinct on (dispute_id) dispute_id, outcome, position_id from verdicts
       where kind = 'published' order by dispute_id, id desc)
     select distinct c.source_id, p.dispute_id, d.question, p.position_id as claim_position_id,
       l.outcome, l.position_id as verdict_position_id
     from claim_placements p
     join claims c on c.id = p.claim_id
     join disputes d on d.id = p.dispute_id
     join latest l on l.dispute_id = p.dispute_id
     where c.source_id = ? and d.status = 'published'
     order by p.dispute_id`,
    [sources],
  );
}

/** True when any verdict (of any kind) names the position: append-only rows keep it alive. */
export async function isPositionInVerdicts(db: Knex, positionId: number): Promise<boolean> {
  return (await db('verdicts').first('id').where({ position_id: positionId })) !== undefined;
}
