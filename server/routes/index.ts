// Every route of the app in one table: method, path, who may call it, handler.
// The guard comes from this table, and tests/http/access.test.ts walks the app's router
// to prove that every registered route is in it and refuses whoever it should.
import type { Express, RequestHandler } from 'express';
import type { Config } from '../config';
import type { Db } from '../../db/connection';
import { guard, type Access } from '../middleware/auth';
import { csrfProtection } from '../middleware/csrf';
import { singleUpload } from '../middleware/upload';
import { APP_VERSION } from '../version';
import { showAudit, showUsers, submitNewUser, submitUserChange } from './admin';
import { newArticleForm, showArticle, submitNewArticle } from './articles';
import { showSetup, showSignIn, signOut, submitSetup, submitSignIn } from './auth';
import { submitCorrection, submitGrade, submitNewClaim, submitReview } from './claims';
import { listCases, newCaseForm, showCase, submitCaseEdit, submitCaseStatus, submitNewCase } from './cases';
import { exportReport } from './exports';
import { healthCheck } from './health';
import { showDispute, submitBlindReview, submitDisputeStatus, submitNewDispute, submitQuestion, submitRefreshSuggestions } from './disputes';
import { submitAddClaims, submitBoardGrade, submitCardMove, submitCardRemove, submitMark, submitNewPosition, submitPositionDelete, submitPositionLabel, submitPositionMerge, submitPositionMove, submitPositionSplit } from './board';
import { submitPublish, submitVerdict } from './verdicts';
import { showSearch } from './search';
import { listSources, showSource, submitAlias, submitAliasDelete, submitMerge, submitSourceEdit } from './sources';

export interface RouteDeps {
  db: Db;
  config: Config;
}

export interface Route {
  method: 'get' | 'post';
  path: string;
  access: Access;
  /** Accepts one uploaded file (multipart form), parsed after the guard, before the CSRF check. */
  upload?: boolean;
  handler: RequestHandler;
}

/** The route table, built from the app's dependencies. */
export function routes({ db, config }: RouteDeps): Route[] {
  return [
    { method: 'get', path: '/healthz', access: 'public', handler: healthCheck(db, APP_VERSION) },
    { method: 'get', path: '/login', access: 'public', handler: showSignIn(db) },
    { method: 'post', path: '/login', access: 'public', handler: submitSignIn(db, config) },
    { method: 'post', path: '/logout', access: 'public', handler: signOut },
    { method: 'get', path: '/setup', access: 'public', handler: showSetup(db) },
    { method: 'post', path: '/setup', access: 'public', handler: submitSetup(db) },

    { method: 'get', path: '/', access: 'viewer', handler: listCases(db) },
    { method: 'get', path: '/cases/new', access: 'reviewer', handler: newCaseForm },
    { method: 'post', path: '/cases', access: 'reviewer', handler: submitNewCase(db) },
    { method: 'get', path: '/cases/:id', access: 'viewer', handler: showCase(db) },
    { method: 'post', path: '/cases/:id', access: 'reviewer', handler: submitCaseEdit(db) },
    { method: 'post', path: '/cases/:id/status', access: 'reviewer', handler: submitCaseStatus(db) },
    { method: 'get', path: '/cases/:id/articles/new', access: 'reviewer', handler: newArticleForm(db) },
    { method: 'post', path: '/cases/:id/articles', access: 'reviewer', upload: true, handler: submitNewArticle(db) },
    { method: 'get', path: '/articles/:id', access: 'viewer', handler: showArticle(db) },
    { method: 'post', path: '/articles/:id/claims', access: 'reviewer', handler: submitNewClaim(db) },
    { method: 'post', path: '/claims/:id', access: 'reviewer', handler: submitCorrection(db) },
    { method: 'post', path: '/claims/:id/review', access: 'reviewer', handler: submitReview(db) },
    { method: 'post', path: '/claims/:id/grade', access: 'reviewer', handler: submitGrade(db) },
    { method: 'get', path: '/cases/:id/export.:format', access: 'viewer', handler: exportReport(db, config, 'case') },
    { method: 'get', path: '/disputes/:id/export.:format', access: 'viewer', handler: exportReport(db, config, 'dispute') },
    { method: 'get', path: '/sources/:id/export.:format', access: 'viewer', handler: exportReport(db, config, 'source') },

    { method: 'post', path: '/cases/:id/disputes', access: 'reviewer', handler: submitNewDispute(db) },
    { method: 'post', path: '/cases/:id/suggestions', access: 'reviewer', handler: submitRefreshSuggestions(db) },
    { method: 'get', path: '/disputes/:id', access: 'viewer', handler: showDispute(db) },
    { method: 'post', path: '/disputes/:id', access: 'reviewer', handler: submitQuestion(db) },
    { method: 'post', path: '/disputes/:id/status', access: 'reviewer', handler: submitDisputeStatus(db) },
    { method: 'post', path: '/disputes/:id/blind', access: 'editor', handler: submitBlindReview(db) },
    { method: 'post', path: '/disputes/:id/positions', access: 'reviewer', handler: submitNewPosition(db) },
    { method: 'post', path: '/disputes/:id/positions/:pid', access: 'reviewer', handler: submitPositionLabel(db) },
    { method: 'post', path: '/disputes/:id/positions/:pid/move', access: 'reviewer', handler: submitPositionMove(db) },
    { method: 'post', path: '/disputes/:id/positions/:pid/delete', access: 'reviewer', handler: submitPositionDelete(db) },
    { method: 'post', path: '/disputes/:id/positions/:pid/merge', access: 'reviewer', handler: submitPositionMerge(db) },
    { method: 'post', path: '/disputes/:id/positions/:pid/split', access: 'reviewer', handler: submitPositionSplit(db) },
    { method: 'post', path: '/disputes/:id/claims', access: 'reviewer', handler: submitAddClaims(db) },
    { method: 'post', path: '/disputes/:id/claims/:cid/grade', access: 'reviewer', handler: submitBoardGrade(db) },
    { method: 'post', path: '/disputes/:id/cards/:cid/move', access: 'reviewer', handler: submitCardMove(db) },
    { method: 'post', path: '/disputes/:id/cards/:cid/remove', access: 'reviewer', handler: submitCardRemove(db) },
    { method: 'post', path: '/disputes/:id/marks', access: 'reviewer', handler: submitMark(db) },
    { method: 'post', path: '/disputes/:id/verdicts', access: 'reviewer', handler: submitVerdict(db) },
    { method: 'post', path: '/disputes/:id/publish', access: 'editor', handler: submitPublish(db) },

    { method: 'get', path: '/sources', access: 'viewer', handler: listSources(db) },
    { method: 'get', path: '/sources/:id', access: 'viewer', handler: showSource(db) },
    { method: 'post', path: '/sources/:id', access: 'reviewer', handler: submitSourceEdit(db) },
    { method: 'post', path: '/sources/:id/aliases', access: 'reviewer', handler: submitAlias(db) },
    { method: 'post', path: '/sources/:id/aliases/:aliasId/delete', access: 'reviewer', handler: submitAliasDelete(db) },
    { method: 'post', path: '/sources/:id/merge', access: 'editor', handler: submitMerge(db) },
    { method: 'get', path: '/search', access: 'viewer', handler: showSearch(db) },

    { method: 'get', path: '/admin/users', access: 'admin', handler: showUsers(db) },
    { method: 'post', path: '/admin/users', access: 'admin', handler: submitNewUser(db) },
    { method: 'post', path: '/admin/users/:id', access: 'admin', handler: submitUserChange(db) },
    { method: 'get', path: '/admin/audit', access: 'admin', handler: showAudit(db) },
  ];
}

/**
 * Mounts the route table on `app`. Each route runs: guard (who may call it), the upload
 * parser if it takes a file (a multipart body must be parsed before its CSRF token can be
 * read), the CSRF check for state-changing methods, then its handler.
 */
export function registerRoutes(app: Express, deps: RouteDeps): void {
  const upload = singleUpload(deps.config.maxBodyBytes);
  for (const r of routes(deps)) {
    app[r.method](r.path, guard(deps.db, r.access), ...(r.upload ? [upload] : []), csrfProtection, r.handler);
  }
}
