// Claim and source queries load in a fixed number of queries, whatever an article holds.
import { createTestDb, type TestDb } from '../support/db';
import { makeCase } from '../support/factories';
import { attribution, entity, fixedExtractor, spanOf } from '../support/extraction';
import { seedArticle, type Extractor } from '../../server/services/articles';
import { listClaimsForArticle, listClaimsForSource } from '../../db/claims';
import { findSourceById, listSourceCandidates, listSourcesForCase } from '../../db/sources';
import type { Span } from '../../server/engine/types';

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(async () => t.destroy());

/** An article of `n` sentences, each a claim by one of three sources. */
function bigArticle(n: number, tag: string): { text: string; extract: Extractor } {
  const names = ['Yehia Rasool', 'Kataeb Hezbollah', 'the Pentagon'];
  const sentences = Array.from({ length: n }, (_, i) => `${names[i % 3]} said ${tag} point ${i} stands.`);
  const text = sentences.join('\n');
  const starts: number[] = [];
  sentences.reduce((at, s) => (starts.push(at), at + s.length + 1), 0);
  const span = (i: number, needle: string): Span => {
    const at = text.indexOf(needle, starts[i]);
    return [at, at + needle.length];
  };
  const kinds = ['person', 'armed_group', 'military'] as const;
  const entities = names.map((name, k) => ({
    ...entity(text, `e${k}`, name, kinds[k]!, []),
    mentions: sentences.flatMap((_, i) => (i % 3 === k ? [{ span: span(i, name), text: name }] : [])),
  }));
  const attributions = sentences.map((_, i) =>
    attribution(text, { source: [span(i, names[i % 3]!)], cue: [span(i, 'said')], content: [span(i, `${tag} point ${i} stands`)], entityId: `e${i % 3}` }),
  );
  return { text, extract: fixedExtractor({ entities, attributions }) };
}

/** Runs `fn` and returns how many queries it sent through `t.db`. */
async function countQueries(fn: () => Promise<unknown>): Promise<number> {
  let n = 0;
  const listener = () => n++;
  t.db.on('query', listener);
  try {
    await fn();
  } finally {
    t.db.removeListener('query', listener);
  }
  return n;
}

describe('query counts', () => {
  it('seeds an article with 10 claims and one with 300 claims in the same number of queries', async () => {
    const c = await makeCase(t.db);
    const small = bigArticle(10, 'small');
    const large = bigArticle(300, 'large');
    const seed = (a: typeof small) => seedArticle(t.db, { caseId: c.id, title: 'T', publisher: '', url: null, publishedOn: null, text: a.text, userId: null }, a.extract);
    await seed(bigArticle(3, 'known')); // the three sources are known from here on, for both articles alike
    const results: Awaited<ReturnType<typeof seed>>[] = [];
    const counts = [
      await countQueries(async () => results.push(await seed(small))),
      await countQueries(async () => results.push(await seed(large))),
    ];
    expect(counts[0]).toBe(counts[1]);
    expect(results.map((r) => r.counts)).toEqual([
      { claims: 10, mentions: 10, newSources: 0, matchedSources: 3 },
      { claims: 300, mentions: 300, newSources: 0, matchedSources: 3 },
    ]);
  });

  it('lists the claims of an article with 10 claims or 300 claims in one query', async () => {
    const c = await makeCase(t.db);
    const ids: number[] = [];
    for (const [n, tag] of [[10, 'ten'], [300, 'many']] as const) {
      const a = bigArticle(n, tag);
      ids.push((await seedArticle(t.db, { caseId: c.id, title: 'T', publisher: '', url: null, publishedOn: null, text: a.text, userId: null }, a.extract)).article.id);
    }
    const lists: Awaited<ReturnType<typeof listClaimsForArticle>>[] = [];
    const counts = [];
    for (const id of ids) counts.push(await countQueries(async () => lists.push(await listClaimsForArticle(t.db, id))));
    expect(counts).toEqual([1, 1]);
    expect(lists.map((l) => l.length)).toEqual([10, 300]);
    expect(lists[1]![0]).toMatchObject({ source_name: 'Yehia Rasool', source_kind: 'person', quote_exact: 'many point 0 stands' });
  });
});

describe('source queries', () => {
  it('lists the sources of a case with their claim counts, most-quoted first', async () => {
    const c = await makeCase(t.db);
    const a = bigArticle(7, 'seven');
    await seedArticle(t.db, { caseId: c.id, title: 'T', publisher: '', url: null, publishedOn: null, text: a.text, userId: null }, a.extract);
    const sources = await listSourcesForCase(t.db, c.id);
    expect(sources.map((s) => [s.name, s.claim_count, s.mention_count])).toEqual([
      ['Yehia Rasool', 3, 3], ['Kataeb Hezbollah', 2, 2], ['the Pentagon', 2, 2],
    ]);
  });

  it('lists the claims of a source across cases with article and case titles', async () => {
    const [c1, c2] = [await makeCase(t.db, { title: 'Convoy' }), await makeCase(t.db, { title: 'Market' })];
    const text1 = 'Gen. Nadia Haddad said the convoy was hit.';
    const text2 = 'Nadia Haddad said the market was empty.';
    const one = (text: string, content: string): Extractor => fixedExtractor({
      entities: [entity(text, 'e0', text.split(' said')[0]!, 'person', [[text.split(' said')[0]!]])],
      attributions: [attribution(text, { content: [spanOf(text, content)], cue: [spanOf(text, 'said')], entityId: 'e0' })],
    });
    const base = { publisher: '', url: null, publishedOn: null, userId: null };
    await seedArticle(t.db, { ...base, caseId: c1.id, title: 'Convoy hit', text: text1 }, one(text1, 'the convoy was hit'));
    const r = await seedArticle(t.db, { ...base, caseId: c2.id, title: 'Market empty', text: text2 }, one(text2, 'the market was empty'));
    const sourceId = (await listClaimsForArticle(t.db, r.article.id))[0]!.source_id!;

    const claims = await listClaimsForSource(t.db, sourceId);
    expect(claims.map((cl) => [cl.case_title, cl.article_title, cl.quote_exact])).toEqual([
      ['Market', 'Market empty', 'the market was empty'],
      ['Convoy', 'Convoy hit', 'the convoy was hit'],
    ]);
    expect(await findSourceById(t.db, sourceId)).toMatchObject({ name: 'Gen. Nadia Haddad', aliases: ['Gen. Nadia Haddad', 'Nadia Haddad'] });
    expect(await findSourceById(t.db, 99999999)).toBeUndefined();
  });

  it('finds candidates by any shared word, in the registry or the same case, and as the source they were merged into', async () => {
    const [c1, c2] = [await makeCase(t.db), await makeCase(t.db)];
    const [target] = await t.db('source_entities').insert({ name: 'Popular Mobilisation Forces', normalized_name: 'popular mobilisation forces', kind: 'armed_group' }).returning('id');
    await t.db('source_entities').insert({ name: 'Hashed al-Shaabi', normalized_name: 'hashed shabi', kind: 'armed_group', merged_into_id: target.id });
    await t.db('source_entities').insert({ name: 'a Hashed commander', normalized_name: 'hashed comander', kind: 'anonymous', named: false, case_id: c2.id });

    const found = await listSourceCandidates(t.db, ['hashed'], c1.id);
    expect(found).toEqual([expect.objectContaining({ id: target.id, normalized_name: 'hashed shabi', aliases: [] })]);
    expect(await listSourceCandidates(t.db, ['hashed'], c2.id)).toHaveLength(2);
    expect(await listSourceCandidates(t.db, [], c1.id)).toEqual([]);
  });
});
