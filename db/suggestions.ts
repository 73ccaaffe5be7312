// SQL for storing suggested disputes and reading what the suggestion engine needs.
import type { Knex } from 'knex';
import type { EntityKind } from '../server/engine/types';

/** A claim of a case with its source and article text, for the suggestion engine. */
export interface CaseClaimForSuggestions {
  id: number;
  article_id: number;
  content: string;
  cue: string;
  hedges: { text: string }[];
  is_publisher: boolean;
  span_start: number;
  span_end: number;
  source_id: number | null;
  source_name: string | null;
  source_kind: EntityKind | null;
  source_named: boolean | null;
}

/** Non-rejected claims of a case with their sources: one query. */
export async function listClaimsForSuggestions(db: Knex, caseId: number): Promise<CaseClaimForSuggestions[]> {
  return db('claims as c')
    .join('articles as a', 'a.id', 'c.article_id')
    .leftJoin('source_entities as e', 'e.id', 'c.source_id')
    .select('c.id', 'c.article_id', 'c.content', 'c.cue', 'c.hedges', 'c.is_publisher', 'c.span_start', 'c.span_end', 'c.source_id', 'e.name as source_name', 'e.kind as source_kind', 'e.named as source_named')
    .where('a.case_id', caseId)
    .whereNot('c.review_status', 'rejected')
    .orderBy([{ column: 'a.id' }, { column: 'c.span_start' }]);
}

/** The article bodies of a case by id (for the sentence around each claim): one query. */
export async function listArticleBodiesForCase(db: Knex, caseId: number): Promise<Map<number, string>> {
  const rows: { id: number; body: string }[] = await db('articles').select('id', 'body').where({ case_id: caseId });
  return new Map(rows.map((r) => [r.id, r.body]));
}

/** Every suggestion key ever stored for a case (accepted, open, dismissed …). */
export async function listSuggestionKeys(db: Knex, caseId: number): Promise<string[]> {
  return db('disputes').where({ case_id: caseId }).whereNotNull('suggestion_key').pluck('suggestion_key');
}

/** Inserts a suggested dispute with the reasons for it, unless its key is already stored
 * for the case; undefined when it was. */
export async function insertSuggestedDispute(db: Knex, caseId: number, key: string, question: string, signals: string[]): Promise<number | undefined> {
  const [row] = await db('disputes')
    .insert({ case_id: caseId, question, status: 'suggested', origin: 'suggested', suggestion_key: key, suggestion_signals: JSON.stringify(signals) })
    .onConflict(['case_id', 'suggestion_key'])
    .ignore()
    .returning('id');
  return (row as { id: number } | undefined)?.id;
}
