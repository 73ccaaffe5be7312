// Who is acting, for the audit log: taken from the request once, passed to services.
import type { Request } from 'express';
import type { Actor } from '../services/users';

/** The signed-in user and the request id of `req`. */
export function actorOf(req: Request): Actor {
  return { userId: req.user?.id ?? null, requestId: req.id === undefined ? null : String(req.id) };
}
