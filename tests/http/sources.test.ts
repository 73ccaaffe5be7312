import { createTestApp, signedIn, type SignedIn, type TestApp } from '../support/app';
import { makeArticle, makeCase } from '../support/factories';
import { makeClaims, makeSource } from '../support/source-factories';
import { makeClaims as makeBoardClaims, makeDispute } from '../support/board';
import { publishVerdict } from '../../server/services/verdicts';

let t: TestApp;
let viewer: SignedIn;
let reviewer: SignedIn;
let editor: SignedIn;
beforeAll(async () => {
  t = await createTestApp();
  viewer = await signedIn(t, 'viewer');
  reviewer = await signedIn(t, 'reviewer');
  editor = await signedIn(t, 'editor');
});
afterAll(async () => t.destroy());

const post = (who: SignedIn, path: string, body: object) => who.agent.post(path).type('form').send({ _csrf: who.csrf, ...body });

describe('sources directory', () => {
  it('lists named and case-scoped sources with kind, reliability and counts, filtered by kind and text', async () => {
    const kase = await makeCase(t.db, { title: 'Deir ez-Zor raid' });
    const article = await makeArticle(t.db, { case_id: kase.id });
    const named = await makeSource(t.db, { name: 'Zarqawi Brigade Alpha', kind: 'armed_group', aliases: ['ZBA'] });
    await t.db('source_entities').where({ id: named.id }).update({ reliability: 'D' });
    const unnamed = await makeSource(t.db, { name: 'a Zarqawi insider', kind: 'anonymous', case_id: kase.id });
    await makeClaims(t.db, article.id, named.id, 3);
    await makeClaims(t.db, article.id, unnamed.id, 1);

    const all = await viewer.agent.get('/sources?q=zarqawi').expect(200);
    expect(all.text).toContain('Zarqawi Brigade Alpha');
    expect(all.text).toContain('a Zarqawi insider');
    expect(all.text).toContain('Deir ez-Zor raid'); // the unnamed one is labelled with its case
    expect(all.text).toContain('Not usually reliable');
    expect(all.text).toMatch(/Zarqawi Brigade Alpha[\s\S]*?<td class="num">1<\/td>\s*<td class="num">3<\/td>\s*<td class="num">1<\/td>/);

    const groups = await viewer.agent.get('/sources?q=zarqawi&kind=armed_group').expect(200);
    expect(groups.text).toContain('Zarqawi Brigade Alpha');
    expect(groups.text).not.toContain('a Zarqawi insider');
    const byAlias = await viewer.agent.get('/sources?q=ZBA').expect(200);
    expect(byAlias.text).toContain('Zarqawi Brigade Alpha');
    expect((await viewer.agent.get('/sources?q=nobody-by-this-name').expect(200)).text).toContain('No source matches');
  });

  it('loads a page of 50 in the same number of queries as a page of 2', async () => {
    for (let i = 0; i < 60; i++) await makeSource(t.db, { name: `Counted Source ${i}` });
    const count = async (url: string) => {
      let n = 0;
      const onQuery = () => n++;
      t.db.on('query', onQuery);
      await viewer.agent.get(url).expect(200);
      t.db.removeListener('query', onQuery);
      return n;
    };
    expect(await count('/sources?q=Counted+Source')).toBe(await count('/sources?q=Counted+Source+1'));
  });

  it('pages 50 sources at a time', async () => {
    for (let i = 0; i < 55; i++) await makeSource(t.db, { name: `Pagination Person ${String(i).padStart(2, '0')}` });
    const first = await viewer.agent.get('/sources?q=Pagination+Person').expect(200);
    expect(first.text).toContain('Page 1 of 2');
    expect(first.text).not.toContain('Pagination Person 54');
    const second = await viewer.agent.get('/sources?q=Pagination+Person&page=2').expect(200);
    expect(second.text).toContain('Pagination Person 54');
    expect(second.text).not.toContain('Pagination Person 00');
  });
});

describe('source page', () => {
  it('lists the claims of a source across two cases, grouped by case and article, linking to each claim', async () => {
    const source = await makeSource(t.db, { name: 'Yehia Rasool', aliases: ['Gen. Yehia Rasool'] });
    const a1 = await makeArticle(t.db, { case_id: (await makeCase(t.db, { title: 'Babylon strike' })).id, title: 'Strike near Babylon' });
    const a2 = await makeArticle(t.db, { case_id: (await makeCase(t.db, { title: 'Jurf al-Sakhar' })).id, title: 'Drone base hit' });
    const [c1] = await makeClaims(t.db, a1.id, source.id, 1, 'a heinous crime and blatant aggression');
    const [c2] = await makeClaims(t.db, a2.id, source.id, 1, 'a violation of Iraqi sovereignty');
    const page = await viewer.agent.get(`/sources/${source.id}`).expect(200);
    expect(page.text).toContain('Gen. Yehia Rasool');
    expect(page.text).toMatch(/Jurf al-Sakhar[\s\S]*Drone base hit[\s\S]*Babylon strike[\s\S]*Strike near Babylon/);
    expect(page.text).toContain(`href="/articles/${a1.id}#claim-${c1!.id}"`);
    expect(page.text).toContain(`href="/articles/${a2.id}#claim-${c2!.id}"`);
    expect(page.text).not.toContain('Edit source'); // viewers read only
  });

  it('loads in the same number of queries for a source with 10 claims and with 300', async () => {
    const article = await makeArticle(t.db);
    const few = await makeSource(t.db);
    const many = await makeSource(t.db);
    await makeClaims(t.db, article.id, few.id, 10);
    await makeClaims(t.db, article.id, many.id, 300);
    const count = async (id: number) => {
      let n = 0;
      const onQuery = () => n++;
      t.db.on('query', onQuery);
      await viewer.agent.get(`/sources/${id}`).expect(200);
      t.db.removeListener('query', onQuery);
      return n;
    };
    const a = await count(few.id);
    expect(await count(many.id)).toBe(a);
    expect(a).toBeLessThan(15);
  });

  it('answers 404 for a source that does not exist', async () => {
    await viewer.agent.get('/sources/999999').expect(404);
  });
});

describe('editing a source', () => {
  it('saves name, kind, affiliation, description and reliability, keeps the old name as an alias, and audits it', async () => {
    const s = await makeSource(t.db, { name: 'Kirby' });
    await post(reviewer, `/sources/${s.id}`, { version: 1, name: 'John Kirby', kind: 'person', affiliation: 'Pentagon', description: 'Spokesman', reliability: 'B' }).expect(303);
    const row = await t.db('source_entities').where({ id: s.id }).first();
    expect([row.name, row.affiliation, row.reliability, row.version]).toEqual(['John Kirby', 'Pentagon', 'B', 2]);
    expect(await t.db('source_aliases').where({ source_id: s.id }).pluck('alias')).toContain('Kirby');
    const page = await viewer.agent.get(`/sources/${s.id}`).expect(200);
    expect(page.text).toContain('Usually reliable');
    const audit = await t.db('audit_log').where({ entity_type: 'source', entity_id: String(s.id), action: 'update' }).first();
    expect(audit.user_id).toBe(reviewer.user.id);
    expect(audit.before.name).toBe('Kirby');
  });

  it('refuses an edit made against an old version (409), shows the current values and what was typed, and loses nothing', async () => {
    const s = await makeSource(t.db, { name: 'Defence ministry' });
    await post(reviewer, `/sources/${s.id}`, { version: 1, name: 'Iraqi Ministry of Defence', kind: 'government', reliability: 'C' }).expect(303);
    const stale = await post(editor, `/sources/${s.id}`, { version: 1, name: 'MoD', kind: 'government', reliability: 'A' }).expect(409);
    expect(stale.text).toContain('changed by someone else');
    expect(stale.text).toContain('value="Iraqi Ministry of Defence"');
    expect(stale.text).toContain('MoD');
    const row = await t.db('source_entities').where({ id: s.id }).first();
    expect([row.name, row.reliability]).toEqual(['Iraqi Ministry of Defence', 'C']);
  });

  it('says what is wrong with a blank name or an unknown grade (400)', async () => {
    const s = await makeSource(t.db);
    const res = await post(reviewer, `/sources/${s.id}`, { version: 1, name: ' ', kind: 'person', reliability: 'Z' }).expect(400);
    expect(res.text).toContain('Give the source a name.');
    expect(res.text).toContain('Choose a grade from A to F');
  });

  it('adds and removes aliases, audit-logged', async () => {
    const s = await makeSource(t.db, { name: 'Kataeb Hezbollah', kind: 'armed_group' });
    await post(reviewer, `/sources/${s.id}/aliases`, { alias: 'Kataib Hizballah' }).expect(303);
    const alias = await t.db('source_aliases').where({ source_id: s.id, alias: 'Kataib Hizballah' }).first();
    expect(alias).toBeDefined();
    await post(reviewer, `/sources/${s.id}/aliases/${alias.id}/delete`, {}).expect(303);
    expect(await t.db('source_aliases').where({ id: alias.id }).first()).toBeUndefined();
    expect(await t.db('audit_log').where({ entity_type: 'source', entity_id: String(s.id) }).pluck('action')).toEqual(['add_alias', 'remove_alias']);
  });
});

describe('track record on the source page', () => {
  it('shows how published verdicts judged the positions its claims supported', async () => {
    const kase = await makeCase(t.db);
    const mine = await makeBoardClaims(t.db, kase.id, 1, { sourceName: 'Track record ministry' });
    const theirs = await makeBoardClaims(t.db, kase.id, 1, { sourceName: 'Track record rebels' });
    const { dispute, positions } = await makeDispute(t.db, kase.id, ['Ministry', 'Rebels'], [[mine[0]!.id], [theirs[0]!.id]]);
    await publishVerdict(t.db, dispute.id, { outcome: 'position', positionId: positions[0]!.id, likelihood: 'likely', confidence: 'moderate', rationale: 'Two independent tolls agree.', evidence: [], correctionNote: '' }, { userId: editor.user.id, requestId: null });
    const page = await viewer.agent.get(`/sources/${mine[0]!.source_id}`).expect(200);
    expect(page.text).toMatch(/<strong>1<\/strong> upheld · <strong>0<\/strong> rejected/);
    const other = await viewer.agent.get(`/sources/${theirs[0]!.source_id}`).expect(200);
    expect(other.text).toMatch(/<strong>0<\/strong> upheld · <strong>1<\/strong> rejected/);
  });
});
