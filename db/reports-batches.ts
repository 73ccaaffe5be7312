// Keyset-paged reads for the streaming exports (CSV, JSON): each call returns the next
// `limit` rows after a cursor, so an export of 100,000 claims holds one batch at a time.
// (knex's .stream() needs pg-query-stream; keyset pages also work on PGlite.)
import type { Knex } from 'knex';
import { claimIdsInScope, disputeIdsInScope, type ExportScope } from './reports';

/** One CSV row: a claim, once per dispute it is placed in (or once, unplaced). */
export interface CsvClaimRow {
  claim_id: number;
  placement_id: number;
  case_title: string;
  article_title: string;
  source_name: string | null;
  source_kind: string | null;
  source_reliability: string | null;
  quote_exact: string;
  cue: string;
  mode: string;
  credibility: number | null;
  confidence: string | null;
  dispute_question: string | null;
  position_id: number | null;
  position_label: string | null;
  verdict_outcome: string | null;
  verdict_position_id: number | null;
  verdict_position_label: string | null;
  verdict_likelihood: string | null;
}

/** Where a CSV page ends: the last (claim, placement) pair read. */
export type CsvCursor = [number, number];

/** Claims included in evidence or placements of the scope's disputes, plus the scope's own. */
function exportClaimIds(db: Knex, scope: ExportScope): Knex.QueryBuilder {
  if (scope.type === 'case') return claimIdsInScope(db, scope);
  const evidence = db('verdict_evidence as x').join('verdicts as v', 'v.id', 'x.verdict_id').select('x.claim_id')
    .whereIn('v.dispute_id', disputeIdsInScope(db, scope));
  return claimIdsInScope(db, scope).union(evidence);
}

/** The next page of CSV rows after `cursor`, rejected claims left out, in claim order. */
export async function listCsvRowsAfter(db: Knex, scope: ExportScope, cursor: CsvCursor, limit: number): Promise<CsvClaimRow[]> {
  const live = db('disputes').select('id').whereIn('status', ['open', 'published']).whereIn('id', disputeIdsInScope(db, scope));
  // A case's claims by a plain join condition, so each page starts at the cursor in the
  // claims index instead of re-reading the case from its first claim. `c.id >= ?` is
  // the index condition; the row comparison then skips placements already written.
  const inScope = scope.type === 'case' ? `a.case_id = ${Number(scope.id)}` : `c.id in (${claimIdsInScope(db, scope).toQuery()})`;
  const { rows } = await db.raw<{ rows: CsvClaimRow[] }>(
    `select c.id as claim_id, coalesce(p.id, 0) as placement_id, k.title as case_title, a.title as article_title,
       e.name as source_name, e.kind as source_kind, e.reliability as source_reliability, c.quote_exact, c.cue, c.mode,
       c.credibility, c.confidence, d.question as dispute_question, p.position_id, pos.label as position_label,
       f.outcome as verdict_outcome, f.position_id as verdict_position_id, fp.label as verdict_position_label,
       f.likelihood as verdict_likelihood
     from claims c
     join articles a on a.id = c.article_id
     join cases k on k.id = a.case_id
     left join source_entities e on e.id = c.source_id
     left join claim_placements p on p.claim_id = c.id and p.claim_id >= ? and p.dispute_id in (${live.toQuery()})
     left join disputes d on d.id = p.dispute_id
     left join positions pos on pos.id = p.position_id
     left join lateral (
       select v.outcome, v.position_id, v.likelihood from verdicts v
       where v.dispute_id = p.dispute_id and v.kind = 'published' order by v.created_at desc, v.id desc limit 1
     ) f on true
     left join positions fp on fp.id = f.position_id
     where ${inScope} and c.review_status <> 'rejected'
       and c.id >= ? and (c.id, coalesce(p.id, 0)) > (?, ?)
     order by c.id, coalesce(p.id, 0)
     limit ?`,
    [cursor[0], cursor[0], cursor[0], cursor[1], limit],
  );
  return rows;
}

/** Next page of the scope's articles (with text) after id `after`. */
export async function listArticlesAfter(db: Knex, scope: ExportScope, after: number, limit: number): Promise<Record<string, unknown>[]> {
  return db('articles')
    .select('id', 'case_id', 'title', 'publisher', 'url', 'published_on', 'body', 'content_hash', 'extractor_version', 'version', 'created_at')
    .modify((q) => {
      if (scope.type === 'case') q.where('case_id', scope.id);
      else q.whereIn('id', db('claims').select('article_id').whereIn('id', exportClaimIds(db, scope)));
    })
    .where('id', '>', after)
    .orderBy('id')
    .limit(limit);
}

/** Next page of the scope's claims after id `after`. */
export async function listClaimsAfter(db: Knex, scope: ExportScope, after: number, limit: number): Promise<Record<string, unknown>[]> {
  return db('claims')
    .select(
      'id', 'article_id', 'source_id', 'mention_id', 'span_start', 'span_end', 'content_spans', 'quote_exact', 'quote_prefix',
      'quote_suffix', 'content', 'cue', 'cue_start', 'cue_end', 'mode', 'hedges', 'origin', 'review_status', 'credibility',
      'confidence', 'extraction_confidence', 'is_publisher', 'version', 'created_at',
    )
    .modify((q) => {
      // By article for a case: a small hash set, so each page starts at `after` in the claims index.
      if (scope.type === 'case') q.whereIn('article_id', db('articles').select('id').where('case_id', scope.id));
      else q.whereIn('id', exportClaimIds(db, scope));
    })
    .where('id', '>', after)
    .orderBy('id')
    .limit(limit);
}

/** Next page of the scope's source mentions after id `after`. */
export async function listMentionsAfter(db: Knex, scope: ExportScope, after: number, limit: number): Promise<Record<string, unknown>[]> {
  return db('source_mentions')
    .select('id', 'article_id', 'source_id', 'span_start', 'span_end', 'text', 'created_at')
    .modify((q) => {
      if (scope.type === 'case') q.whereIn('article_id', db('articles').select('id').where('case_id', scope.id));
      else q.whereIn('id', db('claims').select('mention_id').whereIn('id', exportClaimIds(db, scope)).whereNotNull('mention_id'));
    })
    .where('id', '>', after)
    .orderBy('id')
    .limit(limit);
}

/** Next page of the scope's claim placements after id `after`. */
export async function listPlacementsAfter(db: Knex, scope: ExportScope, after: number, limit: number): Promise<Record<string, unknown>[]> {
  return db('claim_placements')
    .select('id', 'dispute_id', 'position_id', 'claim_id', 'ordinal')
    .whereIn('dispute_id', disputeIdsInScope(db, scope))
    .where('id', '>', after)
    .orderBy('id')
    .limit(limit);
}

/** Next page of the sources the scope's claims and mentions name, with aliases, after id `after`. */
export async function listSourcesAfter(db: Knex, scope: ExportScope, after: number, limit: number): Promise<Record<string, unknown>[]> {
  const claimIds = exportClaimIds(db, scope);
  const used = db('claims').select('source_id').whereIn('id', claimIds).whereNotNull('source_id')
    .union(db('source_mentions').select('source_id').whereNotNull('source_id').modify((q) => {
      if (scope.type === 'case') q.whereIn('article_id', db('articles').select('id').where('case_id', scope.id));
      else q.whereIn('id', db('claims').select('mention_id').whereIn('id', claimIds));
    }));
  return db('source_entities as e')
    .select(
      'e.id', 'e.name', 'e.kind', 'e.named', 'e.case_id', 'e.affiliation', 'e.description', 'e.reliability', 'e.version', 'e.created_at',
      db.raw(`coalesce((select array_agg(a.alias order by a.alias) from source_aliases a where a.source_id = e.id), '{}') as aliases`),
    )
    .whereIn('e.id', used)
    .where('e.id', '>', after)
    .orderBy('e.id')
    .limit(limit);
}

/** The cases the scope touches (its case, or the cases of its claims and disputes). */
export async function listCasesForExport(db: Knex, scope: ExportScope): Promise<Record<string, unknown>[]> {
  return db('cases')
    .select('id', 'title', 'description', 'status', 'version', 'created_at')
    .modify((q) => {
      if (scope.type === 'case') q.where('id', scope.id);
      else {
        q.whereIn('id', db('articles').select('case_id').whereIn('id', db('claims').select('article_id').whereIn('id', exportClaimIds(db, scope))))
          .orWhereIn('id', db('disputes').select('case_id').whereIn('id', disputeIdsInScope(db, scope)));
      }
    })
    .orderBy('id');
}

/** Every dispute of the scope, whatever its status. */
export async function listDisputesForExport(db: Knex, scope: ExportScope): Promise<Record<string, unknown>[]> {
  return db('disputes')
    .select('id', 'case_id', 'question', 'status', 'origin', 'suggestion_key', 'suggestion_signals', 'blind_review', 'version', 'created_at')
    .whereIn('id', disputeIdsInScope(db, scope))
    .orderBy('id');
}

/** Positions of the scope's disputes. */
export async function listPositionsForExport(db: Knex, scope: ExportScope): Promise<Record<string, unknown>[]> {
  return db('positions').select('id', 'dispute_id', 'label', 'ordinal', 'version', 'created_at')
    .whereIn('dispute_id', disputeIdsInScope(db, scope)).orderBy('id');
}

/** Every verdict version of the scope's disputes, with the reviewer and the evidence claim ids. */
export async function listVerdictsForExport(db: Knex, scope: ExportScope): Promise<Record<string, unknown>[]> {
  return db('verdicts as v')
    .join('users as u', 'u.id', 'v.reviewer_id')
    .select(
      'v.id', 'v.dispute_id', 'v.reviewer_id', 'u.display_name as reviewer_name', 'u.email as reviewer_email', 'v.kind', 'v.outcome',
      'v.position_id', 'v.likelihood', 'v.confidence', 'v.rationale', 'v.correction_note', 'v.based_on_id', 'v.created_at',
      db.raw(`coalesce((select array_agg(x.claim_id order by x.claim_id) from verdict_evidence x where x.verdict_id = v.id), '{}') as evidence`),
    )
    .whereIn('v.dispute_id', disputeIdsInScope(db, scope))
    .orderBy('v.id');
}
