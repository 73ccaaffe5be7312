// Several reads in one round trip, on real PostgreSQL.
import { createDb, type Db } from '../../db/connection';
import { prepareTogether } from '../../db/together';
import { createTestDb, type TestDb } from '../support/db';

let t: TestDb;
// One connection each, so the calls below share it: one pool that prepares statements, one
// marked as a single shared session (the embedded database), which must not.
let prepares: Db;
let oneSession: Db;
beforeAll(async () => {
  t = await createTestDb(1);
  prepares = createDb({ url: t.url, schema: t.schema, poolMax: 1 });
  oneSession = createDb({ url: t.url, schema: t.schema, poolMax: 1, oneSession: true });
});
afterAll(async () => {
  await prepares.destroy();
  await oneSession.destroy();
  await t.destroy();
});

describe('prepareTogether', () => {
  const read = prepareTogether(['n', 'id'], (db, { n, id }) => [
    db.select(db.raw('1 as x')),
    db.raw('select generate_series(1, ?) as n', [n]),
    db('users').select('id').where('id', id),
  ]);

  it('returns each statement’s rows in order, in one query, with this call’s values', async () => {
    let queries = 0;
    const count = () => void queries++;
    t.db.on('query', count);
    const [a, b, c] = await read(t.db, { n: 3, id: -1 });
    const [, again] = await read(t.db, { n: 2, id: -1 });
    t.db.removeListener('query', count);
    expect(a).toEqual([{ x: 1 }]);
    expect(b).toEqual([{ n: 1 }, { n: 2 }, { n: 3 }]);
    expect(c).toEqual([]);
    expect(again).toEqual([{ n: 1 }, { n: 2 }]);
    expect(queries).toBe(2);
  });

  /** Calls `plusOne` twice on `db` (1, then 41) and returns the SQL each call sent. */
  async function sentTwice(db: Db): Promise<string[]> {
    const sent: string[] = [];
    const log = (q: { sql: string }) => void sent.push(q.sql);
    const plusOne = prepareTogether(['n'], (k, { n }) => [k.raw('select ? + 1 as m', [n])]);
    db.on('query', log);
    try {
      expect(await plusOne(db, { n: 1 })).toEqual([[{ m: 2 }]]);
      expect(await plusOne(db, { n: 41 })).toEqual([[{ m: 42 }]]);
    } finally {
      db.removeListener('query', log);
    }
    return sent;
  }

  it('plans the statements once per connection: later calls send only EXECUTEs', async () => {
    const [first, second, ...more] = await sentTwice(prepares);
    expect(more).toEqual([]);
    expect(first).toMatch(/^prepare /);
    expect(second).toMatch(/^execute \w+\(41\)$/);
  });

  it('prepares nothing where all connections are one session, writing the values in', async () => {
    expect(await sentTwice(oneSession)).toEqual(['select 1 + 1 as m', 'select 41 + 1 as m']);
  });

  it('recovers when a message fails part-way, after its statements were prepared', async () => {
    const divide = prepareTogether(['n'], (db, { n }) => [db.raw('select 1 as one'), db.raw('select 10 / ? as q', [n])]);
    await expect(divide(prepares, { n: 0 })).rejects.toThrow(/division by zero/);
    expect(await divide(prepares, { n: 5 })).toEqual([[{ one: 1 }], [{ q: 2 }]]);
    expect(await divide(prepares, { n: 2 })).toEqual([[{ one: 1 }], [{ q: 5 }]]);
  });

  it('prepares afresh after a migration changes a result column under a prepared statement', async () => {
    await prepares.raw('create table changing (id integer, a integer)');
    await prepares.raw('insert into changing values (1, 1)');
    const readA = prepareTogether(['n'], (db, { n }) => [db('changing').select('a').whereNot('id', n)]);
    expect(await readA(prepares, { n: 0 })).toEqual([[{ a: 1 }]]);
    await prepares.raw('alter table changing alter column a type text');
    await expect(readA(prepares, { n: 0 })).rejects.toThrow(/cached plan must not change result type/);
    expect(await readA(prepares, { n: 0 })).toEqual([[{ a: '1' }]]);
  });

  it('reads inside a transaction with the values written in', async () => {
    const [[row]] = await t.db.transaction((trx) => read(trx, { n: 1, id: -1 })) as unknown[][] as [[unknown]];
    expect(row).toEqual({ x: 1 });
  });

  it('handles a single statement and a value used twice', async () => {
    const twice = prepareTogether(['v'], (db, { v }) => [db.raw('select ? as a, ? * 2 as b', [v, v])]);
    expect(await twice(t.db, { v: 7 })).toEqual([[{ a: 7, b: 14 }]]);
    expect(await twice(t.db, { v: -4 })).toEqual([[{ a: -4, b: -8 }]]);
  });

  it('refuses any value that is not an integer, before sending anything', async () => {
    for (const value of ['1; drop table users', 1.5, Number.NaN, true, undefined, 2 ** 31]) {
      await expect(read(t.db, { n: value as never, id: 1 })).rejects.toThrow(TypeError);
    }
    expect(await t.db.schema.hasTable('users')).toBe(true);
  });

  it('refuses to build SQL with a constant that is not an integer', async () => {
    const text = prepareTogether(['id'], (db, { id }) => [db('users').select('id').where('id', id).andWhere('email', 'x@example.org')]);
    await expect(text(t.db, { id: 1 })).rejects.toThrow(/neither a parameter as given nor a 32-bit integer constant/);
  });

  it('refuses a build whose SQL does not carry the values as given', async () => {
    // The value is changed before it reaches the SQL, so the text cannot be reused.
    const shifted = prepareTogether(['id'], (db, { id }) => [db('users').select('id').where('id', id + 1)]);
    await expect(shifted(t.db, { id: 1 })).rejects.toThrow(/neither a parameter as given/);
    const unused = prepareTogether(['id', 'other'], (db, { id }) => [db('users').select('id').where('id', id)]);
    await expect(unused(t.db, { id: 1, other: 2 })).rejects.toThrow(/a parameter is unused/);
  });
});
