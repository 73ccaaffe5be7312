// SQL for sessions beyond connect-pg-simple's own: a session read together with its
// user, so a signed-in page view takes one round trip for both instead of two.
import { PUBLIC_USER_COLUMNS, type PublicUser } from './users';

/** connect-pg-simple's `query`: the first row of the result, or undefined. */
export type StoreQuery = (sql: string, params: unknown[], done: (err: Error | null, row?: Record<string, unknown>) => void) => void;

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

/**
 * The unexpired session `sid` (what connect-pg-simple's `get` reads) and, when it names a
 * user, that user without the password hash (null when there is no such user any more).
 * Undefined when there is no such session.
 */
export function findSessionWithUser(
  query: StoreQuery,
  schema: string | undefined,
  sid: string,
  done: (err: Error | null, found?: { sess: Record<string, unknown>; user: PublicUser | null | undefined }) => void,
): void {
  const table = (name: string) => (schema ? `${quote(schema)}.${quote(name)}` : quote(name));
  // A user id that is not a small integer never matches (rather than failing the cast).
  const sql = `select s.sess, s.sess->>'userId' as session_user_id, ${PUBLIC_USER_COLUMNS.map((c) => `u.${c} as ${quote(`u_${c}`)}`).join(', ')}
    from ${table('sessions')} s
    left join ${table('users')} u on u.id = case when s.sess->>'userId' ~ '^[0-9]{1,9}$' then (s.sess->>'userId')::int end
    where s.sid = $1 and s.expire >= to_timestamp($2)`;
  query(sql, [sid, Math.ceil(Date.now() / 1000)], (err, row) => {
    if (err) return done(err);
    if (!row) return done(null, undefined);
    let sess: Record<string, unknown>;
    try {
      sess = (typeof row.sess === 'string' ? JSON.parse(row.sess) : row.sess) as Record<string, unknown>;
    } catch {
      return done(null, undefined); // unreadable: treated as no session, a new one is started
    }
    const user = row.session_user_id === null ? undefined
      : row.u_id === null ? null
      : (Object.fromEntries(PUBLIC_USER_COLUMNS.map((c) => [c, row[`u_${c}`]])) as unknown as PublicUser);
    done(null, { sess, user });
  });
}
