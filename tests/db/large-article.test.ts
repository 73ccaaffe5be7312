// An article with thousands of attributions is stored whole: inserts are sliced so no
// statement passes PostgreSQL's 65,535-parameter limit.
import { extractAttributions } from '../../server/engine';
import { seedArticle } from '../../server/services/articles';
import { createTestDb, type TestDb } from '../support/db';
import { makeCase } from '../support/factories';

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(async () => t.destroy());

it('seeds an article with 5,000 attributions in one transaction', async () => {
  const kase = await makeCase(t.db);
  const text = Array.from({ length: 5000 }, (_, i) => `Official ${i} said that ${i} houses were damaged.`).join('\n');
  const expected = extractAttributions(text).attributions.length;
  expect(expected).toBeGreaterThanOrEqual(5000);
  const res = await seedArticle(t.db, { caseId: kase.id, title: 'Long', publisher: '', url: null, publishedOn: null, text, userId: null }, extractAttributions);
  expect(res.counts.claims).toBe(expected);
  expect(Number((await t.db('claims').where({ article_id: res.article.id }).count({ n: '*' }).first())?.n)).toBe(expected);
}, 120_000);
