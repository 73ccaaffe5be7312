// Accounts: creating them, signing in (with throttling), and admin changes. Every write
// is audit-logged in its own transaction.
import type { Knex } from 'knex';
import { insertAuditEntry } from '../../db/audit';
import { countRecentFailures, insertLoginAttempt } from '../../db/login-attempts';
import { anyUserExists, findUserById, findUserForLogin, insertUser, updateUser, type PublicUser } from '../../db/users';
import { DUMMY_HASH_PROMISE, hashPassword, verifyPassword } from '../auth/passwords';
import type { Role } from '../auth/roles';
import { ConflictError, HttpError } from '../errors';

export interface Actor {
  userId: number | null;
  requestId: string | null;
}

export interface NewUser {
  email: string;
  displayName: string;
  role: Role;
  password: string;
}

const isUniqueViolation = (err: unknown) => (err as { code?: string })?.code === '23505';

/** Creates an account; a taken email is a 400 on the email field. */
export async function createUser(db: Knex, input: NewUser, actor: Actor): Promise<PublicUser> {
  const password_hash = await hashPassword(input.password);
  try {
    return await db.transaction(async (trx) => {
      const user = await insertUser(trx, { email: input.email, display_name: input.displayName, role: input.role, password_hash });
      await insertAuditEntry(trx, { ...actorFields(actor), action: 'create', entityType: 'user', entityId: user.id, after: user });
      return user;
    });
  } catch (err) {
    if (isUniqueViolation(err)) throw new HttpError(400, 'Please correct the highlighted fields.', { email: 'An account with this email already exists.' });
    throw err;
  }
}

/**
 * Creates the first account, an admin, only while no account exists. Concurrent first-run
 * submissions are serialised by an advisory lock, so exactly one wins.
 */
export async function createFirstAdmin(db: Knex, input: Omit<NewUser, 'role'>, requestId: string | null): Promise<PublicUser | undefined> {
  const password_hash = await hashPassword(input.password);
  return db.transaction(async (trx) => {
    await trx.raw('select pg_advisory_xact_lock(?)', [0x0c0c_0002]);
    if (await anyUserExists(trx)) return undefined;
    const user = await insertUser(trx, { email: input.email, display_name: input.displayName, role: 'admin', password_hash });
    await insertAuditEntry(trx, { userId: user.id, requestId, action: 'create_first_admin', entityType: 'user', entityId: user.id, after: user });
    return user;
  });
}

export type SignInResult = { ok: true; user: PublicUser } | { ok: false; throttled: boolean };

/**
 * Checks credentials. Unknown account and wrong password look the same to the caller
 * (and take the same time); after too many failures per account or address it refuses
 * without checking, until the window passes.
 */
export async function signIn(
  db: Knex,
  creds: { email: string; password: string; ip: string },
  limits: { maxFailures: number; windowMs: number },
): Promise<SignInResult> {
  const email = creds.email.trim().toLowerCase();
  const failures = await countRecentFailures(db, email, creds.ip, new Date(Date.now() - limits.windowMs));
  if (failures.byEmail >= limits.maxFailures || failures.byIp >= limits.maxFailures) return { ok: false, throttled: true };

  const row = await findUserForLogin(db, email);
  const valid = await verifyPassword(creds.password, row?.password_hash ?? (await DUMMY_HASH_PROMISE));
  const ok = Boolean(row && valid && !row.disabled_at);
  await insertLoginAttempt(db, { email, ip: creds.ip, succeeded: ok });
  if (!ok || !row) return { ok: false, throttled: false };
  const { password_hash: _omit, ...user } = row;
  return { ok: true, user };
}

/** Changes an account's role or disables / re-enables it (admins only; checked by the route). */
export async function changeUser(
  db: Knex,
  id: number,
  version: number,
  changes: { role?: Role; disabled?: boolean },
  actor: Actor,
): Promise<PublicUser> {
  return db.transaction(async (trx) => {
    const before = await findUserById(trx, id);
    if (!before) throw new HttpError(404, 'User not found.');
    if (actor.userId === id && (changes.disabled || (changes.role && changes.role !== 'admin'))) {
      throw new HttpError(400, 'You cannot demote or disable your own account.');
    }
    const patch: Parameters<typeof updateUser>[3] = {};
    if (changes.role) patch.role = changes.role;
    if (changes.disabled !== undefined) patch.disabled_at = changes.disabled ? new Date() : null;
    const after = await updateUser(trx, id, version, patch);
    if (!after) throw new ConflictError(`The account of ${before.display_name}`, before);
    await insertAuditEntry(trx, { ...actorFields(actor), action: 'update', entityType: 'user', entityId: id, before, after });
    return after;
  });
}

function actorFields(actor: Actor) {
  return { userId: actor.userId, requestId: actor.requestId };
}
