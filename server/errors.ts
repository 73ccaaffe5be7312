// The one error type routes and services throw; the error middleware turns it into a page.

/** An error with the HTTP status it should produce and a message safe to show users. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    /** Per-field messages for 400s from form validation. */
    readonly fields: Record<string, string> = {},
  ) {
    super(message);
    this.name = 'HttpError';
  }
}

/** A 409 for an edit made against an old version; carries the current row for redisplay. */
export class ConflictError extends HttpError {
  constructor(what: string, readonly current: unknown) {
    super(409, `${what} was changed by someone else while you were editing. The page now shows the current version; apply your change again if it still makes sense.`);
  }
}

/** 404 for a missing row: callers pass what was looked for, e.g. notFound('Case'). */
export function notFound(what: string): HttpError {
  return new HttpError(404, `${what} not found.`);
}

// SQLSTATE classes that mean "the database is not there right now" rather than a bug:
// 08 connection exception, 57P01-57P03 admin shutdown / crash shutdown / cannot connect now.
const UNAVAILABLE_CODES = /^(08|57P0[123])/;
const UNAVAILABLE_ERRNO = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND']);

/** True when `err` says the database is unreachable (so the answer is 503, not 500). */
export function isDatabaseUnavailable(err: unknown): boolean {
  if (!err || typeof err !== 'object') return false;
  const e = err as { code?: unknown; name?: unknown; message?: unknown };
  if (typeof e.code === 'string' && (UNAVAILABLE_CODES.test(e.code) || UNAVAILABLE_ERRNO.has(e.code))) return true;
  if (e.name === 'KnexTimeoutError') return true;
  // knex prefixes the failing SQL to the driver's message, so look anywhere in it.
  return (
    typeof e.message === 'string' &&
    /Connection terminated|connection timeout|not queryable|ECONNRESET|ECONNREFUSED|EPIPE|terminating connection|the database system is (starting up|shutting down)/i.test(e.message)
  );
}
