// Runs once, outside jest's VM: with no DATABASE_URL, start an in-memory PGlite served
// on 127.0.0.1 and hand its URL to the test workers through the environment.
import { startEmbeddedPostgres, type EmbeddedPostgres } from '../../db/embedded';

declare global {
  var __EMBEDDED_PG__: EmbeddedPostgres | undefined;
}

export default async function globalSetup(): Promise<void> {
  if (process.env.DATABASE_URL) return;
  const pg = await startEmbeddedPostgres({ maxConnections: 40 });
  globalThis.__EMBEDDED_PG__ = pg;
  process.env.DATABASE_URL = pg.url;
  process.env.CROSSCHECK_TEST_EMBEDDED = '1';
}
