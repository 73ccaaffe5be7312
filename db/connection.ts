// One database code path: knex with the `pg` client, whether the server is a real
// PostgreSQL or the embedded PGlite served over the wire protocol (db/embedded.ts).
import knex, { type Knex } from 'knex';
import pg from 'pg';
import { migrationSource } from './migrator';

// A `date` is a calendar day, not an instant: keep it as 'YYYY-MM-DD' instead of letting
// pg turn it into a Date at local midnight (which shifts with the server's time zone).
pg.types.setTypeParser(pg.types.builtins.DATE, (v: string) => v);

export type Db = Knex;

export interface DbOptions {
  url: string;
  poolMax: number;
  /** Schema to work in; tests give each file a fresh one. */
  schema?: string;
  /** Where knex's own warnings go (pool errors, deprecations); silent when omitted. */
  log?: { warn(msg: string): void; error(msg: string): void };
  /** How long a query waits for a free connection before failing (default 5 s). */
  acquireTimeoutMs?: number;
  /** The connections share one database session (the embedded PGlite). */
  oneSession?: boolean;
}

/**
 * Pool settings for the embedded PGlite. It is one database session, and its wire-protocol
 * server interleaves the messages of separate connections (one connection's Parse can land
 * between another's Parse and Execute, and transactions are not kept apart). So everything,
 * sessions included (server/sessions.ts), goes through a single connection, and a request
 * waits its turn behind a long transaction (seeding a large article) instead of failing.
 */
export const EMBEDDED_POOL = { poolMax: 1, acquireTimeoutMs: 60_000, oneSession: true } as const;

const ONE_SESSION = new WeakSet<Knex>();

/** True for a pool whose connections share one database session: statements prepared on
 * one connection outlive it there, so such a pool prepares none (db/together.ts). */
export function sharesOneSession(db: Knex): boolean {
  return ONE_SESSION.has(db);
}

const quiet = () => undefined;

/** Opens a knex pool on `url` (nothing is connected until the first query). */
export function createDb({ url, poolMax, schema, log, acquireTimeoutMs = 5000, oneSession = false }: DbOptions): Db {
  const db = knex({
    client: 'pg',
    connection: { connectionString: url, application_name: 'crosscheck' },
    searchPath: schema ? [schema] : undefined,
    pool: { min: 0, max: poolMax },
    // Fail fast when the database is down instead of queueing requests for a minute.
    acquireConnectionTimeout: acquireTimeoutMs,
    migrations: { migrationSource, schemaName: schema },
    log: { warn: log?.warn ?? quiet, error: log?.error ?? quiet, deprecate: quiet, debug: quiet },
  });
  if (oneSession) ONE_SESSION.add(db);
  return db;
}

/**
 * Brings the schema to the latest migration; returns the names that ran. With `serialise`,
 * instances starting together take turns (a PostgreSQL advisory lock held while migrating):
 * knex's own lock makes a concurrent second migrator fail instead of wait. Not for the
 * embedded database, where one open transaction blocks every other connection.
 */
export async function migrateLatest(db: Db, opts: { serialise?: boolean } = {}): Promise<string[]> {
  const run = async () => ((await db.migrate.latest()) as [number, string[]])[1];
  if (!opts.serialise) return run();
  return db.transaction(async (trx) => {
    await trx.raw('select pg_advisory_xact_lock(?)', [0x0c0c_0003]);
    return run();
  });
}

/** Round-trips a trivial query; throws when the database is unreachable. */
export async function pingDb(db: Db): Promise<void> {
  await db.raw('select 1');
}
