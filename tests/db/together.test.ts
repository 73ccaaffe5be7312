// Several reads in one round trip, on real PostgreSQL.
import { readTogether } from '../../db/together';
import { createTestDb, type TestDb } from '../support/db';

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(async () => t.destroy());

describe('readTogether', () => {
  it('returns each statement’s rows in order, in one query', async () => {
    let queries = 0;
    const count = () => void queries++;
    t.db.on('query', count);
    const [a, b, c] = await readTogether(t.db, [t.db.select(t.db.raw('1 as x')), t.db.raw('select generate_series(1, ?) as n', [3]), t.db('users').select('id').where('id', -1)]);
    t.db.removeListener('query', count);
    expect(a).toEqual([{ x: 1 }]);
    expect(b).toEqual([{ n: 1 }, { n: 2 }, { n: 3 }]);
    expect(c).toEqual([]);
    expect(queries).toBe(1);
  });

  it('handles a single statement', async () => {
    expect(await readTogether(t.db, [t.db.raw('select ? as n', [7])])).toEqual([[{ n: 7 }]]);
  });

  it('refuses any value that is not an integer, before sending anything', async () => {
    for (const value of ["1; drop table users", 1.5, Number.NaN, true]) {
      await expect(readTogether(t.db, [t.db('users').select('id').where('email', value as never)])).rejects.toThrow(TypeError);
    }
    expect(await t.db.schema.hasTable('users')).toBe(true);
  });
});
