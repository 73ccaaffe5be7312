import { createTestApp, signedIn, type SignedIn, type TestApp } from '../support/app';
import { makeArticle, makeCase } from '../support/factories';
import { makeClaims, makeMention, makeSource } from '../support/source-factories';

let t: TestApp;
let reviewer: SignedIn;
let editor: SignedIn;
beforeAll(async () => {
  t = await createTestApp();
  reviewer = await signedIn(t, 'reviewer');
  editor = await signedIn(t, 'editor');
});
afterAll(async () => t.destroy());

const merge = (who: SignedIn, fromId: number, intoId: number, version = 1) =>
  who.agent.post(`/sources/${fromId}/merge`).type('form').send({ _csrf: who.csrf, version, intoId });

describe('merging duplicate sources', () => {
  it('refuses reviewers (403) and shows them no merge form', async () => {
    const a = await makeSource(t.db, { name: 'Kataib Hezbollah', kind: 'armed_group' });
    const b = await makeSource(t.db, { name: 'Kataeb Hizbollah group', kind: 'armed_group' });
    await merge(reviewer, a.id, b.id).expect(403);
    expect((await reviewer.agent.get(`/sources/${a.id}`)).text).not.toContain('Merge into another source');
    expect(await t.db('source_entities').where({ id: a.id }).first()).toMatchObject({ merged_into_id: null });
  });

  it('suggests similar sources to merge into on the page', async () => {
    const a = await makeSource(t.db, { name: 'Hashd al-Shaabi', kind: 'armed_group' });
    const b = await makeSource(t.db, { name: 'Hashed Shabi', kind: 'armed_group' });
    const page = await editor.agent.get(`/sources/${a.id}`).expect(200);
    expect(page.text).toContain('Merge into another source');
    expect(page.text).toMatch(new RegExp(`<option value="${b.id}"[^>]*>Hashed Shabi`));
  });

  it('moves claims and mentions, keeps names as aliases, redirects the old id and audits the counts', async () => {
    const art1 = await makeArticle(t.db);
    const art2 = await makeArticle(t.db);
    const from = await makeSource(t.db, { name: 'Yahya Rasul', aliases: ['Gen. Yahya Rasul'] });
    const into = await makeSource(t.db, { name: 'Yehia Rasool' });
    const older = await makeSource(t.db, { name: 'Y. Rasool' });
    await t.db('source_entities').where({ id: older.id }).update({ merged_into_id: from.id });
    await makeClaims(t.db, art1.id, from.id, 2);
    await makeClaims(t.db, art2.id, into.id, 1);
    const mention = await makeMention(t.db, art1.id, from.id);

    const res = await merge(editor, from.id, into.id).expect(303);
    expect(res.headers.location).toBe(`/sources/${into.id}?merged=${from.id}`);
    expect(await t.db('claims').where({ source_id: into.id }).count('* as n').first()).toEqual({ n: '3' });
    expect(await t.db('claims').where({ source_id: from.id }).count('* as n').first()).toEqual({ n: '0' });
    expect((await t.db('source_mentions').where({ id: mention.id }).first()).source_id).toBe(into.id);
    expect(await t.db('source_aliases').where({ source_id: into.id }).pluck('alias')).toEqual(expect.arrayContaining(['Yahya Rasul', 'Gen. Yahya Rasul']));
    expect((await t.db('source_entities').where({ id: from.id }).first()).merged_into_id).toBe(into.id);
    expect((await t.db('source_entities').where({ id: older.id }).first()).merged_into_id).toBe(into.id);

    const old = await editor.agent.get(`/sources/${from.id}`).expect(303);
    expect(old.headers.location).toBe(`/sources/${into.id}`);
    const survivor = await editor.agent.get(`/sources/${into.id}`).expect(200);
    expect(survivor.text).toContain('Merged into this source');
    expect(survivor.text).toContain(`href="/sources/${from.id}"`);

    const audit = await t.db('audit_log').where({ entity_type: 'source', entity_id: String(into.id), action: 'merge' }).first();
    expect(audit.user_id).toBe(editor.user.id);
    expect(audit.after).toMatchObject({ merged: { id: from.id, merged_into_id: into.id }, claimsMoved: 2, mentionsMoved: 1, repointed: [older.id] });
    expect(audit.before.merged.merged_into_id).toBeNull();
  });

  it('refuses merging a source into itself, or into one merged away (400, nothing changes)', async () => {
    const a = await makeSource(t.db);
    const b = await makeSource(t.db);
    const c = await makeSource(t.db);
    const self = await merge(editor, a.id, a.id).expect(400);
    expect(self.text).toContain('cannot be merged into itself');
    await t.db('source_entities').where({ id: b.id }).update({ merged_into_id: c.id });
    const gone = await merge(editor, a.id, b.id).expect(400);
    expect(gone.text).toContain('was itself merged into another source');
    expect((await t.db('source_entities').where({ id: a.id }).first()).merged_into_id).toBeNull();
  });

  it('refuses merging an unnamed source of one case into a source of another case', async () => {
    const k1 = await makeCase(t.db);
    const k2 = await makeCase(t.db);
    const a = await makeSource(t.db, { name: 'a security source', kind: 'anonymous', case_id: k1.id });
    const b = await makeSource(t.db, { name: 'a security source', kind: 'anonymous', case_id: k2.id });
    const art = await makeArticle(t.db, { case_id: k1.id });
    await makeClaims(t.db, art.id, a.id, 1);
    const res = await merge(editor, a.id, b.id).expect(400);
    expect(res.text).toContain('unnamed sources of different cases');
    expect(await t.db('claims').where({ source_id: a.id }).count('* as n').first()).toEqual({ n: '1' });
    // …while an unnamed source may be identified as a named registry source.
    const named = await makeSource(t.db, { name: 'John Kirby' });
    await merge(editor, a.id, named.id).expect(303);
  });

  it('refuses a merge made against an old version of the source (409)', async () => {
    const a = await makeSource(t.db);
    const b = await makeSource(t.db);
    await t.db('source_entities').where({ id: a.id }).update({ version: 2 });
    const res = await merge(editor, a.id, b.id, 1).expect(409);
    expect(res.text).toContain('changed by someone else');
    expect((await t.db('source_entities').where({ id: a.id }).first()).merged_into_id).toBeNull();
  });
});
