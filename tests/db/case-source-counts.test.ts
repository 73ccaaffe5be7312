// case_source_counts (migration 20261126_18) stands in for counting a case's claims and
// mentions on every page view, so it must equal a count from scratch after every kind of
// write, whichever code path makes it.
import type { Knex } from 'knex';
import { listSourcesForCase } from '../../db/sources';
import { migrateLatest } from '../../db/connection';
import { extractAttributions } from '../../server/engine';
import { seedArticle } from '../../server/services/articles';
import { correctClaim, gradeClaim, reviewClaim } from '../../server/services/claims';
import { mergeSources } from '../../server/services/source-merge';
import { createEmptyTestDb, createTestDb, onEmbedded, type TestDb } from '../support/db';
import { makeArticle, makeCase } from '../support/factories';
import { makeClaims, makeMention, makeSource } from '../support/source-factories';

const actor = { userId: null, requestId: null };

type Counts = { case_id: number; source_id: number; claim_count: number; rejected_claim_count: number; mention_count: number };

/** The counts as kept, leaving out rows that have dropped to zero. */
async function kept(db: Knex): Promise<Counts[]> {
  const { rows } = await db.raw<{ rows: Counts[] }>(
    `select case_id, source_id, claim_count, rejected_claim_count, mention_count from case_source_counts
     where claim_count + rejected_claim_count + mention_count > 0 order by case_id, source_id`);
  return rows;
}

/** The counts from scratch, over every claim and mention. */
async function recounted(db: Knex): Promise<Counts[]> {
  const { rows } = await db.raw<{ rows: Counts[] }>(
    `select case_id, source_id, sum(claims)::int as claim_count, sum(rejected)::int as rejected_claim_count, sum(mentions)::int as mention_count
     from (select a.case_id, c.source_id, (c.review_status <> 'rejected')::int as claims, (c.review_status = 'rejected')::int as rejected, 0 as mentions
           from claims c join articles a on a.id = c.article_id where c.source_id is not null
           union all
           select a.case_id, m.source_id, 0, 0, 1 from source_mentions m join articles a on a.id = m.article_id where m.source_id is not null) d
     group by case_id, source_id order by case_id, source_id`);
  return rows;
}

const TEXT = 'A ministry spokesman said the bridge was closed on Monday. "It will stay shut," he added.\nRebel commanders denied that the bridge was damaged.';

describe('case_source_counts', () => {
  let t: TestDb;
  beforeAll(async () => {
    t = await createTestDb();
  });
  afterAll(async () => t.destroy());

  it('counts the claims and mentions of seeded articles', async () => {
    const kase = await makeCase(t.db);
    await seedArticle(t.db, { caseId: kase.id, title: 'Bridge', publisher: 'Wire', url: null, publishedOn: null, text: TEXT, userId: null }, extractAttributions);
    await seedArticle(t.db, { caseId: kase.id, title: 'Other', publisher: 'Wire', url: null, publishedOn: null, text: 'The governor said schools reopen.', userId: null }, extractAttributions);
    expect((await kept(t.db)).length).toBeGreaterThan(0);
    expect(await kept(t.db)).toEqual(await recounted(t.db));
  });

  it('follows a claim rejected, reset, graded and corrected to another source', async () => {
    const article = await makeArticle(t.db);
    const [a, b] = [await makeSource(t.db), await makeSource(t.db)];
    const [claim] = await makeClaims(t.db, article.id, a.id, 3);
    const rejected = await reviewClaim(t.db, claim!.id, claim!.version, 'rejected', actor);
    expect(await kept(t.db)).toEqual(await recounted(t.db));
    const reset = await reviewClaim(t.db, claim!.id, rejected.version, 'pending', actor);
    const graded = await gradeClaim(t.db, claim!.id, reset.version, { credibility: 2, confidence: 'high' }, actor);
    await correctClaim(t.db, claim!.id, graded.version, { sourceId: String(b.id), newSourceName: '', newSourceKind: 'person', quote: 'words', cue: '', mode: 'indirect', hedges: '' }, actor);
    const sources = await listSourcesForCase(t.db, article.case_id);
    expect(sources.map((s) => [s.id, s.claim_count])).toEqual([[a.id, 2], [b.id, 1]]);
    expect(await kept(t.db)).toEqual(await recounted(t.db));
  });

  it('moves the counts of a source merged into another, in every case it speaks in', async () => {
    const [first, second] = [await makeArticle(t.db), await makeArticle(t.db)];
    const [from, into] = [await makeSource(t.db), await makeSource(t.db)];
    await makeClaims(t.db, first.id, from.id, 2);
    await makeClaims(t.db, second.id, from.id, 1);
    await makeClaims(t.db, second.id, into.id, 1);
    await makeMention(t.db, first.id, from.id);
    await mergeSources(t.db, from.id, from.version, into.id, actor);
    const sources = await listSourcesForCase(t.db, second.case_id);
    expect(sources.map((s) => [s.id, s.claim_count, s.other_case_count])).toEqual([[into.id, 2, 1]]);
    expect(await kept(t.db)).toEqual(await recounted(t.db));
  });

  it('drops the counts of deleted claims and mentions, and moves those of an article moved to another case', async () => {
    const article = await makeArticle(t.db);
    const source = await makeSource(t.db);
    const claims = await makeClaims(t.db, article.id, source.id, 2);
    const mention = await makeMention(t.db, article.id, source.id);
    await t.db('claims').where({ id: claims[0]!.id }).delete();
    await t.db('source_mentions').where({ id: mention.id }).delete();
    expect(await kept(t.db)).toEqual(await recounted(t.db));
    const elsewhere = await makeCase(t.db);
    await t.db('articles').where({ id: article.id }).update({ case_id: elsewhere.id });
    expect(await listSourcesForCase(t.db, article.case_id)).toEqual([]);
    expect((await listSourcesForCase(t.db, elsewhere.id)).map((s) => [s.id, s.claim_count])).toEqual([[source.id, 1]]);
    expect(await kept(t.db)).toEqual(await recounted(t.db));
  });

  (onEmbedded() ? it.skip : it)('stays exact when articles naming the same sources are seeded into one case at once', async () => {
    const kase = await makeCase(t.db);
    await Promise.all([0, 1, 2, 3].map((i) =>
      seedArticle(t.db, { caseId: kase.id, title: `Same ${i}`, publisher: 'Wire', url: null, publishedOn: null, text: `${TEXT}\nDay ${i}.`, userId: null }, extractAttributions)));
    expect(await kept(t.db)).toEqual(await recounted(t.db));
  });
});

describe('migration 20261126_18_case_source_counts', () => {
  it('counts the claims and mentions already there when it is applied', async () => {
    const t = await createEmptyTestDb();
    try {
      await migrateLatest(t.db);
      await t.db.migrate.down();
      const article = await makeArticle(t.db);
      const source = await makeSource(t.db);
      await makeClaims(t.db, article.id, source.id, 3);
      await makeMention(t.db, article.id, source.id);
      await migrateLatest(t.db);
      expect(await kept(t.db)).toEqual([{ case_id: article.case_id, source_id: source.id, claim_count: 3, rejected_claim_count: 0, mention_count: 1 }]);
    } finally {
      await t.destroy();
    }
  });
});
