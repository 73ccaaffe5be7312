// Process lifecycle: database (server or embedded), migrations, demo seed, HTTP server,
// and an orderly stop that finishes in-flight requests before closing the pools.
import http from 'node:http';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import type { Config } from './config';
import { createDb, EMBEDDED_POOL, migrateLatest, type Db } from '../db/connection';
import { startEmbeddedPostgres, type EmbeddedPostgres } from '../db/embedded';
import { createApp } from './app';
import type { Logger } from './logger';
import { ensureDemoCase } from './services/demo';
import { createSessions, resolveSessionSecret } from './sessions';
import { extractAttributions } from './engine';

export interface RunningServer {
  url: string;
  db: Db;
  /** Stops accepting, waits for in-flight requests (up to the shutdown timeout), closes everything. */
  stop(): Promise<void>;
}

/** Starts Crosscheck as configured and resolves once it accepts requests. */
export async function startServer(config: Config, logger: Logger): Promise<RunningServer> {
  let embedded: EmbeddedPostgres | undefined;
  let url = config.databaseUrl;
  if (!url) {
    const dataDir = path.join(config.dataDir, 'pglite');
    embedded = await startEmbeddedPostgres({ dataDir, maxConnections: 5 });
    url = embedded.url;
    logger.info({ dataDir }, 'embedded PostgreSQL (PGlite) started');
  }
  const db = createDb({
    url,
    ...(embedded ? EMBEDDED_POOL : { poolMax: config.dbPoolMax }),
    log: { warn: (m) => logger.warn(m), error: (m) => logger.error(m) },
  });
  try {
    const ran = await migrateLatest(db, { serialise: !embedded });
    if (ran.length) logger.info({ migrations: ran }, 'migrations applied');
    if (config.demoSeed && (await ensureDemoCase(db, extractAttributions))) logger.info('demo case "Babylon strike" created');
  } catch (err) {
    await db.destroy();
    await embedded?.stop();
    throw err;
  }

  const sessions = createSessions({ url, via: embedded ? db : undefined, secret: resolveSessionSecret(config), prune: true });
  const app = createApp({ config, db, logger, sessions });
  const server = http.createServer(app);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.port, config.host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const host = config.host.includes(':') ? `[${config.host}]` : config.host;

  let stopping: Promise<void> | undefined;
  const stop = () =>
    (stopping ??= (async () => {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      const timer = setTimeout(() => server.closeAllConnections(), config.shutdownTimeoutMs);
      await closed;
      clearTimeout(timer);
      await sessions.close();
      await db.destroy();
      await embedded?.stop();
    })());

  return { url: `http://${host}:${port}/`, db, stop };
}
