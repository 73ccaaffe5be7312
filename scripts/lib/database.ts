// Command-line tools open the database the way the server does: DATABASE_URL, or the
// embedded PGlite in DATA_DIR (never while the app holds it: PGlite is single-process).
import path from 'node:path';
import type { Config } from '../../server/config';
import { createDb, EMBEDDED_POOL, migrateLatest, type Db } from '../../db/connection';
import { startEmbeddedPostgres } from '../../db/embedded';

/**
 * Opens the configured database, brought up to date unless `migrate` is false (the
 * migrate script manages that itself); `close()` releases the pool and any embedded server.
 */
export async function openDatabase(config: Config, migrate = true): Promise<{ db: Db; close(): Promise<void> }> {
  const embedded = config.databaseUrl
    ? undefined
    : await startEmbeddedPostgres({ dataDir: path.join(config.dataDir, 'pglite'), maxConnections: 5 });
  const db = createDb(embedded ? { url: embedded.url, ...EMBEDDED_POOL } : { url: config.databaseUrl!, poolMax: 3 });
  if (migrate) await migrateLatest(db);
  return {
    db,
    async close() {
      await db.destroy();
      await embedded?.stop();
    },
  };
}
