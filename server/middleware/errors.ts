// The one error middleware: every failure becomes a friendly page (or JSON for API
// clients) with the right status; stack traces reach users only outside production.
import type { ErrorRequestHandler, RequestHandler } from 'express';
import { HttpError, isDatabaseUnavailable } from '../errors';
import { csrfTokenFor } from './csrf';

/** Catch-all for unmatched routes. */
export const notFoundHandler: RequestHandler = (_req, _res, next) => {
  next(new HttpError(404, 'There is no page at this address.'));
};

function statusOf(err: unknown): number {
  if (err instanceof HttpError) return err.status;
  if (isDatabaseUnavailable(err)) return 503;
  // body-parser and friends mark client errors (413 too large, 400 malformed) with a status.
  const s = (err as { status?: unknown; statusCode?: unknown })?.status ?? (err as { statusCode?: unknown })?.statusCode;
  return typeof s === 'number' && s >= 400 && s < 600 ? s : 500;
}

const MESSAGES: Record<number, string> = {
  400: 'The request could not be understood.',
  403: 'You are not allowed to do that.',
  404: 'There is no page at this address.',
  413: 'That is more text than Crosscheck accepts in one request.',
  503: 'The database is not reachable right now. Please try again in a moment.',
  500: 'Something went wrong on our side. The error has been logged.',
};

/** Renders errors; logs server-side failures with the request id. */
export function errorHandler(opts: { showStack: boolean }): ErrorRequestHandler {
  return (err, req, res, _next) => {
    const status = statusOf(err);
    if (status >= 500) req.log?.error({ err }, 'request failed');
    if (res.headersSent) return void res.end();
    const message =
      err instanceof HttpError
        ? err.message
        : (err as { code?: unknown })?.code === 'EBADCSRFTOKEN'
          ? 'This form has expired or did not come from Crosscheck. Go back, reload the page and submit it again.'
          : (MESSAGES[status] ?? MESSAGES[status >= 500 ? 500 : 400]);
    const stack = opts.showStack && status >= 500 && err instanceof Error ? err.stack : undefined;
    if (status === 503) res.set('Retry-After', '5');
    res.status(status);
    if (!req.accepts('html') || req.path.startsWith('/api/') || req.path === '/healthz') {
      return void res.json({ error: message, status });
    }
    // The failure may have happened before the usual locals were set (e.g. a CSRF refusal).
    res.locals.csrfToken ??= csrfTokenFor(req);
    res.render('errors/error', { title: `Error ${status}`, status, message, stack, requestId: req.id }, (renderErr, html) => {
      if (!renderErr) return void res.send(html);
      req.log?.error({ err: renderErr }, 'error page failed to render');
      res.type('text/plain').send(message);
    });
  };
}
