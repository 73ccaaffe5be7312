// The dispute board through the real app: lining up, grading, locking and conflicts.
import { makeCase } from '../support/factories';
import { makeClaims, makeDispute } from '../support/board';
import { createTestApp, signedIn, type SignedIn, type TestApp } from '../support/app';

let t: TestApp;
let reviewer: SignedIn;
let viewer: SignedIn;
beforeAll(async () => {
  t = await createTestApp();
  reviewer = await signedIn(t, 'reviewer');
  viewer = await signedIn(t, 'viewer');
});
afterAll(async () => t.destroy());

const post = (who: SignedIn, url: string, body: Record<string, unknown>) => who.agent.post(url).type('form').send({ _csrf: who.csrf, ...body });

async function board() {
  const kase = await makeCase(t.db);
  const us = await makeClaims(t.db, kase.id, 2, { sourceName: 'US defence official' });
  const kh = await makeClaims(t.db, kase.id, 1, { sourceName: 'Kataeb Hezbollah' });
  const spare = await makeClaims(t.db, kase.id, 2);
  const { dispute, positions } = await makeDispute(t.db, kase.id, ['Combatants', 'Drone experts'], [us.map((c) => c.id), kh.map((c) => c.id)]);
  return { kase, us, kh, spare, dispute, positions };
}

describe('dispute board', () => {
  it('creates a dispute in a case with its positions and opens its board', async () => {
    const kase = await makeCase(t.db);
    const res = await post(reviewer, `/cases/${kase.id}/disputes`, { question: 'What was hit?', positions: 'Combatants\nDrone experts\n' });
    expect(res.status).toBe(303);
    const page = await reviewer.agent.get(res.headers.location!);
    expect(page.status).toBe(200);
    expect(page.text).toContain('What was hit?');
    expect(page.text).toContain('Drone experts');
    const casePage = await reviewer.agent.get(`/cases/${kase.id}`);
    expect(casePage.text).toContain('What was hit?');
  });

  it('refuses a dispute with one position and says why (400)', async () => {
    const kase = await makeCase(t.db);
    const res = await post(reviewer, `/cases/${kase.id}/disputes`, { question: 'What was hit?', positions: 'Only one' });
    expect(res.status).toBe(400);
    expect(res.text).toContain('Give at least two positions');
  });

  it('shows positions as columns with cards, source and a link to the words in the article', async () => {
    const b = await board();
    const page = await viewer.agent.get(`/disputes/${b.dispute.id}`);
    expect(page.status).toBe(200);
    expect(page.text).toContain('class="board cols-2"');
    expect(page.text).toContain('Kataeb Hezbollah');
    expect(page.text).toContain(`/articles/${b.kh[0]!.article_id}#claim-${b.kh[0]!.id}`);
    expect(page.text).not.toContain('/cards/'); // viewers get no forms
    expect(page.text).toContain(`/disputes/${b.dispute.id}/export.pdf`);
    expect((await viewer.agent.get(`/disputes/${b.dispute.id}/export.md`)).status).toBe(200);
  });

  it('moves a card to another column, and refuses a move made against an old version (409)', async () => {
    const b = await board();
    const placement = await t.db('claim_placements').first().where({ claim_id: b.us[0]!.id });
    const ok = await post(reviewer, `/disputes/${b.dispute.id}/cards/${placement.id}/move`, { version: placement.version, positionId: b.positions[1]!.id });
    expect(ok.status).toBe(303);
    const stale = await post(reviewer, `/disputes/${b.dispute.id}/cards/${placement.id}/move`, { version: placement.version, positionId: b.positions[0]!.id });
    expect(stale.status).toBe(409);
    expect(stale.text).toContain('changed by someone else');
    // The refused card's forms are open again, with the current version to retry from.
    expect(stale.text).toContain(`action="/disputes/${b.dispute.id}/cards/${placement.id}/move"`);
    expect(stale.text).toContain(`name="version" value="${placement.version + 1}"`);
    expect((await t.db('claim_placements').first().where({ id: placement.id })).position_id).toBe(b.positions[1]!.id);
  });

  it('shows one card’s move and grade forms when asked (?card=), and a link on the others', async () => {
    const b = await board();
    const [first, second] = await t.db('claim_placements').where({ dispute_id: b.dispute.id }).orderBy('id');
    const plain = await reviewer.agent.get(`/disputes/${b.dispute.id}`);
    expect(plain.text).not.toContain('/cards/');
    expect(plain.text).toContain(`href="/disputes/${b.dispute.id}?card=${first.id}#card-${first.id}"`);
    const focused = await reviewer.agent.get(`/disputes/${b.dispute.id}?card=${first.id}`);
    expect(focused.status).toBe(200);
    expect(focused.text).toContain(`/disputes/${b.dispute.id}/cards/${first.id}/move`);
    expect(focused.text).toContain(`/disputes/${b.dispute.id}/claims/${first.claim_id}/grade`);
    expect(focused.text).not.toContain(`/cards/${second.id}/`);
    for (const junk of ['abc', '-1', '99999999', `${first.id}x`]) {
      const res = await reviewer.agent.get(`/disputes/${b.dispute.id}?card=${junk}`);
      expect([junk, res.status, res.text.includes('/cards/')]).toEqual([junk, 200, false]);
    }
    expect((await viewer.agent.get(`/disputes/${b.dispute.id}?card=${first.id}`)).text).not.toContain('/cards/');
  });

  it('shows one column’s tools when asked (?position=) or when its form was refused, and a link on the others', async () => {
    const b = await board();
    const [first, second] = b.positions;
    const tools = (id: number) => `action="/disputes/${b.dispute.id}/positions/${id}"`;
    const plain = await reviewer.agent.get(`/disputes/${b.dispute.id}`);
    expect(plain.text).not.toContain(`/disputes/${b.dispute.id}/positions/${first!.id}"`);
    expect(plain.text).toContain(`href="/disputes/${b.dispute.id}?position=${first!.id}#position-${first!.id}"`);
    const open = await reviewer.agent.get(`/disputes/${b.dispute.id}?position=${first!.id}`);
    expect(open.text).toContain(tools(first!.id));
    expect(open.text).toContain(`/disputes/${b.dispute.id}/positions/${first!.id}/move`);
    expect(open.text).not.toContain(tools(second!.id));
    for (const junk of ['abc', '-1', '99999999']) {
      const res = await reviewer.agent.get(`/disputes/${b.dispute.id}?position=${junk}`);
      expect([junk, res.status, res.text.includes('/positions/')]).toEqual([junk, 200, false]);
    }
    // A refused rename comes back with that column's tools open and the message.
    const refused = await post(reviewer, `/disputes/${b.dispute.id}/positions/${second!.id}`, { version: 1, label: '' });
    expect(refused.status).toBe(400);
    expect(refused.text).toContain(tools(second!.id));
    expect(refused.text).not.toContain(tools(first!.id));
    expect((await viewer.agent.get(`/disputes/${b.dispute.id}?position=${first!.id}`)).text).not.toContain('/positions/');
  });

  it('adds claims from the picker and takes one off the board', async () => {
    const b = await board();
    // The picker is loaded when opened: the board itself only links to it.
    const plain = await reviewer.agent.get(`/disputes/${b.dispute.id}`);
    expect(plain.text).not.toContain(b.spare[0]!.content);
    expect(plain.text).toContain(`href="/disputes/${b.dispute.id}?picker=1#picker">Add claims to the board</a>`);
    const page = await reviewer.agent.get(`/disputes/${b.dispute.id}?picker=1`);
    expect(page.text).toContain(b.spare[0]!.content);
    expect(page.text).toContain('Add claims to the board (2 in this case)');
    const res = await post(reviewer, `/disputes/${b.dispute.id}/claims`, { positionId: b.positions[0]!.id, claimIds: b.spare.map((c) => String(c.id)) });
    expect(res.status).toBe(303);
    expect(await t.db('claim_placements').where({ dispute_id: b.dispute.id }).count<{ count: string }[]>()).toEqual([{ count: '5' }]);
    const p = await t.db('claim_placements').first().where({ claim_id: b.spare[0]!.id });
    expect((await post(reviewer, `/disputes/${b.dispute.id}/cards/${p.id}/remove`, { version: p.version })).status).toBe(303);
  });

  it('filters the picker without JavaScript (?q=)', async () => {
    const b = await board();
    await t.db('claims').where({ id: b.spare[1]!.id }).update({ content: 'a convoy of buses was hit' });
    const page = await reviewer.agent.get(`/disputes/${b.dispute.id}?q=convoy`);
    expect(page.text).toContain('a convoy of buses was hit');
    expect(page.text).not.toContain(`value="${b.spare[0]!.id}"> <span>`);
  });

  it('lists at most 100 claims in the picker, says how many there are, and finds the rest by filter', async () => {
    const b = await board();
    const many = await makeClaims(t.db, b.kase.id, 150);
    await t.db('claims').where({ id: many[149]!.id }).update({ content: 'the last of many claims' });
    const page = await reviewer.agent.get(`/disputes/${b.dispute.id}?picker=1`).expect(200);
    expect(page.text).toContain('Add claims to the board (152 in this case)');
    expect(page.text).toContain('Showing the first 100 of 152.');
    expect(page.text.match(/name="claimIds" value="/g)).toHaveLength(100);
    const found = await reviewer.agent.get(`/disputes/${b.dispute.id}?q=${encodeURIComponent('last of many')}`).expect(200);
    expect(found.text).toContain('the last of many claims');
    expect(found.text).toContain('(1 matching)');
    const literal = await reviewer.agent.get(`/disputes/${b.dispute.id}?q=${encodeURIComponent('%_')}`).expect(200);
    expect(literal.text).toContain('(0 matching)');
  });

  it('keeps 2 to 6 positions: refuses deleting below two and adding a seventh', async () => {
    const b = await board();
    const del = await post(reviewer, `/disputes/${b.dispute.id}/positions/${b.positions[0]!.id}/delete`, { version: 1 });
    expect(del.status).toBe(400);
    for (let i = 0; i < 4; i++) expect((await post(reviewer, `/disputes/${b.dispute.id}/positions`, { label: `Extra ${i}` })).status).toBe(303);
    const seventh = await post(reviewer, `/disputes/${b.dispute.id}/positions`, { label: 'Seventh' });
    expect(seventh.status).toBe(400);
    expect(seventh.text).toContain('at most 6 positions');
  });

  it('merges two positions and splits one', async () => {
    const b = await board();
    const third = await post(reviewer, `/disputes/${b.dispute.id}/positions`, { label: 'Patrols' });
    expect(third.status).toBe(303);
    const merge = await post(reviewer, `/disputes/${b.dispute.id}/positions/${b.positions[1]!.id}/merge`, { version: 1, into: b.positions[0]!.id });
    expect(merge.status).toBe(303);
    expect(await t.db('claim_placements').where({ position_id: b.positions[0]!.id }).pluck('claim_id')).toHaveLength(3);
    const pl = await t.db('claim_placements').where({ claim_id: b.kh[0]!.id }).first();
    const split = await post(reviewer, `/disputes/${b.dispute.id}/positions/${b.positions[0]!.id}/split`, { version: 1, label: 'Experts again', placementIds: [String(pl.id)] });
    expect(split.status).toBe(303);
    const moved = await t.db('claim_placements').where({ id: pl.id }).first();
    const created = await t.db('positions').where({ id: moved.position_id }).first();
    expect(created.label).toBe('Experts again');
    expect(created.ordinal).toBe(1);
  });

  it('reorders positions and cards', async () => {
    const b = await board();
    expect((await post(reviewer, `/disputes/${b.dispute.id}/positions/${b.positions[1]!.id}/move`, { version: 1, step: '-1' })).status).toBe(303);
    expect((await t.db('positions').where({ dispute_id: b.dispute.id }).orderBy('ordinal').pluck('id'))[0]).toBe(b.positions[1]!.id);
    const second = await t.db('claim_placements').where({ claim_id: b.us[1]!.id }).first();
    expect((await post(reviewer, `/disputes/${b.dispute.id}/cards/${second.id}/move`, { version: second.version, step: '-1' })).status).toBe(303);
    expect(await t.db('claim_placements').where({ position_id: b.positions[0]!.id }).orderBy('ordinal').pluck('claim_id')).toEqual([b.us[1]!.id, b.us[0]!.id]);
  });

  it('grades a claim in place and comes back to the board', async () => {
    const b = await board();
    const res = await post(reviewer, `/disputes/${b.dispute.id}/claims/${b.kh[0]!.id}/grade`, { version: 1, credibility: '4', confidence: 'moderate' });
    expect(res.status).toBe(303);
    expect(res.headers.location).toBe(`/disputes/${b.dispute.id}#claim-${b.kh[0]!.id}`);
    expect((await t.db('claims').where({ id: b.kh[0]!.id }).first()).credibility).toBe(4);
  });

  it('renames the question and refuses a stale rename (409) with the current question shown', async () => {
    const b = await board();
    expect((await post(reviewer, `/disputes/${b.dispute.id}`, { version: 1, question: 'What did the strike hit?' })).status).toBe(303);
    const stale = await post(reviewer, `/disputes/${b.dispute.id}`, { version: 1, question: 'Something else?' });
    expect(stale.status).toBe(409);
    expect(stale.text).toContain('What did the strike hit?');
  });

  it('flips a consistency cell and scores positions by credibility', async () => {
    const b = await board();
    const res = await post(reviewer, `/disputes/${b.dispute.id}/marks`, { claimId: b.kh[0]!.id, positionId: b.positions[0]!.id, mark: 'neutral' });
    expect(res.status).toBe(303);
    const page = await reviewer.agent.get(`/disputes/${b.dispute.id}`);
    // Position A: only the KH claim was inconsistent with it, now neutral → 0; B: two ungraded US claims → 1.00.
    expect(page.text).toMatch(/<td class="score">0\.00<\/td><td class="score">1\.00<\/td>/);
  });

  it('flips a cell the way the matrix form sends it (one form, the pressed cell button)', async () => {
    const b = await board();
    const page = await reviewer.agent.get(`/disputes/${b.dispute.id}`);
    const cell = `${b.kh[0]!.id}:${b.positions[0]!.id}:neutral`;
    expect(page.text).toContain(`name="cell" value="${cell}"`);
    expect((await post(reviewer, `/disputes/${b.dispute.id}/marks`, { cell })).status).toBe(303);
    const after = await reviewer.agent.get(`/disputes/${b.dispute.id}`);
    expect(after.text).toMatch(/<td class="score">0\.00<\/td><td class="score">1\.00<\/td>/);
    expect((await post(reviewer, `/disputes/${b.dispute.id}/marks`, { cell: 'x:y:z' })).status).toBe(400);
  });
});
