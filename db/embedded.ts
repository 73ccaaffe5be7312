// Embedded PostgreSQL for machines without a server: PGlite (PostgreSQL compiled to
// WASM) served over the PostgreSQL wire protocol on 127.0.0.1, so the app still talks
// to it through knex + pg exactly as it would to a real server (see shared notes: the
// knex-pglite dialects differ from pg in types and row counts; the socket does not).
import fs from 'node:fs';

export interface EmbeddedPostgres {
  url: string;
  stop(): Promise<void>;
}

/**
 * Starts PGlite with its data in `dataDir` (in memory when undefined) and serves it on
 * 127.0.0.1 at a free port. `maxConnections` must cover every pool that connects.
 */
export async function startEmbeddedPostgres(opts: {
  dataDir?: string;
  maxConnections: number;
}): Promise<EmbeddedPostgres> {
  // Loaded lazily: a process given DATABASE_URL never pays for the WASM module.
  const { PGlite } = await import('@electric-sql/pglite');
  const { PGLiteSocketServer } = await import('@electric-sql/pglite-socket');
  if (opts.dataDir) fs.mkdirSync(opts.dataDir, { recursive: true });
  const pg = await PGlite.create(opts.dataDir);
  const server = new PGLiteSocketServer({
    db: pg,
    host: '127.0.0.1',
    port: 0,
    maxConnections: opts.maxConnections,
  });
  await server.start();
  return {
    url: `postgres://postgres:postgres@${server.getServerConn()}/postgres`,
    async stop() {
      await server.stop();
      await pg.close();
    },
  };
}
