// Authorisation, decided on the server for every route from the route table's role.
import type { RequestHandler, Request } from 'express';
import type { Db } from '../../db/connection';
import { anyUserExists } from '../../db/users';
import { roleAtLeast, type Role } from '../auth/roles';
import { HttpError } from '../errors';

export type Access = Role | 'public';

/** API clients get JSON errors; browsers get pages and redirects. */
export function wantsJson(req: Request): boolean {
  return req.path.startsWith('/api/') || (req.accepts(['html', 'json']) === 'json' && !req.accepts('html'));
}

/**
 * Lets the request through when the user's role reaches `access`. Anonymous: JSON 401,
 * or a redirect to sign-in (to first-run setup while no account exists). Too low: 403.
 */
export function guard(db: Db, access: Access): RequestHandler {
  let usersExist = false; // only ever flips to true, so caching it per process is safe
  return async (req, res, next) => {
    if (access === 'public') return next();
    if (!req.user) {
      if (wantsJson(req)) return next(new HttpError(401, 'Sign in first.'));
      usersExist ||= await anyUserExists(db);
      if (!usersExist) return res.redirect(303, '/setup');
      const back = req.method === 'GET' ? `?next=${encodeURIComponent(req.originalUrl)}` : '';
      return res.redirect(303, `/login${back}`);
    }
    if (!roleAtLeast(req.user.role, access)) {
      return next(new HttpError(403, `This needs the ${access} role; you are signed in as ${req.user.role}.`));
    }
    next();
  };
}
