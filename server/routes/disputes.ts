// The dispute board page, creating disputes in a case, and changes to the dispute itself
// (question, accept / dismiss a suggestion, blind review).
import type { RequestHandler } from 'express';
import type { Db } from '../../db/connection';
import { findCaseById } from '../../db/cases';
import { notFound } from '../errors';
import { actorOf } from '../lib/actor';
import { validateForm } from '../lib/forms';
import { parseId } from '../lib/params';
import { blindSchema, disputeStatusSchema, newDisputeSchema, questionSchema } from '../schemas/disputes';
import { changeDispute, createDispute, renameDispute } from '../services/disputes';
import { refreshSuggestions } from '../services/suggestions';
import { caseLocals } from './cases';
import { boardAction, renderBoard } from './board-action';

/** GET /disputes/:id — the board. */
export function showDispute(db: Db): RequestHandler {
  return async (req, res) => renderBoard(db, req, res, parseId(req.params.id));
}

/** POST /cases/:id/disputes — a new dispute with its first positions. */
export function submitNewDispute(db: Db): RequestHandler {
  return async (req, res) => {
    const caseId = parseId(req.params.id);
    const kase = await findCaseById(db, caseId);
    if (!kase) throw notFound('Case');
    const form = validateForm(newDisputeSchema, req.body);
    if (!form.ok) {
      return res.status(400).render('cases/show', await caseLocals(db, caseId, { disputeErrors: form.errors, disputeValues: form.values }));
    }
    const d = await createDispute(db, caseId, form.data, actorOf(req));
    res.redirect(303, `/disputes/${d.id}`);
  };
}

/** POST /cases/:id/suggestions — run the suggestion engine over the case's claims again. */
export function submitRefreshSuggestions(db: Db): RequestHandler {
  return async (req, res) => {
    const caseId = parseId(req.params.id);
    if (!(await findCaseById(db, caseId))) throw notFound('Case');
    await refreshSuggestions(db, caseId, undefined, actorOf(req));
    res.redirect(303, `/cases/${caseId}#disputes-h`);
  };
}

/** POST /disputes/:id — rename the question. */
export function submitQuestion(db: Db): RequestHandler {
  return boardAction(db, 'question', questionSchema, async (f, { disputeId }, actor) => {
    await renameDispute(db, disputeId, f.version, f.question, actor);
  });
}

/** POST /disputes/:id/status — accept a suggestion (open) or dismiss it. */
export function submitDisputeStatus(db: Db): RequestHandler {
  return boardAction(db, 'status', disputeStatusSchema, async (f, { disputeId }, actor) => {
    await changeDispute(db, disputeId, f.version, { status: f.status }, actor);
  });
}

/** POST /disputes/:id/blind — an editor turns blind review on or off. */
export function submitBlindReview(db: Db): RequestHandler {
  return boardAction(db, 'blind', blindSchema, async (f, { disputeId }, actor) => {
    await changeDispute(db, disputeId, f.version, { blind_review: f.blind }, actor);
    return 'verdicts';
  });
}
