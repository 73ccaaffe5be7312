// The article page's rows come in one round trip and equal the single-purpose queries'.
import { readArticlePage } from '../../db/article-page';
import { findArticleById } from '../../db/articles';
import { findCaseById } from '../../db/cases';
import { listClaimsForArticle } from '../../db/claims';
import { listMentionsForArticle } from '../../db/mentions';
import { listSourcesForCase } from '../../db/sources';
import { seedArticle } from '../../server/services/articles';
import { extractAttributions } from '../../server/engine';
import { createTestDb, type TestDb } from '../support/db';
import { makeCase } from '../support/factories';

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(async () => t.destroy());

describe('readArticlePage', () => {
  it('reads the article, its case, claims, mentions and the case sources as the single queries do', async () => {
    const kase = await makeCase(t.db);
    const text = 'A ministry spokesman said the bridge was closed on Monday. "It will stay shut," he added.\nRebel commanders denied that the bridge was damaged.';
    const { article } = await seedArticle(t.db, { caseId: kase.id, title: 'Bridge', publisher: 'Wire', url: null, publishedOn: null, text, userId: null }, extractAttributions);
    const other = await seedArticle(t.db, { caseId: kase.id, title: 'Other', publisher: 'Wire', url: null, publishedOn: null, text: 'The governor said schools reopen.', userId: null }, extractAttributions);

    const rows = await readArticlePage(t.db, article.id);
    expect(rows).toEqual({
      article: await findArticleById(t.db, article.id),
      kase: await findCaseById(t.db, kase.id),
      claims: await listClaimsForArticle(t.db, article.id),
      mentions: await listMentionsForArticle(t.db, article.id),
      sources: await listSourcesForCase(t.db, kase.id),
    });
    expect(rows!.claims.length).toBeGreaterThanOrEqual(2);
    // The case's sources include those of its other articles.
    expect(rows!.sources.map((s) => s.name)).toEqual(expect.arrayContaining([expect.stringMatching(/governor/i)]));
    expect(other.article.id).not.toBe(article.id);
  });

  it('answers undefined for a missing article', async () => {
    expect(await readArticlePage(t.db, 2_000_000_000)).toBeUndefined();
  });
});
