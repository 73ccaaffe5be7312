// Every route of the app, in one table: method, path, handler.
import type { Express, RequestHandler } from 'express';
import type { Db } from '../../db/connection';
import { APP_VERSION } from '../version';
import { showArticle } from './articles';
import { listCases, showCase } from './cases';
import { healthCheck } from './health';

export interface RouteDeps {
  db: Db;
}

export interface Route {
  method: 'get' | 'post';
  path: string;
  handler: RequestHandler;
}

/** The route table, built from the app's dependencies. */
export function routes({ db }: RouteDeps): Route[] {
  return [
    { method: 'get', path: '/healthz', handler: healthCheck(db, APP_VERSION) },
    { method: 'get', path: '/', handler: listCases(db) },
    { method: 'get', path: '/cases/:id', handler: showCase(db) },
    { method: 'get', path: '/articles/:id', handler: showArticle(db) },
  ];
}

/** Mounts the route table on `app`. */
export function registerRoutes(app: Express, deps: RouteDeps): void {
  for (const r of routes(deps)) app[r.method](r.path, r.handler);
}
