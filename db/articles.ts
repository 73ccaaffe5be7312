// SQL for articles. The body is immutable once inserted (a trigger enforces it).
import type { Knex } from 'knex';

export interface ArticleRow {
  id: number;
  case_id: number;
  title: string;
  publisher: string;
  url: string | null;
  published_on: string | null;
  body: string;
  content_hash: string;
  extractor_version: string | null;
  created_by: number | null;
  version: number;
  created_at: Date;
  updated_at: Date;
}

export type ArticleListItem = Omit<ArticleRow, 'body'> & { claim_count: number; text_length: number };

export type NewArticle = Omit<ArticleRow, 'id' | 'version' | 'created_at' | 'updated_at'>;

const COLUMNS = [
  'id', 'case_id', 'title', 'publisher', 'url', 'published_on', 'body', 'content_hash',
  'extractor_version', 'created_by', 'version', 'created_at', 'updated_at',
];

/** The articles of a case (without their text), with claim counts, oldest first. */
export async function listArticlesForCase(db: Knex, caseId: number): Promise<ArticleListItem[]> {
  return articlesForCaseQuery(db, caseId);
}

/** The query behind listArticlesForCase (also read by db/case-page.ts). */
export function articlesForCaseQuery(db: Knex, caseId: number): Knex.QueryBuilder {
  return db('articles as a')
    .select(
      'a.id', 'a.case_id', 'a.title', 'a.publisher', 'a.url', 'a.published_on', 'a.content_hash',
      'a.extractor_version', 'a.created_by', 'a.version', 'a.created_at', 'a.updated_at', 'a.text_length',
      db.raw(`(select count(*)::int from claims c where c.article_id = a.id and c.review_status <> 'rejected') as claim_count`),
    )
    .where('a.case_id', caseId)
    .orderBy([{ column: 'a.published_on', order: 'asc', nulls: 'last' }, { column: 'a.id', order: 'asc' }]);
}

/** One article with its text, or undefined. */
export async function findArticleById(db: Knex, id: number): Promise<ArticleRow | undefined> {
  return articleQuery(db, id);
}

/** The query behind findArticleById (also read by db/article-page.ts). */
export function articleQuery(db: Knex, id: number): Knex.QueryBuilder {
  return db('articles').first(COLUMNS).where({ id });
}

/** The article of `caseId` whose text has this hash, if already seeded. */
export async function findArticleByHash(db: Knex, caseId: number, hash: string): Promise<ArticleRow | undefined> {
  return db('articles').first(COLUMNS).where({ case_id: caseId, content_hash: hash });
}

/** Inserts an article and returns it. */
export async function insertArticle(db: Knex, values: NewArticle): Promise<ArticleRow> {
  const [row] = await db<ArticleRow>('articles').insert(values).returning(COLUMNS);
  return row as ArticleRow;
}
