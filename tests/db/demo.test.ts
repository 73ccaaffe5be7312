// First start seeds a second, multi-article demo case from FA-KES through the real engine.
import { extractAttributions } from '../../server/engine';
import { ensureDemoCase, FAKES_ATTRIBUTION } from '../../server/services/demo';
import { createTestDb, type TestDb } from '../support/db';

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(async () => t.destroy());

describe('demo cases', () => {
  it('seeds the Aleppo bus convoy case: six outlets, claims extracted, FA-KES credited on the case', async () => {
    expect(await ensureDemoCase(t.db, extractAttributions)).toBe(true);
    const kase = await t.db('cases').where({ title: 'Aleppo bus convoy bombing' }).first();
    expect(kase.description).toContain(FAKES_ATTRIBUTION);
    const articles = await t.db('articles').where({ case_id: kase.id }).select('id', 'publisher');
    expect(new Set(articles.map((a) => a.publisher)).size).toBe(6);
    const claims = await t.db('claims').whereIn('article_id', articles.map((a) => a.id)).count<{ count: string }[]>();
    expect(Number(claims[0]!.count)).toBeGreaterThan(10);
  });

  it('opens both demo cases with suggested disputes to accept or dismiss', async () => {
    const rows = await t.db('disputes as d').join('cases as c', 'c.id', 'd.case_id').select('c.title', 'd.status', 'd.origin', 'd.question');
    for (const title of ['Babylon strike', 'Aleppo bus convoy bombing']) {
      const mine = rows.filter((r) => r.title === title);
      expect([title, mine.length > 0]).toEqual([title, true]);
      expect(mine.every((r) => r.status === 'suggested' && r.origin === 'suggested')).toBe(true);
    }
  });

  it('lines up the Aleppo tolls and the opposite claims of blame', async () => {
    const kase = await t.db('cases').where({ title: 'Aleppo bus convoy bombing' }).first();
    const questions = await t.db('disputes').where({ case_id: kase.id }).pluck('question');
    expect(questions).toEqual(expect.arrayContaining(['How many people were killed in the bombing?', 'Who is responsible for the attack?']));
    const toll = await t.db('disputes').where({ case_id: kase.id, question: 'How many people were killed in the bombing?' }).first();
    expect(Number((await t.db('positions').where({ dispute_id: toll.id }).count({ n: '*' }).first())?.n)).toBeGreaterThanOrEqual(4);
  });
});
