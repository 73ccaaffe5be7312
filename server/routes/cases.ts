// Case pages: the list of cases (home), one case with its articles, and case edits.
import type { RequestHandler } from 'express';
import type { Db } from '../../db/connection';
import { readCasePage } from '../../db/case-page';
import { findCaseById, listCaseSummaries } from '../../db/cases';
import { ConflictError, HttpError, notFound } from '../errors';
import { actorOf } from '../lib/actor';
import { validateForm } from '../lib/forms';
import { parseId } from '../lib/params';
import { caseStatusSchema, editCaseSchema, newCaseSchema } from '../schemas/cases';
import { caseDisputes } from '../services/board';
import { changeCase, createCase } from '../services/cases';

/** GET / — every case with counts. */
export function listCases(db: Db): RequestHandler {
  return async (_req, res) => {
    res.render('cases/index', { title: 'Cases', cases: await listCaseSummaries(db) });
  };
}

/** GET /cases/new */
export const newCaseForm: RequestHandler = (_req, res) => {
  res.render('cases/new', { title: 'New case', values: {}, errors: {} });
};

/** POST /cases */
export function submitNewCase(db: Db): RequestHandler {
  return async (req, res) => {
    const form = validateForm(newCaseSchema, req.body);
    if (!form.ok) return res.status(400).render('cases/new', { title: 'New case', ...form });
    const created = await createCase(db, form.data, actorOf(req));
    res.redirect(303, `/cases/${created.id}`);
  };
}

/** Everything cases/show.ejs needs for case `id` (404 when there is none); `extra`
 * overrides (form values, errors, messages). One round trip (db/case-page.ts). */
export async function caseLocals(db: Db, id: number, extra: object = {}) {
  const page = await readCasePage(db, id);
  if (!page) throw notFound('Case');
  const { kase, articles, sources } = page;
  return { title: kase.title, kase, articles, sources, disputes: caseDisputes(page.disputes, page.outcomes), disputeErrors: {}, disputeValues: {}, values: {}, errors: {}, message: undefined, editing: false, ...extra };
}

/** GET /cases/:id — one case and its articles. */
export function showCase(db: Db): RequestHandler {
  return async (req, res) => {
    res.render('cases/show', await caseLocals(db, parseId(req.params.id)));
  };
}

/** POST /cases/:id — rename / re-describe. */
export function submitCaseEdit(db: Db): RequestHandler {
  return async (req, res) => {
    const id = parseId(req.params.id);
    const kase = await findCaseById(db, id);
    if (!kase) throw notFound('Case');
    const form = validateForm(editCaseSchema, req.body);
    if (!form.ok) return res.status(400).render('cases/show', await caseLocals(db, id, { ...form, editing: true }));
    try {
      await changeCase(db, id, form.data.version, { title: form.data.title, description: form.data.description }, actorOf(req));
    } catch (err) {
      if (!(err instanceof ConflictError)) throw err;
      return res.status(409).render('cases/show', await caseLocals(db, id, { message: err.message, editing: true }));
    }
    res.redirect(303, `/cases/${id}`);
  };
}

/** POST /cases/:id/status — archive or reopen. */
export function submitCaseStatus(db: Db): RequestHandler {
  return async (req, res) => {
    const id = parseId(req.params.id);
    const form = validateForm(caseStatusSchema, req.body);
    if (!form.ok) throw new HttpError(400, 'That status change could not be understood.');
    try {
      await changeCase(db, id, form.data.version, { status: form.data.status }, actorOf(req));
    } catch (err) {
      if (!(err instanceof ConflictError)) throw err;
      return res.status(409).render('cases/show', await caseLocals(db, id, { message: err.message }));
    }
    res.redirect(303, `/cases/${id}`);
  };
}
