import { createEmptyTestDb, type TestDb } from '../support/db';
import fs from 'node:fs';
import path from 'node:path';
import { migrateLatest } from '../../db/connection';
import { MIGRATIONS } from '../../db/migrations';

let t: TestDb;
beforeAll(async () => {
  t = await createEmptyTestDb();
});
afterAll(async () => t.destroy());

async function tables(): Promise<string[]> {
  const rows = await t.db('information_schema.tables')
    .where({ table_schema: t.schema })
    .whereNot('table_name', 'like', 'knex_%')
    .orderBy('table_name')
    .pluck('table_name');
  return rows as string[];
}

describe('migrations', () => {
  it('migrate up, all the way down, and up again', async () => {
    const names = await migrateLatest(t.db);
    expect(names.length).toBeGreaterThanOrEqual(9);
    const created = await tables();
    expect(created).toEqual(expect.arrayContaining([
      'articles', 'audit_log', 'cases', 'claim_placements', 'claims', 'disputes', 'positions',
      'sessions', 'source_aliases', 'source_entities', 'source_mentions', 'users', 'verdict_evidence', 'verdicts',
    ]));

    await t.db.migrate.rollback(undefined, true);
    expect(await tables()).toEqual([]);

    await migrateLatest(t.db);
    expect(await tables()).toEqual(created);
  });
});

describe('migration list', () => {
  it('lists every migration file of db/migrations, in name order', () => {
    const dir = path.join(__dirname, '..', '..', 'db', 'migrations');
    const files = fs.readdirSync(dir).filter((f) => f.endsWith('.ts') && f !== 'index.ts').map((f) => f.slice(0, -3)).sort();
    expect(MIGRATIONS.map(([name]) => name)).toEqual(files);
  });
});

describe('concurrent start-up', () => {
  const embedded = process.env.CROSSCHECK_TEST_EMBEDDED === '1';
  (embedded ? it.skip : it)('lets several instances migrate the same database at once', async () => {
    const fresh = await createEmptyTestDb(6);
    try {
      const runs = await Promise.all([0, 1, 2].map(() => migrateLatest(fresh.db, { serialise: true })));
      expect(runs.filter((names) => names.length > 0)).toHaveLength(1);
      expect(runs.flat()).toHaveLength(MIGRATIONS.length);
    } finally {
      await fresh.destroy();
    }
  });
});
