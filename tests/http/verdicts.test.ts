// Verdicts through the real app: recording, superseding, blind review, agreement,
// publishing (which locks the board), corrections, and many reviewers at once.
import { makeCase } from '../support/factories';
import { makeClaims, makeDispute } from '../support/board';
import { createTestApp, signedIn, type SignedIn, type TestApp } from '../support/app';

let t: TestApp;
let editor: SignedIn;
beforeAll(async () => {
  t = await createTestApp();
  editor = await signedIn(t, 'editor');
});
afterAll(async () => t.destroy());

const post = (who: SignedIn, url: string, body: Record<string, unknown>) => who.agent.post(url).type('form').send({ _csrf: who.csrf, ...body });

async function board() {
  const kase = await makeCase(t.db);
  const us = await makeClaims(t.db, kase.id, 1, { sourceName: 'US defence official' });
  const kh = await makeClaims(t.db, kase.id, 1, { sourceName: 'Kataeb Hezbollah' });
  const { dispute, positions } = await makeDispute(t.db, kase.id, ['Combatants', 'Drone experts'], [[us[0]!.id], [kh[0]!.id]]);
  return { kase, us, kh, dispute, positions };
}

const verdict = (positionId: number, extra: Record<string, unknown> = {}) => ({
  outcome: `p${positionId}`, likelihood: 'likely', confidence: 'moderate', rationale: 'The official account is specific.', previousId: '', ...extra,
});

describe('verdicts', () => {
  it('records a verdict with its evidence, and a second one supersedes it while both stay in history', async () => {
    const b = await board();
    const r = await signedIn(t, 'reviewer');
    expect((await post(r, `/disputes/${b.dispute.id}/verdicts`, verdict(b.positions[0]!.id, { evidence: [String(b.us[0]!.id)] }))).status).toBe(303);
    const first = await t.db('verdicts').where({ dispute_id: b.dispute.id }).first();
    expect(await t.db('verdict_evidence').where({ verdict_id: first.id }).pluck('claim_id')).toEqual([b.us[0]!.id]);
    const again = await post(r, `/disputes/${b.dispute.id}/verdicts`, verdict(b.positions[1]!.id, { previousId: String(first.id), likelihood: 'roughly_even' }));
    expect(again.status).toBe(303);
    const page = await r.agent.get(`/disputes/${b.dispute.id}`);
    expect(page.text).toContain('History (2 versions)');
    expect(page.text).toContain('Roughly even chance (45–55%)');
  });

  it('refuses a verdict without a rationale (400) and keeps what was typed', async () => {
    const b = await board();
    const r = await signedIn(t, 'reviewer');
    const res = await post(r, `/disputes/${b.dispute.id}/verdicts`, verdict(b.positions[0]!.id, { rationale: '  ', likelihood: 'very_likely' }));
    expect(res.status).toBe(400);
    expect(res.text).toContain('the rationale is required');
    expect(res.text).toMatch(/<option value="very_likely" selected>/);
  });

  it('refuses a verdict sent from a stale form when the reviewer recorded one meanwhile (409)', async () => {
    const b = await board();
    const r = await signedIn(t, 'reviewer');
    expect((await post(r, `/disputes/${b.dispute.id}/verdicts`, verdict(b.positions[0]!.id))).status).toBe(303);
    const stale = await post(r, `/disputes/${b.dispute.id}/verdicts`, verdict(b.positions[1]!.id, { rationale: 'Typed in the other tab.', evidence: [String(b.kh[0]!.id)] }));
    expect(stale.status).toBe(409);
    expect(stale.text).toContain('Typed in the other tab.'); // nothing the reviewer typed is lost
    expect(stale.text).toContain(`name="evidence" value="${b.kh[0]!.id}" checked`);
    expect(await t.db('verdicts').where({ dispute_id: b.dispute.id }).count<{ count: string }[]>()).toEqual([{ count: '1' }]);
  });

  it('hides other reviewers’ verdicts under blind review until the reviewer records theirs, then shows agreement', async () => {
    const b = await board();
    const a = await signedIn(t, 'reviewer', { displayName: 'Alice Reviewer' });
    const c = await signedIn(t, 'reviewer', { displayName: 'Carol Reviewer' });
    await post(a, `/disputes/${b.dispute.id}/verdicts`, verdict(b.positions[0]!.id, { rationale: 'Alice thinks so.' }));
    const before = await c.agent.get(`/disputes/${b.dispute.id}`);
    expect(before.text).not.toContain('Alice thinks so.');
    expect(before.text).toContain('Blind review');
    await post(c, `/disputes/${b.dispute.id}/verdicts`, verdict(b.positions[1]!.id, { rationale: 'Carol disagrees.' }));
    const after = await c.agent.get(`/disputes/${b.dispute.id}`);
    expect(after.text).toContain('Alice thinks so.');
    expect(after.text).toContain('Krippendorff’s α, nominal): 0.00');
    expect(after.text).toContain('2 reviewers');
    const casePage = await c.agent.get(`/cases/${b.kase.id}`);
    expect(casePage.text).toContain('reviewers disagree');
  });

  it('lists disputes where reviewers disagree first on the case page, with the case’s agreement', async () => {
    const kase = await makeCase(t.db);
    const [c1, c2] = await makeClaims(t.db, kase.id, 2);
    const calm = await makeDispute(t.db, kase.id, ['Yes', 'No'], [[c1!.id], [c2!.id]]);
    const split = await makeDispute(t.db, kase.id, ['Four', 'Twelve'], [[c1!.id], [c2!.id]]);
    const [a, c] = [await signedIn(t, 'reviewer'), await signedIn(t, 'reviewer')];
    await post(a, `/disputes/${calm.dispute.id}/verdicts`, verdict(calm.positions[0]!.id));
    await post(c, `/disputes/${calm.dispute.id}/verdicts`, verdict(calm.positions[0]!.id));
    await post(a, `/disputes/${split.dispute.id}/verdicts`, verdict(split.positions[0]!.id));
    await post(c, `/disputes/${split.dispute.id}/verdicts`, verdict(split.positions[1]!.id));
    const page = await a.agent.get(`/cases/${kase.id}`);
    expect(page.text.indexOf(split.dispute.question)).toBeLessThan(page.text.indexOf(calm.dispute.question));
    // Units (yes,yes) and (four,twelve): n = 4; n_yes = 2, n_four = n_twelve = 1; Do = 2/4;
    // De = (2·1 + 2·1 + 1·2 + 1·1 + 1·2 + 1·1) / (4·3) = 10/12; alpha = 1 − 0.5 / (10/12) = 0.4.
    expect(page.text).toContain('nominal): 0.40');
    expect(page.text).toContain('2 disputes with two or more verdicts');
  });

  it('says agreement is not computed with one reviewer (never NaN)', async () => {
    const b = await board();
    const r = await signedIn(t, 'reviewer');
    await post(r, `/disputes/${b.dispute.id}/verdicts`, verdict(b.positions[0]!.id));
    const page = await r.agent.get(`/disputes/${b.dispute.id}`);
    expect(page.text).toContain('not computed — fewer than two reviewers');
    expect(page.text).not.toContain('NaN');
  });

  it('publishes an adopted verdict, locks the board (409 on edits and reviews), and keeps corrections in history', async () => {
    const b = await board();
    const r = await signedIn(t, 'reviewer');
    await post(r, `/disputes/${b.dispute.id}/verdicts`, verdict(b.positions[0]!.id));
    const review = await t.db('verdicts').where({ dispute_id: b.dispute.id }).first();
    expect((await post(editor, `/disputes/${b.dispute.id}/publish`, { adoptId: String(review.id) })).status).toBe(303);
    expect((await t.db('disputes').where({ id: b.dispute.id }).first()).status).toBe('published');

    const pl = await t.db('claim_placements').where({ dispute_id: b.dispute.id }).first();
    const move = await post(r, `/disputes/${b.dispute.id}/cards/${pl.id}/move`, { version: pl.version, positionId: b.positions[1]!.id });
    expect(move.status).toBe(409);
    expect(move.text).toContain('published and locked');
    expect((await post(r, `/disputes/${b.dispute.id}/verdicts`, verdict(b.positions[1]!.id, { previousId: String(review.id) }))).status).toBe(409);
    expect((await post(r, `/disputes/${b.dispute.id}/positions`, { label: 'Late' })).status).toBe(409);

    const noNote = await post(editor, `/disputes/${b.dispute.id}/publish`, { ...verdict(b.positions[1]!.id), correctionNote: '' });
    expect(noNote.status).toBe(400);
    const fixed = await post(editor, `/disputes/${b.dispute.id}/publish`, { ...verdict(b.positions[1]!.id), correctionNote: 'New footage shows test equipment.' });
    expect(fixed.status).toBe(303);
    const page = await r.agent.get(`/disputes/${b.dispute.id}`);
    expect(page.text).toContain('Correction:</strong> New footage shows test equipment.');
    expect(await t.db('verdicts').where({ dispute_id: b.dispute.id, kind: 'published' }).count<{ count: string }[]>()).toEqual([{ count: '2' }]);
  });

  it('refuses to delete or merge away a position a verdict names (409), since verdicts are never rewritten', async () => {
    const b = await board();
    const r = await signedIn(t, 'reviewer');
    expect((await post(r, `/disputes/${b.dispute.id}/positions`, { label: 'Patrols' })).status).toBe(303);
    await post(r, `/disputes/${b.dispute.id}/verdicts`, verdict(b.positions[1]!.id));
    const del = await post(r, `/disputes/${b.dispute.id}/positions/${b.positions[1]!.id}/delete`, { version: 1 });
    expect(del.status).toBe(409);
    expect(del.text).toContain('cannot be deleted or merged away');
    expect((await post(r, `/disputes/${b.dispute.id}/positions/${b.positions[1]!.id}/merge`, { version: 1, into: b.positions[0]!.id })).status).toBe(409);
    expect(await t.db('claim_placements').where({ position_id: b.positions[1]!.id }).count<{ count: string }[]>()).toEqual([{ count: '1' }]);
  });

  it('lets only editors publish and toggle blind review (403 for reviewers)', async () => {
    const b = await board();
    const r = await signedIn(t, 'reviewer');
    expect((await post(r, `/disputes/${b.dispute.id}/publish`, verdict(b.positions[0]!.id))).status).toBe(403);
    expect((await post(r, `/disputes/${b.dispute.id}/blind`, { version: 1, blind: 'off' })).status).toBe(403);
    expect((await post(editor, `/disputes/${b.dispute.id}/blind`, { version: 1, blind: 'off' })).status).toBe(303);
  });

  it('stores each of 20 reviewers’ simultaneous verdicts exactly once', async () => {
    const b = await board();
    const reviewers = await Promise.all(Array.from({ length: 20 }, () => signedIn(t, 'reviewer')));
    const results = await Promise.all(reviewers.map((r, i) => post(r, `/disputes/${b.dispute.id}/verdicts`, verdict(b.positions[i % 2]!.id))));
    const ok = results.filter((res) => res.status === 303).length;
    const rows = await t.db('verdicts').where({ dispute_id: b.dispute.id }).select('reviewer_id');
    expect(ok).toBe(20);
    expect(rows).toHaveLength(ok);
    expect(new Set(rows.map((x) => x.reviewer_id)).size).toBe(20);
  });

  it('never loses a verdict recorded while an editor publishes: it is either stored or refused with 409', async () => {
    const b = await board();
    const reviewers = await Promise.all(Array.from({ length: 8 }, () => signedIn(t, 'reviewer')));
    await post(reviewers[0]!, `/disputes/${b.dispute.id}/verdicts`, verdict(b.positions[0]!.id));
    const first = await t.db('verdicts').where({ dispute_id: b.dispute.id }).first();
    const [pub, ...rest] = await Promise.all([
      post(editor, `/disputes/${b.dispute.id}/publish`, { adoptId: String(first.id) }),
      ...reviewers.slice(1).map((r) => post(r, `/disputes/${b.dispute.id}/verdicts`, verdict(b.positions[1]!.id))),
    ]);
    expect(pub!.status).toBe(303);
    const stored = await t.db('verdicts').where({ dispute_id: b.dispute.id, kind: 'review' }).count<{ count: string }[]>();
    expect(rest.every((res) => [303, 409].includes(res.status))).toBe(true);
    expect(Number(stored[0]!.count)).toBe(1 + rest.filter((res) => res.status === 303).length);
  });
});
