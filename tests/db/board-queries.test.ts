// The board loads in one round trip whatever the number of claims, and concurrent
// structural edits keep the board consistent on real PostgreSQL.
import type { Knex } from 'knex';
import { readBoard } from '../../db/board';
import { findCaseById } from '../../db/cases';
import { listMarksForDispute, upsertMark } from '../../db/consistency';
import { findDisputeById } from '../../db/disputes';
import { listBoardClaims } from '../../db/placements';
import { listPositionsForDispute } from '../../db/positions';
import { listPublishedOutcomesForSources, listVerdictsForDispute } from '../../db/verdicts';
import { publishVerdict } from '../../server/services/verdicts';
import { loadBoard } from '../../server/services/board';
import { addPosition, moveCard } from '../../server/services/disputes';
import { ConflictError } from '../../server/errors';
import { makeClaims, makeDispute } from '../support/board';
import { makeCase, makeUser } from '../support/factories';
import { createTestDb, type TestDb } from '../support/db';

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb(8);
});
afterAll(async () => t.destroy());

async function countQueries(db: Knex, run: () => Promise<unknown>): Promise<number> {
  let n = 0;
  const listener = () => void n++;
  db.on('query', listener);
  try {
    await run();
  } finally {
    db.removeListener('query', listener);
  }
  return n;
}

async function boardWith(claims: number) {
  const kase = await makeCase(t.db);
  const placed = await makeClaims(t.db, kase.id, claims, { sourceName: `Source ${claims}` });
  await makeClaims(t.db, kase.id, 5); // in the picker
  const half = Math.floor(claims / 2);
  return makeDispute(t.db, kase.id, ['A', 'B', 'C'], [placed.slice(0, half).map((c) => c.id), placed.slice(half).map((c) => c.id)]);
}

describe('board queries', () => {
  it('loads a board of 10 claims and one of 300 in the same number of queries', async () => {
    const user = await makeUser(t.db);
    const small = await boardWith(10);
    const large = await boardWith(300);
    const viewer = { id: user.id, role: 'reviewer' as const };
    for (const opts of [{}, { picker: {} }]) {
      const nSmall = await countQueries(t.db, () => loadBoard(t.db, small.dispute.id, viewer, opts));
      const nLarge = await countQueries(t.db, async () => {
        const b = await loadBoard(t.db, large.dispute.id, viewer, opts);
        expect(b!.columns.reduce((s, c) => s + c.cards.length, 0)).toBe(300);
        if (opts.picker) expect(b!.picker?.total).toBe(5);
      });
      expect(nLarge).toBe(nSmall);
      expect(nSmall).toBe(opts.picker ? 2 : 1);
    }
  });

  it('reads the same rows in one round trip as the single-purpose queries, track records included', async () => {
    const editor = await makeUser(t.db, { role: 'editor' });
    const actor = { userId: editor.id, requestId: null };
    const kase = await makeCase(t.db);
    const us = await makeClaims(t.db, kase.id, 2, { sourceName: 'Snapshot official' });
    const them = await makeClaims(t.db, kase.id, 1, { sourceName: 'Snapshot group' });
    // An earlier, published dispute on the same sources gives them a track record.
    const earlier = await makeDispute(t.db, kase.id, ['Yes', 'No'], [[us[0]!.id], [them[0]!.id]]);
    await publishVerdict(t.db, earlier.dispute.id, { outcome: 'position', positionId: earlier.positions[0]!.id, likelihood: 'likely', confidence: 'moderate', rationale: 'Because.', evidence: [], correctionNote: '' }, actor);
    const { dispute, positions } = await makeDispute(t.db, kase.id, ['A', 'B'], [[us[1]!.id], [them[0]!.id]]);
    await upsertMark(t.db, dispute.id, { claim_id: us[1]!.id, position_id: positions[1]!.id, mark: 'neutral' }, editor.id);

    const rows = await readBoard(t.db, dispute.id);
    const sources = [us[1]!.source_id!, them[0]!.source_id!];
    expect(rows).toEqual({
      dispute: await findDisputeById(t.db, dispute.id),
      kase: await findCaseById(t.db, kase.id),
      positions: await listPositionsForDispute(t.db, dispute.id),
      claims: await listBoardClaims(t.db, dispute.id),
      verdicts: await listVerdictsForDispute(t.db, dispute.id),
      marks: await listMarksForDispute(t.db, dispute.id),
      outcomes: await listPublishedOutcomesForSources(t.db, sources),
    });
    expect(rows!.outcomes.map((o) => o.dispute_id)).toEqual([earlier.dispute.id, earlier.dispute.id]);
    expect(rows!.claims[0]!.content).toEqual(expect.any(String));
  });

  it('answers undefined for a missing dispute and refuses an id that is not an integer', async () => {
    expect(await readBoard(t.db, 2_000_000_000)).toBeUndefined();
    await expect(readBoard(t.db, 1.5)).rejects.toThrow(TypeError);
    await expect(readBoard(t.db, Number.NaN)).rejects.toThrow(TypeError);
  });
});

describe('concurrent board edits', () => {
  const actor = { userId: null, requestId: null };

  it('never lets parallel additions exceed six positions', async () => {
    const { dispute } = await makeDispute(t.db, (await makeCase(t.db)).id, ['A', 'B']);
    const results = await Promise.allSettled(Array.from({ length: 8 }, (_, i) => addPosition(t.db, dispute.id, `P${i}`, actor)));
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(4);
    expect(await t.db('positions').where({ dispute_id: dispute.id }).count<{ count: string }[]>()).toEqual([{ count: '6' }]);
  });

  it('applies exactly one of two parallel moves of the same card; the other gets a conflict', async () => {
    const kase = await makeCase(t.db);
    const [claim] = await makeClaims(t.db, kase.id, 1);
    const { dispute, positions } = await makeDispute(t.db, kase.id, ['A', 'B', 'C'], [[claim!.id]]);
    const pl = await t.db('claim_placements').where({ dispute_id: dispute.id }).first();
    const results = await Promise.allSettled([
      moveCard(t.db, dispute.id, pl.id, pl.version, { positionId: positions[1]!.id }, actor),
      moveCard(t.db, dispute.id, pl.id, pl.version, { positionId: positions[2]!.id }, actor),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const rejected = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
    expect(rejected.reason).toBeInstanceOf(ConflictError);
    const after = await t.db('claim_placements').where({ id: pl.id }).first();
    expect(after.version).toBe(pl.version + 1);
  });
});
