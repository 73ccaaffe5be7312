// Sessions live in PostgreSQL (connect-pg-simple), so any instance behind a load balancer
// can serve any reviewer. The cookie is signed with SESSION_SECRET; outside production a
// missing secret is generated once and kept in DATA_DIR so restarts keep people signed in.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import connectPgSimple from 'connect-pg-simple';
import session, { type Store } from 'express-session';
import type { Request } from 'express';
import type { Knex } from 'knex';
import pg from 'pg';
import { findSessionWithUser, type StoreQuery } from '../db/sessions';
import type { PublicUser } from '../db/users';
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

// express-session's rolling idle timeout touches the session row on every request: one
// UPDATE per page view, about a tenth of the board's database work. Moving the expiry by
// less than a minute is not worth a write, so each instance touches a session at most once
// a minute; the stored expiry trails the cookie's by under a minute at worst.
export const TOUCH_EVERY_MS = 60_000;
const TOUCH_MEMORY = 10_000;

/** Wraps `store.touch` so a session is written at most once per `everyMs` (per process). */
export function throttleTouch(store: Store, everyMs = TOUCH_EVERY_MS, now: () => number = Date.now): void {
  const touch = store.touch?.bind(store);
  if (!touch) return;
  const last = new Map<string, number>(); // sid → last write; insertion order = age
  store.touch = (sid, sess, done) => {
    const t = now();
    const at = last.get(sid);
    if (at !== undefined && t - at < everyMs) return done?.();
    last.delete(sid);
    last.set(sid, t);
    if (last.size > TOUCH_MEMORY) last.delete(last.keys().next().value as string);
    touch(sid, sess, done);
  };
}

/** Where the session middleware leaves the user read together with the session (null: the
 * session names a user that no longer exists); absent when the session was not read so. */
export const SESSION_USER = Symbol('crosscheck.sessionUser');
const CARRIED = Symbol('crosscheck.carriedUser');

/** Makes `store.get` read the session's user in the same query (db/sessions.ts) and hand it
 * to the request: loadUser then needs no query of its own. express-session builds
 * req.session from the enumerable fields only, so the symbol-keyed user is not stored back.
 * (connect-pg-simple's own get also starts its prune timer; set, touch and destroy still do.) */
export function readUsersWithSessions(store: Store & { query: StoreQuery }, schema: string | undefined): void {
  store.get = (sid, done) =>
    findSessionWithUser(store.query.bind(store), schema, sid, (err, found) => {
      if (err) return done(err);
      if (!found) return done(null, null);
      if (found.user !== undefined) Object.defineProperty(found.sess, CARRIED, { value: found.user, enumerable: false });
      done(null, found.sess as unknown as session.SessionData);
    });
  const create = store.createSession.bind(store);
  store.createSession = (req, sess) => {
    const user = (sess as unknown as { [CARRIED]?: PublicUser | null })[CARRIED];
    if (user !== undefined) (req as Request & { [SESSION_USER]?: PublicUser | null })[SESSION_USER] = user;
    return create(req, sess);
  };
}

/** A pg-Pool-shaped front on knex's pool: connect-pg-simple's queries take knex's (single,
 * on the embedded database) connection in turn, see EMBEDDED_POOL in db/connection.ts. */
function poolOnKnex(db: Knex): Pick<pg.Pool, 'query'> {
  const client = db.client as { acquireConnection(): Promise<pg.PoolClient>; releaseConnection(c: pg.PoolClient): Promise<void> };
  return {
    query: (async (text: string, values?: unknown[]) => {
      const conn = await client.acquireConnection();
      try {
        return await conn.query(text, values);
      } finally {
        await client.releaseConnection(conn);
      }
    }) as pg.Pool['query'],
  };
}

/** A session store on its own small pool (connect-pg-simple speaks pg, not knex), or on
 * knex's pool when `via` is given (the embedded database). */
export function createSessions(opts: { url: string; via?: Knex; schema?: string; secret: string; prune: boolean }): Sessions {
  const pool = opts.via ? undefined : new pg.Pool({ connectionString: opts.url, max: 3, application_name: 'crosscheck-sessions' });
  // A broken idle connection (database restart) must not crash the process.
  pool?.on('error', () => undefined);
  const PGStore = connectPgSimple(session);
  const store = new PGStore({
    pool: (pool ?? poolOnKnex(opts.via!)) as pg.Pool,
    tableName: 'sessions',
    schemaName: opts.schema,
    createTableIfMissing: false,
    pruneSessionInterval: opts.prune ? 15 * 60 : false,
    errorLog: () => undefined,
  });
  throttleTouch(store);
  readUsersWithSessions(store as unknown as Store & { query: StoreQuery }, opts.schema);
  return {
    store,
    secret: opts.secret,
    async close() {
      store.close();
      await pool?.end();
    },
  };
}
