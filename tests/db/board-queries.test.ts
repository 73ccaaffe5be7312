// The board loads in a fixed number of queries whatever the number of claims, and
// concurrent structural edits keep the board consistent on real PostgreSQL.
import type { Knex } from 'knex';
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
      expect(nSmall).toBeLessThanOrEqual(opts.picker ? 8 : 7);
    }
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
