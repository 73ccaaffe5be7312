// Case pages: the list of cases (home) and one case with its articles.
import type { RequestHandler } from 'express';
import type { Db } from '../../db/connection';
import { listArticlesForCase } from '../../db/articles';
import { findCaseById, listCaseSummaries } from '../../db/cases';
import { notFound } from '../errors';
import { parseId } from '../lib/params';

/** GET / — every case with counts. */
export function listCases(db: Db): RequestHandler {
  return async (_req, res) => {
    const cases = await listCaseSummaries(db);
    res.render('cases/index', { title: 'Cases', cases });
  };
}

/** GET /cases/:id — one case and its articles. */
export function showCase(db: Db): RequestHandler {
  return async (req, res) => {
    const id = parseId(req.params.id);
    const found = await findCaseById(db, id);
    if (!found) throw notFound('Case');
    const articles = await listArticlesForCase(db, id);
    res.render('cases/show', { title: found.title, kase: found, articles });
  };
}
