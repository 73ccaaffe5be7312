// Each test file works in a fresh schema of the test database: migrated from scratch,
// dropped at the end. Files never see each other's rows, and parallel workers on a real
// server never collide.
import crypto from 'node:crypto';
import { createDb, EMBEDDED_POOL, migrateLatest, type Db } from '../../db/connection';

export interface TestDb {
  db: Db;
  schema: string;
  url: string;
  /** Drops the schema and closes the pool. */
  destroy(): Promise<void>;
}

/** The URL of the test server (a real one, or the embedded one from global setup). */
export function testDatabaseUrl(): string {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error('DATABASE_URL is unset: global setup should have started PGlite');
  return url;
}

/** True when the tests run on the embedded PGlite (no DATABASE_URL given). */
export const onEmbedded = () => process.env.CROSSCHECK_TEST_EMBEDDED === '1';

/** Creates an empty schema and returns a pool working in it (not yet migrated). On the
 * embedded database the pool is the app's there: one connection (EMBEDDED_POOL). */
export async function createEmptyTestDb(poolMax = 4): Promise<TestDb> {
  const url = testDatabaseUrl();
  const schema = `t_${crypto.randomBytes(6).toString('hex')}`;
  const admin = createDb({ url, poolMax: 1 });
  await admin.raw('create schema ??', [schema]);
  await admin.destroy();
  const db = createDb({ url, schema, ...(onEmbedded() ? EMBEDDED_POOL : { poolMax }) });
  return {
    db,
    schema,
    url,
    async destroy() {
      await db.raw('drop schema ?? cascade', [schema]);
      await db.destroy();
    },
  };
}

/** A fresh schema with every migration applied. */
export async function createTestDb(poolMax = 4): Promise<TestDb> {
  const t = await createEmptyTestDb(poolMax);
  await migrateLatest(t.db);
  return t;
}
