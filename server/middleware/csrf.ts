// CSRF protection on every state-changing request: the synchroniser token pattern
// (csrf-sync) with the token kept in the server-side session. Forms carry it in a hidden
// `_csrf` field (views/partials/csrf.ejs); scripts send it as X-CSRF-Token.
import { csrfSync } from 'csrf-sync';
import type { Request, RequestHandler } from 'express';

const { csrfSynchronisedProtection, generateToken } = csrfSync({
  // 32 random bytes (256 bits) is ample; the default 128 made every form carry 256 hex
  // characters, and a dispute board has hundreds of forms.
  size: 32,
  getTokenFromRequest: (req) => {
    const fromBody = (req.body as { _csrf?: unknown } | undefined)?._csrf;
    if (typeof fromBody === 'string') return fromBody;
    const header = req.headers['x-csrf-token'];
    return typeof header === 'string' ? header : undefined;
  },
  errorConfig: { statusCode: 403, message: 'This form has expired or did not come from Crosscheck.', code: 'EBADCSRFTOKEN' },
});

/** Refuses POST/PUT/PATCH/DELETE without the session's token (403). */
export const csrfProtection: RequestHandler = csrfSynchronisedProtection;

/** The session's token ('' without a session), for pages rendered outside the normal chain. */
export function csrfTokenFor(req: Request): string {
  return req.session ? generateToken(req) : '';
}

/** Makes the token available to templates as `csrfToken`. */
export const csrfToken: RequestHandler = (req, res, next) => {
  res.locals.csrfToken = generateToken(req);
  next();
};
