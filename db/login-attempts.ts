// SQL for sign-in throttling.
import type { Knex } from 'knex';

/** Records one sign-in attempt. */
export async function insertLoginAttempt(db: Knex, values: { email: string; ip: string; succeeded: boolean }): Promise<void> {
  await db('login_attempts').insert(values);
}

/** Failed attempts since `since` for this account and, separately, from this address. */
export async function countRecentFailures(
  db: Knex,
  email: string,
  ip: string,
  since: Date,
): Promise<{ byEmail: number; byIp: number }> {
  const { rows } = await db.raw<{ rows: { by_email: number; by_ip: number }[] }>(
    `select
       count(*) filter (where email = ?)::int as by_email,
       count(*) filter (where ip = ?)::int as by_ip
     from login_attempts
     where not succeeded and created_at > ? and (email = ? or ip = ?)`,
    [email, ip, since, email, ip],
  );
  return { byEmail: rows[0]?.by_email ?? 0, byIp: rows[0]?.by_ip ?? 0 };
}
