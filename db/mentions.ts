// SQL for source mentions: the places in an article where a source is named or
// referred to ("General Yehia Rasool", "he", "the group").
import type { Knex } from 'knex';
import { insertInBatches } from './batch';

export interface MentionRow {
  id: number;
  article_id: number;
  source_id: number | null;
  span_start: number;
  span_end: number;
  text: string;
  created_at: Date;
}

export type NewMention = Pick<MentionRow, 'article_id' | 'source_id' | 'span_start' | 'span_end' | 'text'>;

const COLUMNS = ['id', 'article_id', 'source_id', 'span_start', 'span_end', 'text', 'created_at'];

/** Inserts mentions (in batches of INSERT_BATCH rows); returns them in the order given. */
export async function insertMentions(db: Knex, values: NewMention[]): Promise<MentionRow[]> {
  if (values.length === 0) return [];
  const rows = await insertInBatches<MentionRow>(db, 'source_mentions', values, COLUMNS);
  // A multi-row insert returns rows in VALUES order; the span check guards that assumption.
  rows.forEach((r, i) => {
    if (r.span_start !== values[i]!.span_start || r.span_end !== values[i]!.span_end) throw new Error('mentions returned out of order');
  });
  return rows;
}

/** The mentions in an article, in text order. */
export async function listMentionsForArticle(db: Knex, articleId: number): Promise<MentionRow[]> {
  return mentionsForArticleQuery(db, articleId);
}

/** The query behind listMentionsForArticle (also read by db/article-page.ts). */
export function mentionsForArticleQuery(db: Knex, articleId: number): Knex.QueryBuilder {
  return db('source_mentions').select(COLUMNS).where({ article_id: articleId }).orderBy(['span_start', 'id']);
}

/** Gives every mention of `fromId` to `intoId` (a source merge); returns how many moved. */
export async function moveMentionsToSource(db: Knex, fromId: number, intoId: number): Promise<number> {
  return db('source_mentions').where({ source_id: fromId }).update({ source_id: intoId });
}
