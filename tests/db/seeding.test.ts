// Seeding stores an article with its sources, mentions and claims in one transaction,
// matching sources against the shared registry. Runs on the real database.
import type { Knex } from 'knex';
import { createTestDb, type TestDb } from '../support/db';
import { makeCase } from '../support/factories';
import { attribution, entity, fixedExtractor, spanOf } from '../support/extraction';
import { seedArticle, type ArticleInput, type Extractor } from '../../server/services/articles';
import { textQuoteSelector } from '../../server/lib/selectors';
import { listClaimsForArticle } from '../../db/claims';
import { findSourceById } from '../../db/sources';

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(async () => t.destroy());

const input = (caseId: number, text: string, over: Partial<ArticleInput> = {}): ArticleInput => ({
  caseId, title: 'Strike near Hilla', publisher: 'Wire', url: null, publishedOn: null, text, userId: null, ...over,
});

// The emoji is one character but two UTF-16 code units: every offset after it proves the unit.
const TEXT = [
  'Gen. Yehia Rasool said the strike was "a heinous crime" 🔥 and blamed the coalition.',
  'A security source confirmed that apparently four people died, according to Reuters news agency.',
  '"We will respond," Rasool added, "and soon."',
  'At least 4 people died 🔥.',
].join('\n');

function babylonExtraction(text: string) {
  return {
    entities: [
      entity(text, 'e0', 'Gen. Yehia Rasool', 'person', [['Gen. Yehia Rasool'], ['Rasool', 1]]),
      entity(text, 'e1', 'a security source', 'anonymous', [['A security source']]),
      entity(text, 'e2', 'Reuters news agency', 'media', [['Reuters news agency']]),
    ],
    attributions: [
      attribution(text, { source: [spanOf(text, 'Gen. Yehia Rasool')], cue: [spanOf(text, 'said')], content: [spanOf(text, 'the strike was "a heinous crime"')], entityId: 'e0', mode: 'mixed' }, { confidence: 0.9 }),
      attribution(text, { source: [spanOf(text, 'A security source')], cue: [spanOf(text, 'confirmed')], content: [spanOf(text, 'that apparently four people died')], entityId: 'e1' },
        { hedges: [{ span: spanOf(text, 'apparently'), text: 'apparently' }] }),
      attribution(text, { source: [spanOf(text, 'Reuters news agency')], cue: [spanOf(text, 'according to')], content: [spanOf(text, 'four people died')], entityId: 'e2', mode: 'according_to' }),
      attribution(text, { source: [spanOf(text, 'Rasool', 1)], cue: [spanOf(text, 'added')], content: [spanOf(text, '"We will respond,"'), spanOf(text, '"and soon."')], entityId: 'e0', mode: 'direct' }),
      attribution(text, { content: [spanOf(text, 'At least 4 people died 🔥')], entityId: null }, { publisher: true, confidence: 0.6 }),
    ],
  };
}

/** A one-source article naming `name` (of `kind`), with one claim. */
function oneSourceExtractor(text: string, name: string, kind: 'person' | 'anonymous', surface = name): Extractor {
  return fixedExtractor({
    entities: [entity(text, 'e0', name, kind, [[surface]])],
    attributions: [attribution(text, { source: [spanOf(text, surface)], cue: [spanOf(text, 'said')], content: [spanOf(text, 'the convoy was hit')], entityId: 'e0' })],
  });
}

async function count(table: string, db: Knex = t.db): Promise<number> {
  return Number((await db(table).count({ n: '*' }))[0]?.n);
}

describe('seedArticle', () => {
  it('stores sources (with their spellings), mentions and claims with UTF-16 spans, quote selectors, cues and hedges', async () => {
    const c = await makeCase(t.db);
    const res = await seedArticle(t.db, input(c.id, TEXT), fixedExtractor(babylonExtraction(TEXT)));

    expect(res.created).toBe(true);
    expect(res.counts).toEqual({ claims: 5, mentions: 4, newSources: 3, matchedSources: 0 });
    expect(res.article.extractor_version).toBe('test-1');
    const stored = await t.db('articles').first('text_length').where({ id: res.article.id });
    expect(stored.text_length).toBe(TEXT.length);
    expect(TEXT.length).toBe([...TEXT].length + 2);

    const claims = await listClaimsForArticle(t.db, res.article.id);
    expect(claims).toHaveLength(5);
    for (const claim of claims) {
      const sel = textQuoteSelector(TEXT, claim.span_start, claim.span_end);
      expect({ exact: claim.quote_exact, prefix: claim.quote_prefix, suffix: claim.quote_suffix }).toEqual({ exact: sel.exact, prefix: sel.prefix, suffix: sel.suffix });
      expect(claim).toMatchObject({ origin: 'extracted', review_status: 'pending' });
    }
    const [said, confirmed, according, added] = claims.filter((cl) => !cl.is_publisher).sort((a, b) => (a.cue_start ?? 0) - (b.cue_start ?? 0));
    expect(said).toMatchObject({ source_name: 'Gen. Yehia Rasool', source_kind: 'person', quote_exact: 'the strike was "a heinous crime"', cue: 'said', mode: 'mixed' });
    expect(said!.extraction_confidence).toBeCloseTo(0.9);
    expect(confirmed!.hedges).toEqual([{ text: 'apparently', start: TEXT.indexOf('apparently'), end: TEXT.indexOf('apparently') + 10 }]);
    expect([confirmed!.cue_start, confirmed!.cue_end]).toEqual(spanOf(TEXT, 'confirmed'));
    expect(according).toMatchObject({ source_name: 'Reuters news agency', mode: 'according_to', cue: 'according to' });
    expect(added).toMatchObject({ mode: 'direct', content: '"We will respond," … "and soon."', quote_exact: '"We will respond," Rasool added, "and soon."', source_id: said!.source_id });
    expect(added!.content_spans).toEqual([spanOf(TEXT, '"We will respond,"'), spanOf(TEXT, '"and soon."')].map(([start, end]) => ({ start, end })));
    const mention = await t.db('source_mentions').first('text', 'source_id').where({ id: added!.mention_id });
    expect(mention).toEqual({ text: 'Rasool', source_id: said!.source_id });

    const rasool = await findSourceById(t.db, said!.source_id!);
    expect(rasool).toMatchObject({ named: true, case_id: null, normalized_name: 'yehia rasol' });
    expect(rasool!.aliases).toEqual(['Gen. Yehia Rasool', 'Rasool']); // the name and the mentions that name him, not "he"
    expect(await findSourceById(t.db, confirmed!.source_id!)).toMatchObject({ named: false, case_id: c.id, kind: 'anonymous' });

    const publisher = claims.find((cl) => cl.is_publisher)!;
    expect(publisher).toMatchObject({ source_id: null, mention_id: null, cue: '', cue_start: null, quote_exact: 'At least 4 people died 🔥', quote_suffix: '.' });
    expect(publisher.span_end).toBe(TEXT.length - 1);
  });

  it('reuses "Yehia Rasool" for "Gen. Yehia Rasool" in another case and records the alias', async () => {
    const first = 'Gen. Yehia Rasool said the convoy was hit.';
    const second = 'Yehia Rasool said the convoy was hit at dawn.';
    const a = await seedArticle(t.db, input((await makeCase(t.db)).id, first), oneSourceExtractor(first, 'Gen. Yehia Rasool', 'person'));
    const b = await seedArticle(t.db, input((await makeCase(t.db)).id, second), oneSourceExtractor(second, 'Yehia Rasool', 'person'));

    expect(b.counts).toMatchObject({ newSources: 0, matchedSources: 1 });
    const [ca] = await listClaimsForArticle(t.db, a.article.id);
    const [cb] = await listClaimsForArticle(t.db, b.article.id);
    expect(cb!.source_id).toBe(ca!.source_id);
    expect((await findSourceById(t.db, cb!.source_id!))!.aliases).toEqual(expect.arrayContaining(['Gen. Yehia Rasool', 'Yehia Rasool']));
  });

  it('keeps "a security source" of two cases apart, but one source within a case', async () => {
    const text1 = 'A security source said the convoy was hit.';
    const text2 = 'A security source said the convoy was hit twice.';
    const [c1, c2] = [await makeCase(t.db), await makeCase(t.db)];
    const extract = (text: string) => oneSourceExtractor(text, 'a security source', 'anonymous', 'A security source');
    const one = await seedArticle(t.db, input(c1.id, text1), extract(text1));
    const other = await seedArticle(t.db, input(c2.id, text1), extract(text1));
    const again = await seedArticle(t.db, input(c1.id, text2), extract(text2));

    const sourceOf = async (r: typeof one) => (await listClaimsForArticle(t.db, r.article.id))[0]!.source_id;
    expect(await sourceOf(other)).not.toBe(await sourceOf(one));
    expect(await sourceOf(again)).toBe(await sourceOf(one));
    expect(again.counts).toMatchObject({ newSources: 0, matchedSources: 1 });
  });

  it('stores nothing new when the same text is pasted again, even with other spacing', async () => {
    const c = await makeCase(t.db);
    const extract = fixedExtractor(babylonExtraction(TEXT));
    const first = await seedArticle(t.db, input(c.id, TEXT + '\nThird copy.'), fixedExtractor(babylonExtraction(TEXT + '\nThird copy.')));
    const tables = ['articles', 'claims', 'source_mentions', 'source_entities', 'source_aliases'];
    const before = await Promise.all(tables.map((x) => count(x)));
    const again = await seedArticle(t.db, input(c.id, ('  ' + TEXT + '\r\nThird   copy.  ').replace(/\n/g, '\r\n')), extract);
    expect(again).toMatchObject({ created: false, counts: { claims: 0, mentions: 0, newSources: 0, matchedSources: 0 } });
    expect(again.article.id).toBe(first.article.id);
    expect(await Promise.all(tables.map((x) => count(x)))).toEqual(before);
  });

  it('stores nothing of the article when a later insert fails', async () => {
    const c = await makeCase(t.db);
    const text = 'Colonel Nadia Haddad said the convoy was hit. A local official said the convoy was hit.';
    const extract = oneSourceExtractor(text, 'Colonel Nadia Haddad', 'person');
    const tables = ['articles', 'claims', 'source_mentions', 'source_entities', 'source_aliases'];
    const before = await Promise.all(tables.map((x) => count(x)));
    // The claims insert is the last write of seeding: make it fail.
    await t.db.raw(`create function refuse_claims() returns trigger language plpgsql as $$
      begin raise exception 'claims refused for this test'; end $$`);
    await t.db.raw('create trigger refuse_claims before insert on claims for each statement execute function refuse_claims()');
    try {
      await expect(seedArticle(t.db, input(c.id, text), extract)).rejects.toThrow(/claims refused/);
    } finally {
      await t.db.raw('drop trigger refuse_claims on claims');
      await t.db.raw('drop function refuse_claims()');
    }
    expect(await Promise.all(tables.map((x) => count(x)))).toEqual(before);
    expect(await t.db('source_entities').where({ normalized_name: 'nadia hadad' }).first()).toBeUndefined();
  });

  it('stores one article and one new source when two reviewers seed at the same moment', async () => {
    const [c1, c2] = [await makeCase(t.db), await makeCase(t.db)];
    const text = 'Brig. Salma Aziz said the convoy was hit.';
    const other = 'Salma Aziz said the convoy was hit, again.';
    const results = await Promise.all([
      seedArticle(t.db, input(c1.id, text), oneSourceExtractor(text, 'Brig. Salma Aziz', 'person')),
      seedArticle(t.db, input(c1.id, text), oneSourceExtractor(text, 'Brig. Salma Aziz', 'person')),
      seedArticle(t.db, input(c2.id, other), oneSourceExtractor(other, 'Salma Aziz', 'person')),
    ]);
    expect(results.map((r) => r.created).sort()).toEqual([false, true, true]);
    expect(await t.db('articles').where({ case_id: c1.id }).count({ n: '*' })).toEqual([{ n: '1' }]);
    expect(await t.db('source_entities').where({ normalized_name: 'salma aziz' }).count({ n: '*' })).toEqual([{ n: '1' }]);
  });

  it('refuses an extraction whose spans do not fit the text, before storing anything', async () => {
    const c = await makeCase(t.db);
    const text = 'Officials said the convoy was hit.';
    const bad = fixedExtractor({ entities: [], attributions: [attribution(text, { content: [[10, 999]], entityId: null })] });
    await expect(seedArticle(t.db, input(c.id, text), bad)).rejects.toThrow(/does not fit the text/);
    expect(await t.db('articles').where({ case_id: c.id }).first()).toBeUndefined();
  });
});
