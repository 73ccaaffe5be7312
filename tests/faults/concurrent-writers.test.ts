// Many reviewers writing at once, over HTTP against the real database: every accepted
// verdict is stored exactly once and nothing is lost; on one claim, exactly one write per
// version wins and the others get a clear 409.
import { makeClaims, makeDispute } from '../support/board';
import { createTestApp, signedIn, type SignedIn, type TestApp } from '../support/app';
import { makeCase } from '../support/factories';

// Runs on the embedded PGlite too: there every query and transaction takes the one
// connection in turn (EMBEDDED_POOL in db/connection.ts), so the same guarantees hold.

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.destroy());

const post = (who: SignedIn, url: string, body: Record<string, unknown>) => who.agent.post(url).type('form').send({ _csrf: who.csrf, ...body });

it('stores exactly the verdicts it accepted from 50 reviewers recording 20 each at once', async () => {
  const kase = await makeCase(t.db);
  const claims = await makeClaims(t.db, kase.id, 40);
  const boards: Awaited<ReturnType<typeof makeDispute>>[] = [];
  for (let d = 0; d < 20; d++) boards.push(await makeDispute(t.db, kase.id, ['Yes', 'No'], [[claims[2 * d]!.id], [claims[2 * d + 1]!.id]]));
  const reviewers: SignedIn[] = [];
  for (let i = 0; i < 50; i++) reviewers.push(await signedIn(t, 'reviewer'));

  const statuses = await Promise.all(
    reviewers.map(async (r, i) => {
      const mine: number[] = [];
      for (const b of boards) {
        const res = await post(r, `/disputes/${b.dispute.id}/verdicts`, {
          outcome: `p${b.positions[i % 2]!.id}`, likelihood: 'likely', confidence: 'moderate', rationale: `Reviewer ${i} weighed both accounts.`, previousId: '',
        });
        mine.push(res.status);
      }
      return mine;
    }),
  );
  const all = statuses.flat();
  expect(all).toHaveLength(1000);
  expect(all.filter((s) => s >= 500)).toEqual([]);
  const accepted = all.filter((s) => s === 303).length;
  const rows = await t.db('verdicts').whereIn('dispute_id', boards.map((b) => b.dispute.id)).select('dispute_id', 'reviewer_id');
  expect(rows).toHaveLength(accepted);
  expect(new Set(rows.map((r) => `${r.dispute_id}:${r.reviewer_id}`)).size).toBe(rows.length);
  expect(accepted).toBe(1000);
}, 300_000);

it('lets exactly one of 20 simultaneous edits of one claim win; the others get a clear 409', async () => {
  const kase = await makeCase(t.db);
  const [claim] = await makeClaims(t.db, kase.id, 1);
  const editors: SignedIn[] = [];
  for (let i = 0; i < 20; i++) editors.push(await signedIn(t, 'reviewer'));
  const before = await t.db('claims').where({ id: claim!.id }).first();
  const results = await Promise.all(
    editors.map((e, i) => post(e, `/claims/${claim!.id}/grade`, { version: before.version, credibility: String((i % 6) + 1), confidence: 'low' })),
  );
  const statuses = results.map((r) => r.status);
  expect(statuses.filter((s) => s === 303)).toHaveLength(1);
  expect(statuses.filter((s) => s === 409)).toHaveLength(19);
  for (const r of results.filter((x) => x.status === 409)) expect(r.text).toContain('changed by someone else while you were editing');
  const after = await t.db('claims').where({ id: claim!.id }).first();
  expect(after.version).toBe(before.version + 1);
  const winner = results.findIndex((r) => r.status === 303);
  expect(after.credibility).toBe((winner % 6) + 1);
  expect(Number((await t.db('audit_log').where({ entity_type: 'claim', entity_id: String(claim!.id), action: 'grade' }).count({ n: '*' }).first())?.n)).toBe(1);
}, 120_000);
