// Parsing of route parameters.
import { HttpError } from '../errors';

/** A positive integer id from a route parameter; anything else is a 404 (no such row). */
export function parseId(raw: unknown): number {
  const s = String(raw ?? '');
  const n = /^[1-9][0-9]{0,9}$/.test(s) ? Number(s) : NaN;
  if (!Number.isSafeInteger(n) || n > 2_147_483_647) throw new HttpError(404, 'There is no page at this address.');
  return n;
}
