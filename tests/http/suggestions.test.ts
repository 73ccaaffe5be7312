// Suggested disputes on the case page: a reviewer accepts, edits or dismisses each; asking
// again never brings back a dismissed one.
import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../../server/paths';
import { makeCase } from '../support/factories';
import { extractAttributions } from '../../server/engine';
import { ensureDemoCase } from '../../server/services/demo';
import { createTestApp, signedIn, type SignedIn, type TestApp } from '../support/app';

let t: TestApp;
let reviewer: SignedIn;
beforeAll(async () => {
  t = await createTestApp();
  reviewer = await signedIn(t, 'reviewer');
  await ensureDemoCase(t.db, extractAttributions);
});
afterAll(async () => t.destroy());

const post = (url: string, body: Record<string, unknown> = {}) => reviewer.agent.post(url).type('form').send({ _csrf: reviewer.csrf, ...body });

describe('suggested disputes', () => {
  it('shows the seed article’s suggestions on the case page; accepting opens one, dismissing keeps it away', async () => {
    const kase = await t.db('cases').where({ title: 'Babylon strike' }).first();
    const page = await reviewer.agent.get(`/cases/${kase.id}`);
    expect(page.text).toContain('Suggested by Crosscheck');
    expect(page.text).toContain('What did the strike target?');
    // Each suggestion says why it was made.
    expect(page.text).toMatch(/Why: different targets named for the same [^<]*vs/);

    const [target, framing] = await t.db('disputes').where({ case_id: kase.id }).orderBy('id').limit(2);
    expect((await post(`/disputes/${target.id}/status`, { version: target.version, status: 'open' })).status).toBe(303);
    expect((await post(`/disputes/${framing.id}/status`, { version: framing.version, status: 'dismissed' })).status).toBe(303);
    const before = await t.db('disputes').where({ case_id: kase.id }).count<{ count: string }[]>();

    const again = await post(`/cases/${kase.id}/suggestions`);
    expect(again.status).toBe(303);
    expect(await t.db('disputes').where({ case_id: kase.id }).count<{ count: string }[]>()).toEqual(before);
    expect((await t.db('disputes').where({ id: framing.id }).first()).status).toBe('dismissed');
    const board = await reviewer.agent.get(`/disputes/${target.id}`);
    expect(board.text).toContain('Kataeb Hezbollah');
    expect(board.text).toContain('Record your verdict');
    expect(board.text).toMatch(/Suggested because: different targets named/);
  });

  it('suggests disputes when an article is added to a case', async () => {
    const kase = await makeCase(t.db);
    const text = fs.readFileSync(path.join(PROJECT_ROOT, 'db', 'demo', 'babylon-strike.txt'), 'utf8');
    const res = await post(`/cases/${kase.id}/articles`, { title: 'US strike', publisher: 'AFP', text });
    expect(res.status).toBe(303);
    const questions = await t.db('disputes').where({ case_id: kase.id, status: 'suggested' }).pluck('question');
    expect(questions).toContain('Was the strike a defensive act or an aggression?');
  });
});
