// SQL for claims: who said what, as a span of an article tied to a source entity.
import type { Knex } from 'knex';
import { insertInBatches } from './batch';
import type { AttributionMode, EntityKind } from '../server/engine/types';

/** A part of a discontinuous span, or a hedge, as stored in the jsonb columns. */
export interface StoredSpan {
  start: number;
  end: number;
}
export interface StoredHedge extends StoredSpan {
  text: string;
}

export interface ClaimRow {
  id: number;
  article_id: number;
  source_id: number | null;
  mention_id: number | null;
  span_start: number;
  span_end: number;
  content_spans: StoredSpan[];
  quote_exact: string;
  quote_prefix: string;
  quote_suffix: string;
  content: string;
  cue: string;
  cue_start: number | null;
  cue_end: number | null;
  mode: AttributionMode;
  hedges: StoredHedge[];
  origin: 'extracted' | 'manual';
  review_status: 'pending' | 'accepted' | 'corrected' | 'rejected';
  credibility: number | null;
  confidence: 'low' | 'moderate' | 'high' | null;
  extraction_confidence: number | null;
  is_publisher: boolean;
  created_by: number | null;
  version: number;
  created_at: Date;
  updated_at: Date;
}

export type NewClaim = Omit<ClaimRow, 'id' | 'review_status' | 'credibility' | 'confidence' | 'version' | 'created_at' | 'updated_at'> &
  Partial<Pick<ClaimRow, 'review_status'>>;

/** A claim with the name, kind and reliability of its source, for article and board pages. */
export type ClaimWithSource = ClaimRow & {
  source_name: string | null;
  source_kind: EntityKind | null;
  source_reliability: string | null;
};

/** A claim of a source, with where it was made: for the source page. */
export type SourceClaim = ClaimRow & { article_title: string; case_id: number; case_title: string };

const COLUMNS = [
  'id', 'article_id', 'source_id', 'mention_id', 'span_start', 'span_end', 'content_spans', 'quote_exact',
  'quote_prefix', 'quote_suffix', 'content', 'cue', 'cue_start', 'cue_end', 'mode', 'hedges', 'origin',
  'review_status', 'credibility', 'confidence', 'extraction_confidence', 'is_publisher', 'created_by', 'version',
  'created_at', 'updated_at',
];
const qualified = (alias: string) => COLUMNS.map((c) => `${alias}.${c}`);

/** Inserts claims (in batches of INSERT_BATCH rows) and returns them in the order given. */
export async function insertClaims(db: Knex, values: NewClaim[]): Promise<ClaimRow[]> {
  if (values.length === 0) return [];
  // jsonb columns take JSON text: pg would send a JS array as a PostgreSQL array.
  const rows = values.map((v) => ({ ...v, content_spans: JSON.stringify(v.content_spans), hedges: JSON.stringify(v.hedges) }));
  return insertInBatches<ClaimRow>(db, 'claims', rows, COLUMNS);
}

/** Every claim in an article with its source's name, kind and reliability, in text order: one query. */
export async function listClaimsForArticle(db: Knex, articleId: number): Promise<ClaimWithSource[]> {
  return claimsForArticleQuery(db, articleId);
}

/** The query behind listClaimsForArticle (also read by db/article-page.ts). */
export function claimsForArticleQuery(db: Knex, articleId: number): Knex.QueryBuilder {
  return db('claims as c')
    .leftJoin('source_entities as e', 'e.id', 'c.source_id')
    .select(...qualified('c'), 'e.name as source_name', 'e.kind as source_kind', 'e.reliability as source_reliability')
    .where('c.article_id', articleId)
    .orderBy([{ column: 'c.span_start' }, { column: 'c.id' }]);
}

/** Every claim of a source across cases, with article and case titles, newest case first: one query. */
export async function listClaimsForSource(db: Knex, sourceId: number): Promise<SourceClaim[]> {
  return db('claims as c')
    .join('articles as a', 'a.id', 'c.article_id')
    .join('cases as k', 'k.id', 'a.case_id')
    .select(...qualified('c'), 'a.title as article_title', 'k.id as case_id', 'k.title as case_title')
    .where('c.source_id', sourceId)
    .orderBy([{ column: 'k.id', order: 'desc' }, { column: 'a.id' }, { column: 'c.span_start' }, { column: 'c.id' }]);
}

/** Fields a reviewer may change on a claim. */
export type ClaimChanges = Partial<
  Pick<ClaimRow, 'source_id' | 'mention_id' | 'span_start' | 'span_end' | 'quote_exact' | 'quote_prefix' | 'quote_suffix' | 'content' | 'cue' | 'cue_start' | 'cue_end' | 'mode' | 'review_status' | 'credibility' | 'confidence'>
> & { content_spans?: StoredSpan[]; hedges?: StoredHedge[] };

/** One claim, or undefined. */
export async function findClaimById(db: Knex, id: number): Promise<ClaimRow | undefined> {
  return db('claims').first(COLUMNS).where({ id });
}

/** Applies `changes` if the claim is still at `version`; undefined when someone changed it first. */
export async function updateClaim(db: Knex, id: number, version: number, changes: ClaimChanges): Promise<ClaimRow | undefined> {
  const values: Record<string, unknown> = { ...changes, version: db.raw('version + 1'), updated_at: db.fn.now() };
  if (changes.content_spans) values.content_spans = JSON.stringify(changes.content_spans);
  if (changes.hedges) values.hedges = JSON.stringify(changes.hedges);
  const [row] = await db('claims').where({ id, version }).update(values).returning(COLUMNS);
  return row as ClaimRow | undefined;
}

/** Gives every claim of `fromId` to `intoId` (a source merge); bumps their versions so open forms see the change. Returns how many moved. */
export async function moveClaimsToSource(db: Knex, fromId: number, intoId: number): Promise<number> {
  return db('claims').where({ source_id: fromId }).update({ source_id: intoId, version: db.raw('version + 1'), updated_at: db.fn.now() });
}
