// GET /healthz: is this instance able to serve? Checks the database round trip.
import type { RequestHandler } from 'express';
import type { Db } from '../../db/connection';
import { pingDb } from '../../db/connection';

/** 200 {status:'ok'} when the database answers, 503 {status:'unavailable'} when not. */
export function healthCheck(db: Db, version: string): RequestHandler {
  return async (_req, res) => {
    const started = process.hrtime.bigint();
    try {
      await pingDb(db);
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      res.json({ status: 'ok', version, database: { status: 'ok', latencyMs: Math.round(ms * 10) / 10 } });
    } catch {
      res.status(503).set('Retry-After', '5').json({ status: 'unavailable', version, database: { status: 'unreachable' } });
    }
  };
}
