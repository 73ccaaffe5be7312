// SQL for user accounts.
import type { Knex } from 'knex';
import type { Role } from '../server/auth/roles';

export interface UserRow {
  id: number;
  email: string;
  display_name: string;
  role: Role;
  password_hash: string;
  disabled_at: Date | null;
  version: number;
  created_at: Date;
  updated_at: Date;
}

/** A user as pages may see it: never the password hash. */
export type PublicUser = Omit<UserRow, 'password_hash'>;

export const PUBLIC_USER_COLUMNS = ['id', 'email', 'display_name', 'role', 'disabled_at', 'version', 'created_at', 'updated_at'];

/** True once any account exists (the first-admin page is only for an empty table). */
export async function anyUserExists(db: Knex): Promise<boolean> {
  const { rows } = await db.raw<{ rows: { exists: boolean }[] }>('select exists (select 1 from users) as exists');
  return rows[0]?.exists === true;
}

/** The account with this email (case-insensitive), hash included, for signing in. */
export async function findUserForLogin(db: Knex, email: string): Promise<UserRow | undefined> {
  return db('users').first('*').whereRaw('lower(email) = lower(?)', [email]);
}

/** One account without its hash, or undefined. */
export async function findUserById(db: Knex, id: number): Promise<PublicUser | undefined> {
  return db('users').first(PUBLIC_USER_COLUMNS).where({ id });
}

/** Every account, by name. */
export async function listUsers(db: Knex): Promise<PublicUser[]> {
  return db('users').select(PUBLIC_USER_COLUMNS).orderBy([{ column: 'disabled_at', order: 'desc', nulls: 'first' }, 'display_name', 'id']);
}

/** Inserts an account; returns it without the hash. */
export async function insertUser(
  db: Knex,
  values: { email: string; display_name: string; role: Role; password_hash: string },
): Promise<PublicUser> {
  const [row] = await db('users').insert(values).returning(PUBLIC_USER_COLUMNS);
  return row as PublicUser;
}

/** Changes role / name / disabled state if `version` still matches; undefined on a version conflict. */
export async function updateUser(
  db: Knex,
  id: number,
  version: number,
  changes: Partial<{ role: Role; display_name: string; disabled_at: Date | null }>,
): Promise<PublicUser | undefined> {
  const [row] = await db('users')
    .where({ id, version })
    .update({ ...changes, version: db.raw('version + 1'), updated_at: db.fn.now() })
    .returning(PUBLIC_USER_COLUMNS);
  return row as PublicUser | undefined;
}
