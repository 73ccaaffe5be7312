// Claim review: accept / reject, grade, correct, add by quote. Each action is a plain
// form post that comes back to the article page (POST → redirect → GET).
import type { Request, RequestHandler, Response } from 'express';
import type { Db } from '../../db/connection';
import { findClaimById } from '../../db/claims';
import { ConflictError, HttpError, notFound } from '../errors';
import { actorOf } from '../lib/actor';
import { validateForm } from '../lib/forms';
import { parseId } from '../lib/params';
import { addClaimSchema, correctSchema, gradeSchema, reviewSchema } from '../schemas/claims';
import { loadArticlePage } from '../services/article-page';
import { addClaim, correctClaim, gradeClaim, reviewClaim } from '../services/claims';
import { articleLocals } from './articles';

/** Re-renders the article page with what went wrong (400 field errors, 409 conflicts). */
async function renderProblem(db: Db, res: Response, articleId: number, status: number, extra: object): Promise<void> {
  const page = await loadArticlePage(db, articleId, { showRejected: false });
  if (!page) throw notFound('Article');
  res.status(status).render('articles/show', articleLocals(page, false, extra));
}

/** Runs a claim change; known failures re-render the article, success goes back to it. */
function claimAction(db: Db, act: (req: Request, id: number) => Promise<{ article_id: number }>, back: (req: Request) => string | undefined): RequestHandler {
  return async (req, res) => {
    const id = parseId(req.params.id);
    try {
      const claim = await act(req, id);
      res.redirect(303, `${back(req) ?? `/articles/${claim.article_id}`}#claim-${id}`);
    } catch (err) {
      if (!(err instanceof HttpError) || ![400, 409].includes(err.status)) throw err;
      const claim = await findClaimById(db, id);
      if (!claim) throw notFound('Claim');
      const message = err instanceof ConflictError ? err.message : Object.values(err.fields).join(' ') || err.message;
      await renderProblem(db, res, claim.article_id, err.status, { message, editing: id });
    }
  };
}

function parsed<T>(result: { ok: true; data: T } | { ok: false; errors: Record<string, string> }): T {
  if (!result.ok) throw new HttpError(400, 'Please correct the highlighted fields.', result.errors);
  return result.data;
}

const returnTo = (req: Request) => (req.body as { returnTo?: string }).returnTo?.match(/^\/articles\/\d+(\?rejected=1)?$/)?.[0];

/** POST /claims/:id/review */
export function submitReview(db: Db): RequestHandler {
  return claimAction(db, (req, id) => {
    const f = parsed(validateForm(reviewSchema, req.body));
    return reviewClaim(db, id, f.version, f.status, actorOf(req));
  }, returnTo);
}

/** POST /claims/:id/grade */
export function submitGrade(db: Db): RequestHandler {
  return claimAction(db, (req, id) => {
    const f = parsed(validateForm(gradeSchema, req.body));
    return gradeClaim(db, id, f.version, f, actorOf(req));
  }, returnTo);
}

/** POST /claims/:id — correct source, words, cue, mode, hedges. */
export function submitCorrection(db: Db): RequestHandler {
  return claimAction(db, (req, id) => {
    const f = parsed(validateForm(correctSchema, req.body));
    return correctClaim(db, id, f.version, f, actorOf(req));
  }, returnTo);
}

/** POST /articles/:id/claims — add a claim by its words. */
export function submitNewClaim(db: Db): RequestHandler {
  return async (req, res) => {
    const articleId = parseId(req.params.id);
    const form = validateForm(addClaimSchema, req.body);
    try {
      const data = parsed(form);
      const claim = await addClaim(db, articleId, data, actorOf(req));
      res.redirect(303, `/articles/${articleId}#claim-${claim.id}`);
    } catch (err) {
      if (!(err instanceof HttpError) || err.status !== 400) throw err;
      await renderProblem(db, res, articleId, 400, { addErrors: err.fields, addValues: form.ok ? req.body : form.values });
    }
  };
}
