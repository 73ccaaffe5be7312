// Row factories for tests: valid rows with overridable fields, inserted through db/ functions.
import type { Knex } from 'knex';
import { insertCase, type CaseRow } from '../../db/cases';
import { insertArticle, type ArticleRow } from '../../db/articles';
import { contentHash } from '../../server/services/articles';

let seq = 0;
const next = () => ++seq;

/** Inserts a case. */
export async function makeCase(db: Knex, over: Partial<{ title: string; description: string }> = {}): Promise<CaseRow> {
  return insertCase(db, { title: `Case ${next()}`, ...over });
}

/** Inserts an article (creating a case unless `case_id` is given). */
export async function makeArticle(
  db: Knex,
  over: Partial<{ case_id: number; title: string; body: string; publisher: string }> = {},
): Promise<ArticleRow> {
  const caseId = over.case_id ?? (await makeCase(db)).id;
  const body = over.body ?? `Officials said ${next()} people were hurt in the blast on Monday.`;
  return insertArticle(db, {
    case_id: caseId,
    title: over.title ?? `Article ${next()}`,
    publisher: over.publisher ?? 'Wire',
    url: null,
    published_on: null,
    body,
    content_hash: contentHash(body),
    extractor_version: null,
    created_by: null,
  });
}

/** Inserts a user with a placeholder hash (tests that sign in create real ones). */
export async function makeUser(db: Knex, over: Partial<{ email: string; role: string; display_name: string }> = {}) {
  const n = next();
  const [row] = await db('users')
    .insert({ email: `user${n}@example.org`, display_name: `User ${n}`, role: 'reviewer', password_hash: 'x', ...over })
    .returning(['id', 'email', 'role']);
  return row as { id: number; email: string; role: string };
}
