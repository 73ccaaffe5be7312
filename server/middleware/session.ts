// Session cookie, idle and absolute timeouts, and loading the signed-in user.
import session from 'express-session';
import type { RequestHandler } from 'express';
import type { Config } from '../config';
import type { Db } from '../../db/connection';
import { findUserById, type PublicUser } from '../../db/users';
import { SESSION_USER, type Sessions } from '../sessions';
import { roleAtLeast, type Role } from '../auth/roles';

export const SESSION_COOKIE = 'crosscheck.sid';

/** express-session: httpOnly, SameSite=Lax, Secure in production; idle timeout rolls with use. */
export function sessionMiddleware(config: Config, sessions: Sessions): RequestHandler {
  return session({
    name: SESSION_COOKIE,
    store: sessions.store,
    secret: sessions.secret,
    resave: false,
    saveUninitialized: false,
    rolling: true,
    proxy: config.trustProxy !== undefined ? true : undefined,
    cookie: { httpOnly: true, sameSite: 'lax', secure: config.isProduction, maxAge: config.sessionIdleMs },
  });
}

/** Ends sessions past the absolute timeout; puts the user (if still enabled) on req and res.locals. */
export function loadUser(db: Db, config: Config): RequestHandler {
  return async (req, res, next) => {
    res.locals.currentUser = undefined;
    res.locals.can = () => false;
    const { userId, signedInAt } = req.session ?? {};
    if (!userId) return next();
    const expired = !signedInAt || Date.now() - signedInAt > config.sessionMaxMs;
    // Usually read with the session (server/sessions.ts); looked up when it was not.
    const withSession = (req as typeof req & { [SESSION_USER]?: PublicUser | null })[SESSION_USER];
    const user = expired ? undefined : withSession !== undefined ? (withSession ?? undefined) : await findUserById(db, userId);
    if (!user || user.disabled_at) {
      await new Promise<void>((resolve, reject) => req.session.regenerate((err) => (err ? reject(err) : resolve())));
      return next();
    }
    req.user = user;
    res.locals.currentUser = user;
    res.locals.can = (role: Role) => roleAtLeast(user.role, role);
    next();
  };
}
