// Sessions live in PostgreSQL (connect-pg-simple), so any instance behind a load balancer
// can serve any reviewer. The cookie is signed with SESSION_SECRET; outside production a
// missing secret is generated once and kept in DATA_DIR so restarts keep people signed in.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import connectPgSimple from 'connect-pg-simple';
import session, { type Store } from 'express-session';
import pg from 'pg';
import type { Config } from './config';

export interface Sessions {
  store: Store;
  secret: string;
  close(): Promise<void>;
}

/** The configured secret, or (development/test only) one kept in DATA_DIR/session-secret. */
export function resolveSessionSecret(config: Pick<Config, 'sessionSecret' | 'dataDir'>): string {
  if (config.sessionSecret) return config.sessionSecret;
  const file = path.join(config.dataDir, 'session-secret');
  if (fs.existsSync(file)) return fs.readFileSync(file, 'utf8').trim();
  fs.mkdirSync(config.dataDir, { recursive: true });
  const secret = crypto.randomBytes(32).toString('hex');
  fs.writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}

/** A session store on its own small pool (connect-pg-simple speaks pg, not knex). */
export function createSessions(opts: { url: string; schema?: string; secret: string; prune: boolean }): Sessions {
  const pool = new pg.Pool({ connectionString: opts.url, max: 3, application_name: 'crosscheck-sessions' });
  // A broken idle connection (database restart) must not crash the process.
  pool.on('error', () => undefined);
  const PGStore = connectPgSimple(session);
  const store = new PGStore({
    pool,
    tableName: 'sessions',
    schemaName: opts.schema,
    createTableIfMissing: false,
    pruneSessionInterval: opts.prune ? 15 * 60 : false,
    errorLog: () => undefined,
  });
  return {
    store,
    secret: opts.secret,
    async close() {
      store.close();
      await pool.end();
    },
  };
}
