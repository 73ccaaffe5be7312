// Seeding an article: store its text (immutable from then on) in a case. Everything is
// written in one transaction, so an article never exists half-seeded.
import crypto from 'node:crypto';
import type { Knex } from 'knex';
import { findArticleByHash, insertArticle, type ArticleRow } from '../../db/articles';

export interface ArticleInput {
  caseId: number;
  title: string;
  publisher: string;
  url: string | null;
  publishedOn: string | null;
  text: string;
  userId: number | null;
}

export interface SeedResult {
  article: ArticleRow;
  /** False when the same text was already in the case: nothing new was stored. */
  created: boolean;
}

/** Line endings unified and trailing blank space trimmed: offsets are into this text. */
export function normaliseArticleText(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(/[ \t]+$/gm, '').trim();
}

/** sha256 of whitespace-collapsed text: re-pasting with other spacing is the same article. */
export function contentHash(text: string): string {
  return crypto.createHash('sha256').update(text.replace(/\s+/g, ' ').trim()).digest('hex');
}

/** Stores an article in its case unless the same text is already there. */
export async function seedArticle(db: Knex, input: ArticleInput): Promise<SeedResult> {
  const body = normaliseArticleText(input.text);
  const hash = contentHash(body);
  return db.transaction(async (trx) => {
    const existing = await findArticleByHash(trx, input.caseId, hash);
    if (existing) return { article: existing, created: false };
    const article = await insertArticle(trx, {
      case_id: input.caseId,
      title: input.title,
      publisher: input.publisher,
      url: input.url,
      published_on: input.publishedOn,
      body,
      content_hash: hash,
      extractor_version: null,
      created_by: input.userId,
    });
    return { article, created: true };
  });
}
