// Seeding an article: store its text (immutable from then on) in a case with the
// sources, mentions and claims the engine finds in it. Everything is written in one
// transaction, so an article never exists half-seeded.
import crypto from 'node:crypto';
import type { Knex } from 'knex';
import { findArticleByHash, insertArticle, type ArticleRow } from '../../db/articles';
import { insertClaims } from '../../db/claims';
import { insertMentions } from '../../db/mentions';
import type { ExtractionResult } from '../engine/types';
import { checkExtraction, claimRow, mentionIdsBySpan, mentionRows } from './extraction-rows';
import { resolveSources } from './sources';
import { HttpError } from '../errors';
import { insertAuditEntry } from '../../db/audit';

export interface ArticleInput {
  caseId: number;
  title: string;
  publisher: string;
  url: string | null;
  publishedOn: string | null;
  text: string;
  userId: number | null;
  /** For the audit entry (the request or command that seeded it). */
  requestId?: string | null;
}

/** The attribution engine as seeding sees it: text in, attributions out (extractAttributions in production). */
export type Extractor = (text: string, options?: { publisher?: string }) => ExtractionResult;

export interface SeedCounts {
  claims: number;
  mentions: number;
  /** Sources created in the registry for this article. */
  newSources: number;
  /** Registry sources this article's sources were matched to. */
  matchedSources: number;
}

export interface SeedResult {
  article: ArticleRow;
  /** False when the same text was already in the case: nothing new was stored. */
  created: boolean;
  counts: SeedCounts;
}

const MAX_ATTEMPTS = 5;
// A news article has tens of attributions, a long report a few hundred. Far more means a
// pasted archive or a generated text, which no reviewer could review claim by claim.
export const MAX_CLAIMS_PER_ARTICLE = 10_000;
const NOTHING: SeedCounts = { claims: 0, mentions: 0, newSources: 0, matchedSources: 0 };

/** Line endings unified and trailing blank space trimmed: offsets are into this text. */
export function normaliseArticleText(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(/[ \t]+$/gm, '').trim();
}

/** sha256 of whitespace-collapsed text: re-pasting with other spacing is the same article. */
export function contentHash(text: string): string {
  return crypto.createHash('sha256').update(text.replace(/\s+/g, ' ').trim()).digest('hex');
}

/** True for a unique violation: another seeding committed the same article or source first. */
function isUniqueViolation(err: unknown): boolean {
  return typeof err === 'object' && err !== null && (err as { code?: unknown }).code === '23505';
}

/**
 * Stores an article in its case unless the same text is already there, with what `extract`
 * finds in it: sources (matched against the registry or created), mentions and claims.
 * All in one transaction: an article never exists half-seeded.
 */
export async function seedArticle(db: Knex, input: ArticleInput, extract: Extractor): Promise<SeedResult> {
  const body = normaliseArticleText(input.text);
  const hash = contentHash(body);
  const existing = await findArticleByHash(db, input.caseId, hash);
  if (existing) return { article: existing, created: false, counts: NOTHING };

  // Extraction is CPU work on the stored text: done before the transaction, not inside it.
  const extraction = extract(body, input.publisher ? { publisher: input.publisher } : undefined);
  checkExtraction(body, extraction);
  if (extraction.attributions.length > MAX_CLAIMS_PER_ARTICLE) {
    throw new HttpError(400, 'Please correct the highlighted fields.', {
      text: `Crosscheck found ${extraction.attributions.length.toLocaleString('en-US')} attributions in this text, more than the ${MAX_CLAIMS_PER_ARTICLE.toLocaleString('en-US')} one article can hold. Is it several articles? Add them one by one.`,
    });
  }
  // Reviewers seeding at once: a unique violation means another seeding committed the same
  // article or a new source first; trying again finds its rows. Each retry settles at least one.
  for (let attempt = 1; ; attempt++) {
    try {
      return await db.transaction((trx) => storeSeed(trx, input, body, hash, extraction));
    } catch (err) {
      if (!isUniqueViolation(err) || attempt >= MAX_ATTEMPTS) throw err;
    }
  }
}

/** The transaction body of seedArticle: a fixed number of queries whatever the article holds. */
async function storeSeed(trx: Knex.Transaction, input: ArticleInput, body: string, hash: string, extraction: ExtractionResult): Promise<SeedResult> {
  const existing = await findArticleByHash(trx, input.caseId, hash);
  if (existing) return { article: existing, created: false, counts: NOTHING };
  const article = await insertArticle(trx, {
    case_id: input.caseId,
    title: input.title,
    publisher: input.publisher,
    url: input.url,
    published_on: input.publishedOn,
    body,
    content_hash: hash,
    extractor_version: extraction.version,
    created_by: input.userId,
  });
  const sources = await resolveSources(trx, input.caseId, extraction.entities);
  const mentions = await insertMentions(trx, mentionRows(body, extraction, article.id, sources.ids));
  const ids = { articleId: article.id, userId: input.userId, sourceIds: sources.ids, mentionIds: mentionIdsBySpan(mentions) };
  const claims = await insertClaims(trx, extraction.attributions.map((a) => claimRow(body, a, ids)));
  const counts = { claims: claims.length, mentions: mentions.length, newSources: sources.newSources, matchedSources: sources.matchedSources };
  // The text itself is in the article row (immutable); the entry says who seeded what.
  const { body: _text, ...summary } = article;
  await insertAuditEntry(trx, {
    userId: input.userId, requestId: input.requestId ?? null, action: 'seed', entityType: 'article', entityId: article.id,
    after: { ...summary, counts },
  });
  return { article, created: true, counts };
}
